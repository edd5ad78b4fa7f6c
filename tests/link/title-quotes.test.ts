/**
 * A practice's title presents the name it quotes as the practice's own mechanism (bulletins and articles alike), unless
 * the stop lists reject it; quotes after 开展 and quoted two-item compounds presented as one name; a title's short
 * form of a curated mechanism the body spells out. Made-up sentences in the styles of other provinces and outlets.
 */
import { findMechanisms } from '../../ingest/link/mechanisms/find-mechanisms';
import { loadMechanismLexicon } from '../../ingest/link/mechanisms/mechanism-lexicon';
import { ingestText } from '../helpers/sample-bulletins';

const lexicon = loadMechanismLexicon();
/** `title`: the text up to its first line break is the practice's title. */
const names = (text: string, title = true): string[] => {
  const end = text.indexOf('\n');
  return findMechanisms({ text, lexicon, title: title ? { start: 0, end: end < 0 ? text.length : end } : null }).map(
    (m) => m.name,
  );
};

describe('the name a title quotes is the practice’s mechanism', () => {
  test.each([
    ['洪泽“夜话亭”拉近干群距离\n洪泽区在每个村民小组设立夜话亭，每周开放两晚。', '夜话亭'],
    ['仪征市推行“楼道党小组”打通服务末梢\n仪征市在老旧小区建立楼道党小组86个。', '楼道党小组'],
    ['凤台县“板凳议事”议出和谐新村\n村里的事大家坐下来商量。', '板凳议事'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
    expect(
      findMechanisms({ text, lexicon, title: { start: 0, end: text.indexOf('\n') } }).find((m) => m.name === name)?.via,
    ).toBe('quoted');
  });

  test('the same quote outside a title needs the usual evidence', () => {
    expect(names('洪泽“夜话亭”拉近干群距离。', false)).toEqual([]);
    expect(names('仪征市的“楼道党小组”很活跃。', false)).toEqual([]);
  });

  test('a name the title quotes is the same mechanism where the body quotes it again', () => {
    const text =
      '海门“周末夜访”走进千家万户\n海门区组织网格员开展“周末夜访”，全年走访1.2万户；“周末夜访”收集的问题当天交办。';
    expect(names(text)).toEqual(['周末夜访', '周末夜访', '周末夜访']);
  });

  test('slogans, counts, metaphor pairs, places and single characters in a title are not names', () => {
    for (const text of [
      '“三措并举”推动治理服务提质增效\n…',
      '“三点发力”打造基层治理新格局\n…',
      '“小积分”撬动“大治理”\n…',
      '“小网格”托起“大民生”\n…',
      '“大院子里”议出好日子\n…',
      '打造“家门口”的服务圈\n…',
      '让服务“零距离”、让参与“有奔头”\n…',
      '打好“三张牌”擦亮城市党建新底色\n…',
      '党建引领让基层治理“活”起来\n…',
    ])
      expect([text, names(text)]).toEqual([text, []]);
  });
});

describe('quotes presented by the body', () => {
  test('开展 presents the one quote right after it, not a list of activities', () => {
    expect(names('海门区组织网格员开展“周末夜访”，入户走访。', false)).toEqual(['周末夜访']);
    expect(names('开展“党课进家门”“警示教育”等理论学习30场。', false)).toEqual([]);
  });

  test('two quoted items presented as one name: in a title, after an anchor, or closed by a method word', () => {
    expect(names('嘉鱼县“网格+积分”激活小区治理\n…')).toEqual(['网格+积分']);
    expect(names('嘉鱼县推行“网格+积分”治理模式。', false)).toEqual(['网格+积分']);
    expect(names('小区实行“积分+信用”模式。', false)).toEqual(['积分+信用']);
    expect(names('创新“屋场+夜话”治理机制。', false)).toEqual(['屋场+夜话']);
    expect(names('“线上+线下”联动服务群众\n…')).toEqual([]);
    expect(names('推行“线上+线下”双渠道服务。', false)).toEqual([]);
    expect(names('采用“集中培训+观摩学习”相结合模式。', false)).toEqual([]);
  });

  test('a title’s short form of a curated mechanism the body spells out is that mechanism', () => {
    const text = '西城区：“街乡吹哨”跑出治理加速度\n西城区以“街乡吹哨、部门报到”为抓手，推行街长制。';
    expect(names(text)).toEqual(['吹哨报到', '吹哨报到', '街长制']);
  });
});

describe('through the pipeline', () => {
  test('a bulletin item’s title, but not a paragraph’s first clause, presents its quote', () => {
    const bulletin = [
      '丹阳组工',
      '第 5 期',
      '中共丹阳市委组织部 2024 年 5 月 6 日',
      '',
      '△云阳街道：“夜话亭”拉近干群距离。云阳街道在 12 个社区设立夜话亭，每周开放两晚，今年以来收集群众意见 260 条。（云阳街道党工委）',
    ].join('\n');
    const practice = ingestText(bulletin, 'danyang.txt').practices[0];
    expect(practice?.mechanisms.mentions.map((m) => m.name)).toContain('夜话亭');
    const prose = [
      '今年以来丹阳在12个社区推行“夜话亭”，每周开放两晚。',
      '',
      '“围炉夜谈”暖了居民心，社区收集意见260条。',
    ].join('\n');
    const paragraphs = ingestText(prose, 'danyang-prose.txt').practices;
    expect(paragraphs.map((p) => p.item.form)).toEqual(['paragraph', 'paragraph']);
    expect(paragraphs.map((p) => p.mechanisms.mentions.map((m) => m.name))).toEqual([['夜话亭'], []]);
  });
});
