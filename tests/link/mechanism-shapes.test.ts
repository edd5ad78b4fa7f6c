/**
 * The long tail of named practices, on short made-up sentences in the styles of other provinces and outlets: roles,
 * teams, titles, institution-places, cadences, step sequences and closed lists, chains, compounds, counted names,
 * levels and scopes — and the filters and identity rules that keep precision.
 */
import { extractFigures } from '../../ingest/link/figures/extract-figures';
import { findMechanisms, type MechanismMention } from '../../ingest/link/mechanisms/find-mechanisms';
import { loadMechanismLexicon } from '../../ingest/link/mechanisms/mechanism-lexicon';
import { loadUnitLexicon } from '../../ingest/link/figures/unit-lexicon';

const lexicon = loadMechanismLexicon();
const units = loadUnitLexicon();
const found = (text: string): MechanismMention[] => findMechanisms({ text, lexicon });
const names = (text: string): string[] => found(text).map((m) => m.name);
const via = (text: string, name: string): string | undefined => found(text).find((m) => m.name === name)?.via;

describe('named roles, teams and titles', () => {
  test.each([
    ['由镇村干部组成“平安守夜人”巡逻队，每晚巡查。', '平安守夜人'],
    ['组建12支“红色突击队”，在旺季维护秩序。', '红色突击队'],
    ['成立“乡音宣讲团”深入村组宣讲。', '乡音宣讲团'],
    ['打造“红色代办员”队伍，为群众代办事项。', '红色代办员'],
    ['每年评选“担当作为好书记”10名。', '担当作为好书记'],
    ['选派干部担任助企帮办员，每周驻企半天。', '助企帮办员'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('generic teams and people categories are not mechanisms', () => {
    expect(names('组建“义务巡逻队”“便民服务队”开展服务。')).toEqual([]);
    expect(names('邀请“五老人员”“两代表一委员”参与议事。')).toEqual([]);
    expect(names('村干部担任代办员。')).toEqual([]);
  });
});

describe('institutions named as places', () => {
  test.each([
    ['船山区推行“小区会客厅”议事模式。', '小区会客厅'],
    ['该镇还设立“老马调解室”，由退休干部坐班调解。', '老马调解室'],
    ['组建“邻里共治联合体”，带动群众参与。', '邻里共治联合体'],
    ['由三方组成“三方联席会”，每月召开一次。', '三方联席会'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a facility named generically is not a mechanism unless presented as the practice', () => {
    expect(names('全镇18个村均建成综合服务中心和便民服务站。')).toEqual([]);
    expect(names('设立物业纠纷调解室14个。')).toEqual([]);
    expect(names('共设立“老杨调解室”式的品牌调解室86个。')).toEqual(['老杨调解室']);
  });
});

describe('cadence formulas', () => {
  test.each([
    ['推行“月排查、季研判、年考评”工作机制。', '月排查季研判年考评'],
    ['实行月调度季督查年考评，压实责任。', '月调度季督查年考评'],
    ['镇党委实行“周调度、月通报”，确保落地。', '周调度月通报'],
    ['探索建立月会商、季公示、年评议机制。', '月会商季公示年评议'],
    ['建立“党建+”工作指数，月度晾晒、季度点评。', '月度晾晒季度点评'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
    expect(via(text, name)).toBe('cadence');
  });

  test('periods out of order or a single period are no formula', () => {
    expect(names('年初制定计划，月底前完成。')).toEqual([]);
    expect(names('每月调度会、每季联席会按时召开。')).toEqual([]);
  });
});

describe('step sequences and lists named as one method', () => {
  test.each([
    ['推行“知事明事议事”工作法，村干部每周入户。', '知事明事议事'],
    ['按照“居民提事、支部议事、三方办事、群众评事”四步法解决难题。', '居民提事支部议事三方办事群众评事四步法'],
    ['通过“说、商、办、评”四步法，让村民有事敞开说。', '说商办评四步法'],
    ['推行网格联户、问题联治、服务联办工作法。', '网格联户问题联治服务联办'],
    ['实行矛盾纠纷“一站式接收、一揽子调处、全链条解决”。', '一站式接收一揽子调处全链条解决'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a list that describes the noun after it, or enumerates, is no name', () => {
    expect(names('坚持“区域统筹、条块结合、资源共享、共驻共建”的原则。')).toEqual([]);
    expect(names('开展政策宣讲、法律援助、健康义诊、文明创建等志愿服务。')).toEqual([]);
    expect(names('推动民事民提、民事民议、民事民决。')).toEqual([]);
  });

  test('a list that is mostly a curated mechanism is that mechanism', () => {
    expect(names('建立“居民点单、组织下单、党员接单”服务体系。')).toEqual(['点单派单接单']);
  });
});

describe('chains with dashes and arrows', () => {
  test.each([
    ['问题按照“村→组→户”逐级分解。', '村—组—户'],
    ['按照调研走访-群众推荐-代表评议—党委审核流程选配班子。', '调研走访—群众推荐—代表评议—党委审核'],
    ['形成“县委—乡镇党委—村党组织”上下贯通的责任链条。', '县委—乡镇党委—村党组织'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name]);
    expect(via(text, name)).toBe('chain');
  });

  test('a chain followed by the level name that counts it is linked under that name, the chain its alias', () => {
    for (const [text, name, alias] of <[string, string, string][]>[
      ['构建“镇-村-组”三级联动体系。', '三级联动体系', '镇—村—组'],
      ['建立街道—社区—小区三级联动体系。', '三级联动体系', '街道—社区—小区'],
      ['搭建“县—乡—村—组”四层架构，层层压实责任。', '四层架构', '县—乡—村—组'],
    ]) {
      const m = found(text);
      expect(m.map((x) => [x.name, x.via, x.alias])).toEqual([[name, 'chain', alias]]);
    }
    // A count that is not the chain's own (three items, five levels) names something else: the chain keeps its name.
    expect(names('构建“镇—村—组”五级联动体系。')).toEqual(['镇—村—组']);
  });

  test('a chain never hides the curated mechanisms it is made of', () => {
    const text = '安图县不断建立完善“街道党工委—社区党委—网格党支部—楼宇党小组—单元党员中心户”五级组织体系。';
    const m = found(text);
    expect(m.map((x) => x.name)).toEqual(['五级组织体系', '支部建在网格上', '党员中心户']);
    expect(m[0]).toMatchObject({
      via: 'chain',
      alias: '街道党工委—社区党委—网格党支部—楼宇党小组—单元党员中心户',
      surface: text.slice(9, -1),
    });
    expect(m.slice(1).every((x) => x.curated && x.start > m[0]!.start && x.end <= m[0]!.end)).toBe(true);
    expect(names('建立“楼栋长—单元长—党员户”联系链条。')).toEqual(['楼栋长—单元长—党员户', '楼长制', '楼长制']);
  });

  test('two items joined by a dash (a headline) are no chain', () => {
    expect(names('小网格托起大民生——两地探索治理新路径')).toEqual([]);
  });
});

describe('plus compounds', () => {
  test.each([
    ['冶力关镇探索“党建+文旅”发展路径。', '党建+文旅'],
    ['荆州区推行“党建＋积分”管理。', '党建+积分'],
    ['推行“支部+合作社+农户”模式。', '支部+合作社+农户'],
    ['同步实施“党建+网格+大数据”治理。', '党建+网格+大数据'],
    ['建立“党建+”16项工作指数。', '党建+'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('two ordinary items describe a combination; digits make a numeric name', () => {
    expect(names('推行“线上+线下”双渠道服务。')).toEqual([]);
    expect(names('采用“集中培训+观摩学习”相结合模式。')).toEqual([]);
    expect(names('建立“3+1”包抓机制。')).toEqual(['3+1包抓机制']);
  });
});

describe('counted bundles and numeral formulas', () => {
  test.each([
    ['织密“四张网”，守牢底线。', '四张网'],
    ['推出六项套餐服务，涵盖助餐、助医。', '六项套餐'],
    ['推行“两个清单”管理，即需求清单和服务清单。', '两个清单'],
    ['开展"六项套餐"服务，涵盖维修、保洁。', '六项套餐'],
    ['开展“六项套餐"服务。', '六项套餐'],
    ['推行党员干部联系群众的“双联双促”机制。', '双联双促'],
    ['试点推广“五议三公开两参与”工作法。', '五议三公开两参与'],
    ['创新推行“三张清单”工作法，成效明显。', '三张清单工作法'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a count-named mechanism is never a figure', () => {
    for (const text of ['建立“三张清单”，逐项销号管理。', '推出六项套餐服务。', '织密“四张网”。']) {
      const mentions = found(text);
      expect(mentions.length).toBe(1);
      expect(extractFigures({ text, units, names: mentions })).toEqual([]);
    }
  });

  test('counts, slogans and people categories are not names', () => {
    expect(names('建立一个工作清单和22项福利清单。')).toEqual([]);
    expect(names('打好“三张牌”，做到“三个一批”。')).toEqual([]);
    expect(names('推动“两代表一委员”参与。')).toEqual([]);
    expect(names('大力推进“双招双引”。')).toEqual([]);
    expect(names('二〇二二年九月八日召开会议。')).toEqual([]);
  });
});

describe('levels and scopes', () => {
  test.each([
    ['建立街道、社区、网格、楼栋四级联动机制。', '四级联动'],
    ['推行“五级书记抓党建”，压实责任。', '五级书记抓党建'],
    ['在城区推行“大综管”模式，整合执法力量。', '大综管'],
    ['将23个部门纳入“大联勤”。', '大联勤'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('大 inside a word is no scope', () => {
    expect(names('加大监督力度，扩大服务覆盖面。')).toEqual([]);
  });
});

describe('identity: variants merge only when they are the same practice', () => {
  test('a different number is a different mechanism', () => {
    expect(names('压实三级书记抓基层治理责任。')).toEqual(['三级书记抓基层治理']);
    expect(names('推行“五级书记抓党建”。')).toEqual(['五级书记抓党建']);
    expect(names('推行“四级书记抓治理”。')).not.toContain('三级书记抓基层治理');
    expect(names('开展“五星级文明户”评选。')).not.toContain('十星级文明户');
  });

  test('a different object is a different mechanism', () => {
    expect(names('推行“五级书记抓党建”。')).not.toContain('五级书记抓乡村振兴');
    expect(names('推行“连心超市”和“积分超市”。')).toEqual(['连心超市', '积分超市']);
    // A residential compound's meeting is not a rural courtyard's; acting before the call is not answering it.
    expect(names('在农村院落推行“院落会”，由院落长召集群众商议公共事务。')).toEqual(['院落会']);
    expect(names('每月召开“坝坝会”，群众有事当面说。')).toEqual(['院坝会']);
    expect(names('从接诉即办走向未诉先办。')).toEqual(['接诉即办', '未诉先办']);
  });
});

describe('filters keep precision', () => {
  test('goals, generic activities and metaphors are not mechanisms', () => {
    expect(names('助推乡村振兴，开展志愿服务活动。')).toEqual([]);
    expect(names('打造矛盾化解“终点站”，跑出治理“加速度”。')).toEqual([]);
    expect(names('为居民提供家庭式关怀和管家式服务。')).toEqual([]);
  });
});
