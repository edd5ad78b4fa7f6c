/**
 * Structure of the five real sample bulletins, with expectations written by reading each file:
 * masthead fields, the practice items with their titles, locality phrases, attributions, sections and
 * sub-measure headings, and that no masthead, contents, editor's note or footer text leaks into a practice.
 */
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';

interface ExpectedItem {
  title: string;
  locality: string | null;
  reportedBy: string | null;
  section: string | null;
  subMeasures?: string[];
}

interface ExpectedBulletin {
  header: { title: string | null; issue: number | null; date: string | null; publisher: string | null };
  items: ExpectedItem[];
}

const EXPECTED: Record<string, ExpectedBulletin> = {
  [SAMPLE_FILES.anqingNoHeaderA]: {
    header: { title: null, issue: null, date: null, publisher: null },
    items: [
      {
        title: '党建引领凝聚基层治理“新”力量',
        locality: '潜山市',
        reportedBy: '潜山市委组织部',
        section: '市内信息',
        subMeasures: ['组织共建', '服务共享', '治理共抓'],
      },
      {
        title: '“大屋场上”建支部，激活基层治理新效能',
        locality: '望江县',
        reportedBy: '望江县委组织部',
        section: '市内信息',
        subMeasures: ['规范流程，精准培育', '深入挖掘，优化选配', '健全机制，完善奖惩'],
      },
      {
        title: '实施“合事点”党建工程，探索乡村善治新路径',
        locality: '宿松县',
        reportedBy: '宿松县委组织部',
        section: '市内信息',
        subMeasures: [],
      },
      {
        title: '党建引领推动城乡基层治理再上新台阶',
        locality: '吉林安图县',
        reportedBy: null,
        section: '市外参考',
        subMeasures: [
          '聚焦顶层设计引领，建强治理体制机制',
          '树牢大抓基层导向，铸就坚实战斗堡垒',
          '强化党建引领作用，推进基层治理现代化',
          '创新服务基层载体，拓宽为民服务领域',
        ],
      },
    ],
  },
  [SAMPLE_FILES.anqing37]: {
    header: { title: '安庆组工信息', issue: 37, date: '2023-12-12', publisher: '中共安庆市委组织部研究室' },
    items: [
      {
        title: '搭建“党群议事会”，架起干群“连心桥”',
        locality: '太湖县',
        reportedBy: null,
        section: null,
        subMeasures: ['延伸组织体系', '摸清民情民意', '凝聚广大群众'],
      },
      {
        title: '做实党员“双报到”，激活社区“微治理”',
        locality: '潜山市',
        reportedBy: null,
        section: null,
        subMeasures: ['搭建平台强联动', '创新方式优服务', '深化考评促落实'],
      },
      {
        title: '创新打造“荷塘夜话”，搭建党群沟通桥梁',
        locality: '大观区',
        reportedBy: null,
        section: null,
        subMeasures: ['“六事”协商明晰议事“一本帐”', '多点采集融合事项“一箩筐”', '多元联动解决生活“老大难”'],
      },
    ],
  },
  [SAMPLE_FILES.anqingNoHeaderB]: {
    header: { title: null, issue: null, date: null, publisher: null },
    items: [
      {
        title: '岳西县将党支部联系点建为示范点',
        locality: '岳西县',
        reportedBy: '岳西县委组织部',
        section: '市内信息',
        subMeasures: ['全面联系，靶向发力', '直面问题，提质增效', '精准督导，压实责任'],
      },
      {
        title: '迎江区党建引领“红色物业” 推进社区基层治理',
        locality: '迎江区',
        reportedBy: '迎江区委组织部',
        section: '市内信息',
        subMeasures: ['整合资源凝聚合力', '建章立制提升服务', '配套设施发挥作用'],
      },
      {
        title: '望江县纵深推进党建引领信用村（社区）建设',
        locality: '望江县',
        reportedBy: '望江县委组织部',
        section: '市内信息',
        subMeasures: ['抓实组织领导', '压实责任链条', '夯实工作基础', '做实推广运用'],
      },
      {
        title: '酒泉市金塔县打好“三张牌”擦亮城市党建新底色',
        locality: '酒泉市金塔县',
        reportedBy: null,
        section: '市外参考',
        subMeasures: [
          '打好“资源整合牌”，绘出“部门联动”新格局',
          '打好“党员示范牌”，营造“创先争优”好风气',
          '打好“党群连心牌”，画好“党群关系”同心圆',
        ],
      },
    ],
  },
  [SAMPLE_FILES.tianchang116]: {
    header: { title: '天长组工信息', issue: 116, date: '2023-06-09', publisher: '中共天长市委组织部研究室' },
    items: [
      {
        title: '“三措并举”推动治理服务提质增效',
        locality: '千秋街道上城风景小区党支部',
        reportedBy: null,
        section: '基层治理专题',
        subMeasures: ['筑牢红色阵地', '打造先锋队伍', '搭建议事平台'],
      },
      {
        title: '多方联“建”，激活社区治理新动能',
        locality: '广陵街道',
        reportedBy: null,
        section: '基层治理专题',
        subMeasures: ['街道建联盟', '小区建支部', '社区建品牌'],
      },
      {
        title: '党建引领乡风文明评议走深走实',
        locality: '仁和集镇',
        reportedBy: null,
        section: '基层治理专题',
        subMeasures: ['规范评议程序', '明确评议标准', '强化结果运用'],
      },
      {
        title: '做好产业添“新”的守“信”文章',
        locality: '张铺镇',
        reportedBy: null,
        section: '基层治理专题',
        subMeasures: ['组建一支“智囊团”', '共享一个“资源库”', '厚植一片“新沃土”'],
      },
      {
        title: '“三点发力”打造基层治理新格局',
        locality: '大通镇',
        reportedBy: null,
        section: '基层治理专题',
        subMeasures: ['健全网格管理', '推进干部履职', '推进农村建设'],
      },
    ],
  },
  [SAMPLE_FILES.anqing24Speeches]: {
    header: { title: '安庆组工信息', issue: 24, date: '2023-08-31', publisher: '中共安庆市委组织部研究室' },
    items: [
      {
        title: '以党建为引领 以人民为中心 奋力推进基层治理水平迈上新台阶',
        locality: '桐城市',
        reportedBy: '中共桐城市委',
        section: '会议交流材料',
      },
      { title: '坚持党建引领 促进乡村振兴', locality: '潜山市', reportedBy: '中共潜山市委', section: '会议交流材料' },
      {
        title: '强化系统思维 激励干部担当作为',
        locality: '迎江区',
        reportedBy: '中共迎江区委',
        section: '会议交流材料',
      },
    ],
  },
};

/** Text that belongs to mastheads, contents, notes and footers — never to a practice. */
const NOT_PRACTICE_TEXT = [
  /^报[：:]/m,
  /^送[：:]/m,
  /^发[：:]/m,
  /安庆先锋网/,
  /\.{3,}/,
  /领导批示/,
  /编者按/,
  /组工信息/,
  /研究室/,
  /^- /m,
  /\*\*/,
  /— \d+ —/,
];

describe.each(Object.entries(EXPECTED))('sample bulletin %s', (file, expected) => {
  const result = ingestSample(file);
  const items = result.structure.items;

  test('masthead fields are read, and absent ones are null', () => {
    expect(result.structure.header).toEqual(expected.header);
  });

  test('every practice item is found with its title, locality phrase, attribution and section', () => {
    expect(
      items.map((i) => ({ title: i.title, locality: i.localityPhrase, reportedBy: i.reportedBy, section: i.section })),
    ).toEqual(
      expected.items.map(({ title, locality, reportedBy, section }) => ({ title, locality, reportedBy, section })),
    );
  });

  test('sub-measure headings are found, and each sits at its offset in the practice text', () => {
    expected.items.forEach((want, index) => {
      const item = items[index]!;
      if (want.subMeasures)
        expect(item.subMeasures.filter((m) => m.level === 1).map((m) => m.title)).toEqual(want.subMeasures);
      for (const m of item.subMeasures) expect(item.text.slice(m.start, m.end).trim()).toBe(m.title);
      expect(item.text.slice(item.titleSpan.start, item.titleSpan.end).replace(/\n/g, ' ')).toBe(item.title);
    });
  });

  test('no masthead, contents, note or footer text leaks into a practice, and no extraction artifacts remain', () => {
    for (const item of items) {
      for (const pattern of NOT_PRACTICE_TEXT) expect(item.text).not.toMatch(pattern);
      expect(item.text).not.toMatch(/[\u4e00-\u9fff] +\d|\d +[\u4e00-\u9fff]/);
      expect(item.text.startsWith('△') || item.text.startsWith('□')).toBe(false);
    }
  });

  test('the practice text is the cleaned bulletin text at the item offset', () => {
    for (const item of items)
      expect(result.clean.text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
  });

  test('no warnings on a well-formed bulletin', () => {
    expect(result.messages).toEqual([]);
  });
});

describe('cleaning on real bulletins', () => {
  test('lines broken inside a sentence are re-joined, across blank lines and page marks', () => {
    const tongcheng = ingestSample(SAMPLE_FILES.anqing24Speeches).structure.items[0]!.text;
    expect(tongcheng).toContain('将驻区单位、非公组织、物业公司等党组织负责人吸收为兼职委员，对街道区域内公共事项');
    const wangjiang = ingestSample(SAMPLE_FILES.anqingNoHeaderA).structure.items[1]!.text;
    expect(wangjiang).toContain('按照调研走访-群众推荐-代表评议—党委审核流程');
    expect(wangjiang).toContain('选配1226人担任大屋场党支部班子成员');
    const qianshan = ingestSample(SAMPLE_FILES.anqing37).structure.items[1]!.text;
    expect(qianshan).toContain('组织驻区单位和报到党员为居民群众提供精准服务。');
  });

  test('separate items and paragraphs are not merged', () => {
    const speeches = ingestSample(SAMPLE_FILES.anqing24Speeches).structure.items;
    const lines = speeches[0]!.text.split('\n');
    expect(lines.filter((l) => /^[一二三]、/.test(l))).toHaveLength(3);
    expect(speeches[0]!.text).not.toContain('坚持党建引领 促进乡村振兴');
    const tianchang = ingestSample(SAMPLE_FILES.tianchang116).structure.items;
    expect(tianchang.every((item) => !item.text.includes('□'))).toBe(true);
  });

  test('the contents of a bulletin (dot leaders and bulleted entries) are not practices', () => {
    const anqing = ingestSample(SAMPLE_FILES.anqing37);
    expect(anqing.clean.text).not.toContain('.....');
    expect(anqing.structure.items).toHaveLength(3);
  });
});
