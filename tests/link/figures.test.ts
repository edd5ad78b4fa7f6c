/** extractFigures on sentences copied from the sample bulletins (as the cleaner leaves them), plus the lexicon loader. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { extractFigures, type Figure } from '../../ingest/link/figures/extract-figures';
import { linkPractices } from '../../ingest/link/link-practices';
import { DEFAULT_UNITS_PATH, loadUnitLexicon } from '../../ingest/link/figures/unit-lexicon';
import { linkKnowledge } from '../../ingest/knowledge/create-knowledge';
import { sharedKnowledge } from '../helpers/sample-bulletins';

const units = loadUnitLexicon();
const figures = (text: string): Figure[] => extractFigures({ text, units });
const brief = (text: string): Array<[string, number, string, boolean]> =>
  figures(text).map((f) => [f.text, f.value, f.unit, f.approximate]);

describe('extractFigures: values, units, qualifiers', () => {
  test('望江县 信用村: households and money, 万 kept in the unit', () => {
    const text =
      '8家金融机构积极打造差异化金融产品体系，推动“党建引领信易贷”“振兴快贷”等纯线上金融产品落地，共为127户信用主体线上授信3178万元、用信2654万元。';
    const found = figures(text);
    expect(found.map((f) => [f.value, f.unit, f.approximate, f.object])).toEqual([
      [8, '家', false, '金融机构'],
      [127, '户', false, '信用主体'],
      [3178, '万元', false, '授信'],
      [2654, '万元', false, '用信'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[2]?.start).toBe(text.indexOf('3178'));
    expect(found[2]?.end).toBe(text.indexOf('3178') + '3178万元'.length);
  });

  test('安图县: members, grids, teams; 余 makes a figure approximate', () => {
    expect(
      figures(
        '全县381个网格全部建立党组织，同时建成党群服务中心（站）42个、“暖心驿站”7个，为居民群众提供便民服务。',
      ).map((f) => [f.value, f.unit, f.object]),
    ).toEqual([
      [381, '个', '网格'],
      [42, '个', '党群服务中心（站）'],
      [7, '个', '暖心驿站'],
    ]);
    expect(
      figures(
        '全县1387名在职党员到居住地社区党组织报到，建立定期沟通机制，组建下沉干部服务队103支，开展政策宣传、入户走访等10类服务。',
      ).map((f) => [f.value, f.unit, f.object]),
    ).toEqual([
      [1387, '名', '在职党员'],
      [103, '支', '下沉干部服务队'],
      [10, '类', '服务'],
    ]);
    expect(brief('今年以来，累计服务新就业群体100余人次，有效帮助解决实际困难13个。')).toEqual([
      ['100余人次', 100, '人次', true],
      ['13个', 13, '个', false],
    ]);
  });

  test('宿松县: the counted thing before the number', () => {
    const found = figures(
      '截至目前，共配备信息员33名，收集社情民意200余条，共商村（居）事务20余件，开展普法宣传60余场次，化解矛盾纠纷65件。',
    );
    expect(found.map((f) => [f.text, f.value, f.unit, f.approximate, f.object])).toEqual([
      ['33名', 33, '名', false, '信息员'],
      ['200余条', 200, '条', true, '社情民意'],
      ['20余件', 20, '件', true, '村（居）事务'],
      ['60余场次', 60, '场次', true, '普法宣传'],
      ['65件', 65, '件', false, '矛盾纠纷'],
    ]);
  });

  test('approximate words before, between and after; bare magnitudes', () => {
    expect(brief('帮助解决实际问题近万个。')).toEqual([['近万个', 1, '万个', true]]);
    expect(brief('先后服务居民约8300人次，形成了社区')).toEqual([['约8300人次', 8300, '人次', true]]);
    expect(brief('年经营性收入超50万元的经济强村发展至73个。')).toEqual([
      ['超50万元', 50, '万元', true],
      ['73个', 73, '个', false],
    ]);
    expect(brief('近年来新改建农村公路4000多公里')).toEqual([['4000多公里', 4000, '公里', true]]);
    expect(brief('先后将1万余平方米、市场估值约8000万元的国有闲置房产')).toEqual([
      ['1万余平方米', 1, '万平方米', true],
      ['约8000万元', 8000, '万元', true],
    ]);
    expect(brief('整合20个部门的信息数据25余万条')).toEqual([
      ['20个', 20, '个', false],
      ['25余万条', 25, '万条', true],
    ]);
    expect(brief('全域旅游年接待游客突破1000万人次')).toEqual([['突破1000万人次', 1000, '万人次', true]]);
    expect(brief('以上 最近3天')).toEqual([['3天', 3, '天', false]]);
    expect(brief('人均增收1200元/人，每户补贴500元／户，托管土地12.6万亩')).toEqual([
      ['1200元/人', 1200, '元/人', false],
      ['500元／户', 500, '元/户', false],
      ['12.6万亩', 12.6, '万亩', false],
    ]);
    expect(brief('百余个村实现清零，千余名党员参与，三百余户受益')).toEqual([
      ['百余个', 100, '个', true],
      ['千余名', 1000, '名', true],
      ['三百余户', 300, '户', true],
    ]);
  });

  test('decimals, percentages, ages, ranges, Chinese numerals', () => {
    expect(brief('全市党员结对联系群众6.3万户，帮助解决实际问题')).toEqual([['6.3万户', 6.3, '万户', false]]);
    expect(brief('共帮助73户信用用户申请信用贷882.9万元')).toEqual([
      ['73户', 73, '户', false],
      ['882.9万元', 882.9, '万元', false],
    ]);
    const ages = figures('乡镇领导班子平均年龄42.1岁，其中35岁以下年轻干部占31%。');
    expect(ages.map((f) => [f.text, f.value, f.unit, f.approximate, f.object])).toEqual([
      ['42.1岁', 42.1, '岁', false, '乡镇领导班子平均年龄'],
      ['35岁以下', 35, '岁', true, '年轻干部'],
      ['31%', 31, '%', false, '年轻干部'],
    ]);
    expect(figures('调处成功率达到100%。')[0]?.object).toBe('调处成功率');
    // A rate named by a verb (覆盖, 办结) keeps the verb: it is part of the noun.
    expect(figures('网格覆盖率达100%，办结率98.5%。').map((f) => f.object)).toEqual(['网格覆盖率', '办结率']);
    const range = figures('帮助至少解决1至2件具体困难问题，切实帮助');
    expect(range.map((f) => [f.text, f.value, f.valueMax, f.unit])).toEqual([['1至2件', 1, 2, '件']]);
    expect(figures('3-5个')[0]?.valueMax).toBe(5);
    expect(brief('建立共享反馈四个机制、搭建三个平台')).toEqual([
      ['四个', 4, '个', false],
      ['三个', 3, '个', false],
    ]);
    expect(brief('全面实现“一肩挑”。两次获安庆市驻村第一书记“擂台比武”一等奖。')).toEqual([['两次', 2, '次', false]]);
    expect(brief('十二个村，一百名党员')).toEqual([
      ['十二个', 12, '个', false],
      ['一百名', 100, '名', false],
    ]);
    expect(brief('联合开展活动53场（次），组建6大工作专班')).toEqual([
      ['53场（次）', 53, '场次', false],
      ['6大', 6, '大', false],
    ]);
  });

  test('spaces and line breaks between number and unit are tolerated; offsets still index the input', () => {
    const text = '选配 1226\n人担任大屋场党支部班子成员，明确工作职责。';
    const [f] = figures(text);
    expect(f).toMatchObject({ value: 1226, unit: '人', object: null, text: '1226\n人' });
    expect(text.slice(f?.start, f?.end)).toBe(f?.text);
    expect(figures('5 名')[0]).toMatchObject({ value: 5, unit: '名', start: 0, end: 3 });
  });
});

describe('extractFigures: not figures', () => {
  test.each([
    ['issue number and date', '安庆组工信息\n第 37 期\n中共安庆市委组织部研究室\n2023 年 12 月 12 日'],
    ['year', '2022年以来，三级书记共领办基层治理项目'],
    ['quoted formula', '建立“1+N”导师帮带模式'],
    ['mechanism in quotes before 机制', '建立落实软弱涣散村党支部“3+1”包抓机制'],
    ['numeric mechanism name', '构建“1314”工作模式，组建'],
    ['numeric system name', '构建“54321”治理体系'],
    ['numeric method name, unquoted', '创新推行313工作法'],
    ['quoted 8+3', '确定“8+3”的协商主体，“8”为“红领工作站”站长'],
    ['hotline', '开通“5892345”服务热线平台，拨打12345热线'],
    ['list markers', '一是党委统揽。二、突出强基固本。（一）建强组织。'],
    ['fixed words', '第一书记、一肩挑、一村一警、一票否决'],
    ['ordinal 第', '结合即将开展的第二批主题教育'],
    ['article 一', '为每名县委常委确定一个党支部作为联系点'],
    ['distributive 每', '每一件大事都制定“三年行动计划”'],
    ['party congress', '党的十八大以来'],
    ['plenary session', '认真贯彻落实市委十二届五次全会部署要求'],
    ['durations in years', '连续5年获评，连续两年全市第一，20年一遇防洪标准'],
    ['slogan 四个一', '落实四个一工作法'],
    ['table of contents page', '潜山市：做实党员“双报到” 激活社区“微治理”\n..... 2\n大观区'],
    ['adverb 十分', '十分重要'],
  ])('%s', (_label, text) => {
    expect(figures(text)).toEqual([]);
  });

  test('the figure right after a quoted name is kept, the name is not', () => {
    expect(brief('含22个正面清单、31个负面清单以及12个“一票否决”清单')).toEqual([
      ['22个', 22, '个', false],
      ['31个', 31, '个', false],
      ['12个', 12, '个', false],
    ]);
    expect(brief('市直单位提供资源、需求、项目“三个清单”160个')).toEqual([['160个', 160, '个', false]]);
  });
});

describe('extractFigures on the sample bulletins', () => {
  const dir = join(__dirname, '..', '..', 'data', 'samples');
  // The cleaner rejoins wrapped lines and removes CJK–digit spaces; this is a rough stand-in for it.
  const clean = (raw: string): string =>
    raw
      .replace(/[ \t]*\n[ \t\n]*/g, '')
      .replace(/(?<=[\u4e00-\u9fff，。、“”（）])[ ]+(?=[0-9])|(?<=[0-9])[ ]+(?=[\u4e00-\u9fff%“”（）])/g, '');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  test.each(files)('%s: offsets are exact, ordered and disjoint', (file) => {
    for (const text of [readFileSync(join(dir, file), 'utf8'), clean(readFileSync(join(dir, file), 'utf8'))]) {
      const found = figures(text);
      expect(found.length).toBeGreaterThan(10);
      let last = -1;
      for (const f of found) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeGreaterThanOrEqual(last);
        last = f.end;
      }
    }
  });

  test('every figure of the 宿松县 and 太湖县 items, counted by hand', () => {
    const all = files.flatMap((file) => figures(clean(readFileSync(join(dir, file), 'utf8'))).map((f) => f.text));
    const from = (a: string, b: string): string[] => all.slice(all.indexOf(a), all.indexOf(b) + 1);
    expect(from('11个', '65件')).toEqual(['11个', '33名', '200余条', '20余件', '60余场次', '65件']);
    expect(from('1281个', '225次')).toEqual(['1281个', '1131个', '1375次', '583条', '339个', '800余次', '225次']);
  });
});

describe('figures on unseen text: quoted figures, numbers that are not figures, the cap', () => {
  test('a quoted percentage is a figure (curly or ASCII quotes); a quoted name is not', () => {
    expect(brief('群众满意率达到“98%”。')).toEqual([['98%', 98, '%', false]]);
    expect(brief('居民满意度达"93%"。')).toEqual([['93%', 93, '%', false]]);
    expect(brief('推行“1+4”工作法，建立“三个清单”。')).toEqual([]);
  });

  test('page, issue, hotline, phone and version numbers stay out', () => {
    for (const text of [
      '相关经验刊登在《社会工作》杂志第 8 页。',
      '该做法被《河南组工》2024年第6期刊发。',
      '相关做法刊登于《乡村治理》2024年3期。',
      '开通 12345 热线分中心。',
      '依托“e郯城”智慧平台 3.0 版受理诉求，服务电话 0539-6212345。',
    ])
      expect(figures(text)).toEqual([]);
  });

  test('a Chinese count restating the list before it is not a figure', () => {
    expect(figures('统筹村民议事会、红白理事会、道德评议会、禁毒禁赌会四个组织。')).toEqual([]);
    expect(brief('组建6个专班、选派10名干部。')).toEqual([
      ['6个', 6, '个', false],
      ['10名', 10, '名', false],
    ]);
  });

  test('a practice holds at most maxFiguresPerPractice figures, and a warning says when more were cut', () => {
    const text = Array.from(
      { length: units.maxFiguresPerPractice + 50 },
      (_, i) => `第${i}组解决问题${i + 1}件。`,
    ).join('');
    const item = {
      ordinal: 1,
      form: 'paragraph' as const,
      section: null,
      title: '',
      localityPhrase: null,
      reportedBy: null,
      text,
      offset: 0,
      titleSpan: { start: 0, end: 0 },
      subMeasures: [],
      date: null,
    };
    const linked = linkPractices({
      header: { title: null, issue: null, date: null, publisher: null },
      items: [item],
      file: 'long.txt',
      knowledge: linkKnowledge(sharedKnowledge()),
    });
    expect(linked.practices[0]?.figures).toHaveLength(units.maxFiguresPerPractice);
    expect(linked.messages.filter((m) => m.stage === 'extractFigures')).toEqual([
      expect.objectContaining({ level: 'warning', file: 'long.txt' }),
    ]);
  });
});

describe('loadUnitLexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'units-'));
  const write = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const valid = JSON.parse(readFileSync(DEFAULT_UNITS_PATH, 'utf8')) as Record<string, unknown>;

  test('names the file when it is missing or not JSON', () => {
    expect(() => loadUnitLexicon(join(dir, 'nope.json'))).toThrow(/loadUnitLexicon: .*nope\.json: cannot read/);
    expect(() => loadUnitLexicon(write('bad.json', '{'))).toThrow(/bad\.json: cannot read or parse/);
  });

  test('rejects a unit without "counts" and a bad exclude pattern', () => {
    const noCounts = write('no-counts.json', JSON.stringify({ ...valid, units: [{ unit: '个' }] }));
    expect(() => loadUnitLexicon(noCounts)).toThrow(/no-counts\.json: units\[0\] \(个\) needs "counts"/);
    const badRegex = write('bad-regex.json', JSON.stringify({ ...valid, excludePatterns: ['(unclosed'] }));
    expect(() => loadUnitLexicon(badRegex)).toThrow(/bad-regex\.json: excludePatterns: bad regular expression/);
  });

  test('longest unit spellings come first, aliases map to the canonical unit', () => {
    const surfaces = units.surfaces.map((s) => s.surface);
    expect(surfaces.indexOf('人次')).toBeLessThan(surfaces.indexOf('人'));
    expect(units.surfaces.find((s) => s.surface === '场（次）')?.unit).toBe('场次');
  });
});
