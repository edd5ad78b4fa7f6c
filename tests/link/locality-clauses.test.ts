/**
 * An article about several places, each with its own clause: a clause (split at ； and sentence ends) that opens with
 * a place framed by 在…， or 以…为例，, or with places that act (X推行…, X、Y等地推行…), is that place's own text, so the
 * practice is located in each (LOCALITIES.md, "Several localities in one article"). Made-up reports of national,
 * provincial and regional outlets; the expected places were written by reading them.
 */
import type { Gazetteer } from '../../ingest/link/localities/gazetteer';
import { linkLocalities } from '../../ingest/link/localities/link-localities';
import type { PracticeItem } from '../../ingest/structure/build-item';
import { ingestText, sharedKnowledge } from '../helpers/sample-bulletins';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = sharedKnowledge().gazetteer;
});

const article = (text: string, over: Partial<PracticeItem> = {}): PracticeItem => ({
  ordinal: 1,
  form: 'article',
  section: null,
  title: text.split('\n')[0] ?? '',
  localityPhrase: null,
  reportedBy: null,
  text,
  offset: 0,
  titleSpan: { start: 0, end: (text.split('\n')[0] ?? '').length },
  subMeasures: [],
  date: null,
  ...over,
});
const noHeader = { title: null, issue: null, date: null, publisher: null };

/** Every locality of the article: the main one first, then the others, each with its evidence. */
function places(text: string, over: Partial<PracticeItem> = {}): { code: string | undefined; evidence: string }[] {
  const linked = linkLocalities({ header: noHeader, items: [article(text, over)], file: 'report.txt', gazetteer });
  return [linked.practices[0]!, ...(linked.others[0] ?? [])].map((r) => ({
    code: r.locality?.code,
    evidence: r.evidence,
  }));
}
const codes = (text: string, over: Partial<PracticeItem> = {}): (string | undefined)[] =>
  places(text, over).map((p) => p.code);

const THREE_PLACES = [
  '多地探索积分制激发乡村治理活力',
  '近年来，各地积极探索以积分制推动乡村治理。在山东省沂南县，村党支部把环境整治、孝老爱亲等事项纳入积分清单，村民凭积分兑换日用品；' +
    '在湖南省浏阳市，村里设立“积分超市”，由党员志愿者每月评议积分；在甘肃省康乐县，乡镇把积分结果与评先评优挂钩，今年已有1.2万户村民参与。',
  '专家认为，积分制让村民从“旁观者”变成“参与者”。',
].join('\n');

const PLACE_LIST = [
  '院坝协商在西南多地落地生根',
  '记者近日在四川、贵州两省采访了解到，四川省邛崃市、贵州省湄潭县、重庆市荣昌区等地推行院坝协商，把议事桌搬到群众家门口。' +
    '各地普遍建立“群众提议、支部审议、院坝商议”的议事流程，去年共协商解决问题3400余件。',
].join('\n');

const ACTING = [
  '让群众的事群众商量着办——三地推进城乡社区协商见闻',
  '城乡社区协商是基层群众自治的生动实践。天津市和平区推行“楼门议事会”，居民在楼门口就能议事；江西省南昌市东湖区则探索“协商议事日”，' +
    '每月固定一天集中协商，今年以来协商议题260个。宁夏回族自治区银川市兴庆区也建立“四级协商”机制。三地的做法，曾在北京召开的经验交流会上介绍。',
].join('\n');

const PROVINCIAL = [
  '我省推广“四议两公开”工作法',
  '今年以来，我省各地深化村级民主决策。在南通市如东县，村党组织提议、村“两委”商议、党员大会审议、村民代表会议决议，决议公开、实施结果公开；' +
    '在盐城市东台市，乡镇组织村干部轮训1200人次；在宿迁市泗阳县，县里把“四议两公开”落实情况纳入村干部考核。',
].join('\n');

const EXAMPLES = [
  '“三治融合”各具特色',
  '各地探索自治、法治、德治相结合。以浙江省桐乡市为例，村里成立百姓议事会和乡贤参事会；以四川省彭州市为例，村里设立法律顾问和道德评议会。',
].join('\n');

describe('clauses framed by a place are that place’s own text', () => {
  test('three places, each in its own clause after 在…，(a national report)', () => {
    expect(codes(THREE_PLACES)).toEqual(['371321', '430181', '622922']);
    const evidence = places(THREE_PLACES).map((p) => p.evidence);
    expect(evidence[1]).toContain('浏阳市，村里设立');
    expect(evidence[1]).not.toContain('沂南');
    expect(evidence[2]).toContain('康乐县');
  });

  test('a list of places with 等地 that act together; a region only named first gives way to them', () => {
    expect(codes(PLACE_LIST)).toEqual(['510183', '520328', '500153']);
  });

  test('places that act in their own clauses (X推行…, X则探索…, X也建立…); a place only named is not one', () => {
    expect(codes(ACTING)).toEqual(['120101', '360102', '640104']);
  });

  test('a provincial report: 我省 without a masthead, then three counties each in its own clause', () => {
    expect(codes(PROVINCIAL)).toEqual(['320623', '320981', '321323']);
  });

  test('以…为例，frames a place’s clause too', () => {
    expect(codes(EXAMPLES)).toEqual(['330483', '510182']);
  });

  test('the traditional-script national report of the issue links both places', () => {
    const text =
      '多地探索“積分制”激發鄉村治理活力\n近年來，各地積極探索以積分制推動鄉村治理。在浙江省安吉縣，村黨組織把垃圾分類、鄰里互助等事項納入積分清單；在四川省彭州市，村裏設立“積分超市”，今年已有3.6萬戶村民參與。';
    const result = ingestText(text, 'national-traditional.txt');
    const practice = result.practices[0]!;
    expect([practice.locality, ...practice.otherLocalities].map((l) => l.locality?.code)).toEqual(['330523', '510182']);
  });
});

describe('what is not another place of the article', () => {
  test('a place visited, or where a meeting was held, is not where the practice is', () => {
    expect(
      codes(
        '泗阳县：积分制管理见实效\n泗阳县组织村干部赴浙江省安吉县考察学习，回来后推行积分制。经验在北京召开的会议上交流。',
      ),
    ).toEqual(['321323']);
  });

  test('a place framed by 在 but followed by more words (在北京召开…) is no clause of its own', () => {
    expect(codes('沂南：积分超市\n沂南县推行积分制。在北京召开的交流会上，沂南县作了发言。')).toEqual(['371321']);
  });

  test('towns and counties inside a main place that acts stay parts of it; a sibling framed by 在 is another place', () => {
    expect(codes('浏阳市：屋场会\n浏阳市推行屋场会。在大瑶镇，村里每月开会；在长沙县，也有类似做法。')).toEqual([
      '430181',
      '430121',
    ]);
    expect(codes('长沙：屋场会\n长沙市推行屋场会；在浏阳市，村里每月开会；宁乡市也建立屋场会。')).toEqual(['430100']);
  });

  test('an item that names its own place is about that place only, whatever its clauses say', () => {
    expect(
      codes('屋场会\n在湖南省浏阳市，村里每月开会；在甘肃省康乐县，也有类似做法。', { localityPhrase: '宁乡市' }),
    ).toEqual(['430182']);
  });
});
