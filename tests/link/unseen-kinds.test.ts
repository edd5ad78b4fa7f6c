/**
 * The kinds of misses the fourth batch of unseen texts showed, each on sentences written for it (other places, other
 * outlets): separators are no shared character, a list may name the process after 的, a closer presents a whole
 * quotation only, a quote before a name of its own only qualifies it, a suffix phrase after a quoted name is that name,
 * named tools and bodies after 小程序 / 组成, and a quoted name broken by a PDF line wrap.
 */
import { findMechanisms } from '../../ingest/link/mechanisms/find-mechanisms';
import { loadMechanismLexicon } from '../../ingest/link/mechanisms/mechanism-lexicon';
import { ingestText } from '../helpers/sample-bulletins';

const lexicon = loadMechanismLexicon();
const names = (text: string, titleEnd = 0): string[] =>
  findMechanisms({ text, lexicon, title: titleEnd > 0 ? { start: 0, end: titleEnd } : null }).map((m) => m.name);

test('single-character steps separated by 、 are a list, named with their counted method word', () => {
  expect(names('宜黄县推行“问、访、办、评”四步闭环，群众诉求件件有回音。')).toEqual(['问访办评四步闭环']);
  expect(names('形成「說、議、辦、評」四步閉環。')).not.toContain('說、議、辦、');
});

test('a list names the process 的 introduces, not a noun it describes', () => {
  expect(names('按照“群众点题、支部议题、院坝商题、结果晒题”的流程议事。')).toEqual([
    '群众点题支部议题院坝商题结果晒题',
  ]);
  expect(names('坚持“区域统筹、条块结合、上下联动”的原则。')).toEqual([]);
  expect(names('提供“助餐、助医、助洁”的服务。')).toEqual([]);
});

test('a closer after a quotation presents the whole quotation, not a counted part of it', () => {
  expect(names('建立“一事一议、一议一办”工作机制。')).toEqual(['一事一议']);
});

test('a quote before a name of its own only qualifies it; a suffix phrase after a quoted name is that name', () => {
  expect(names('建立矛盾纠纷“红黄绿”三色预警机制，分级处置。')).toEqual(['三色预警机制']);
  const titled = '“三色预警”让矛盾化解在萌芽状态。建立矛盾纠纷“红黄绿”三色预警机制，分级处置。';
  expect(new Set(names(titled, 14))).toEqual(new Set(['三色预警']));
  const grid = '正安县：“一格五员”织密治理网。正安县推行“一格五员”工作机制，每个网格配齐五类人员。';
  expect(new Set(names(grid, 14))).toEqual(new Set(['一格五员']));
  // A generic descriptor between them (包联) makes no name of its own: one mechanism, not also 包联机制.
  expect(names('推行“一村一干部”包联机制。')).toEqual(['一村一干部']);
  expect(names('推行“一企一专员”包联机制。')).toEqual(['一企一专员包联机制']);
  // A one-character qualifier is no name of its own.
  expect(names('创设“南明故事天天讲”微平台。')).toEqual(['南明故事天天讲']);
});

test('a quoted tool before 小程序 / APP, and a body 组成 presents, are names', () => {
  expect(names('区里上线“邻里通”小程序，居民随时反映问题。')).toEqual(['邻里通']);
  expect(names('由网格员、民警、调解员组成“平安三人组”，每天巡查。')).toEqual(['平安三人组']);
  expect(names('由党员、群众代表组成“义务巡逻队”。')).toEqual([]);
});

test('a quoted name broken by a PDF line wrap is read whole, in the title and in the body', () => {
  const bulletin = [
    '醴陵组工',
    '',
    '第 3 期',
    '',
    '中共醴陵市委组织部              2024 年 3 月 8 日',
    '',
    '△来龙门街道：“楼栋议事',
    '',
    '角”让居民有事好商量。来龙门街道在 21 个小区',
    '',
    '推行“楼栋议事角”，今年以来协商解决问题 86 个。街道还推行“党建+物',
    '',
    '业”模式，成立小区党支部 9 个。（来龙门街道党工委）',
  ].join('\n');
  const practice = ingestText(bulletin, 'liling.txt').practices[0]!;
  expect(practice.item.title).toBe('“楼栋议事角”让居民有事好商量');
  expect(practice.mechanisms.mentions.map((m) => m.name)).toEqual(expect.arrayContaining(['楼栋议事角', '党建+物业']));
});
