/**
 * Localities on text nobody tuned for (made-up sentences from other provinces): short names without their unit,
 * back-references, mastheads of every form, and articles about several places (LOCALITIES.md, "Several localities").
 */
import type { Gazetteer } from '../../ingest/link/localities/gazetteer';
import { linkLocalities } from '../../ingest/link/localities/link-localities';
import { resolveBulletinRegion } from '../../ingest/link/localities/resolve-bulletin-region';
import { type LocalityInput, resolveLocality } from '../../ingest/link/localities/resolve-locality';
import type { PracticeItem } from '../../ingest/structure/build-item';
import { ingestText, sharedKnowledge } from '../helpers/sample-bulletins';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = sharedKnowledge().gazetteer;
});

const codeOf = (over: Partial<LocalityInput>): string | undefined =>
  resolveLocality(
    { phrase: null, text: '', reportedBy: null, bulletinRegion: null, otherLocalityCodes: [], ...over },
    gazetteer,
  ).locality?.code;

/** An article-shaped item: no locality phrase, no attribution; the headline opens the text. */
const article = (text: string, over: Partial<PracticeItem> = {}): PracticeItem => ({
  ordinal: 1,
  form: 'headline',
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

describe('short names without their unit, where the context makes them a place', () => {
  test.each([
    ['在天水，网格员每天入户走访。', '620500'],
    ['以沙市为例，社区推行“红色物业”。', '421002'],
    ['甘州：“知事明事议事”让群众的事有人管\n今年以来，甘州坚持党建引领。', '620702'],
    ['今年以来，甘州坚持党建引领基层治理。', '620702'],
    ['天水、平凉等地推行网格化管理。', '620500'],
    ['新县：“老乡回家”工程让人才回流\n新县把人才工作作为重要抓手。', '411523'],
  ])('%s → %s', (text, code) => {
    expect(codeOf({ text })).toBe(code);
  });

  test('a short name that is only a word is not a place', () => {
    expect(codeOf({ text: '坚持和平发展，推动长安久治。' })).toBeUndefined();
    expect(codeOf({ text: '全国各地形成县乡村三级联动。' })).toBeUndefined();
  });

  test('a short phrase resolves like the full name, the repeated character included (沙市 → 沙市区)', () => {
    expect(codeOf({ phrase: '沙市', bulletinRegion: '421000' })).toBe('421002');
    expect(codeOf({ phrase: '天水' })).toBe('620500');
  });
});

describe('back-references resolve to the place the item is about', () => {
  test('该县 / 全县 with a masthead region', () => {
    expect(codeOf({ text: '该县推行“积分制”管理，全县141个村全部覆盖。', bulletinRegion: '623021' })).toBe('623021');
    // 该镇 in a county's bulletin names no town: the county, with a warning.
    expect(codeOf({ text: '该镇设立“老马调解室”。', bulletinRegion: '421002' })).toBe('421002');
  });

  test('without a masthead: the place the headline or lead names', () => {
    expect(codeOf({ text: '郯城：说事点遍布村庄\n在郯城，该县创新推行“1+4”工作法。' })).toBe('371322');
    expect(codeOf({ text: '该县创新推行“1+4”工作法，郯城县397个村共召开议事会。' })).toBe('371322');
    expect(codeOf({ text: '我县推行网格化管理。临潭县委组织部牵头。' })).toBe('623021');
  });
});

describe('the bulletin region from mastheads of every form', () => {
  const region = (title: string | null, publisher: string | null): string | undefined =>
    resolveBulletinRegion({ title, publisher, itemPhrases: [] }, gazetteer)?.code;

  test.each([
    ['临潭组工', null, '623021'],
    ['龙门组织工作动态', null, '441324'],
    ['于都组工简报', null, '360731'],
    ['绍兴社会工作简报', null, '330600'],
    [null, '中共遂宁市委社会工作部', '510900'],
    [null, '龙门县委组织部办公室', '441324'],
    ['社会工作简报', '中共遂宁市委社会工作部', '510900'],
  ])('%s / %s → %s', (title, publisher, code) => {
    expect(region(title, publisher)).toBe(code);
  });

  test('the region is a Locality linked from the bulletin by IN_REGION', () => {
    const text =
      '临潭组工信息\n\n第 12 期\n\n中共临潭县委组织部办公室 2024 年 4 月 18 日\n\n△城关镇：“四张网”织密防线。城关镇把辖区划分为46个网格。（城关镇党委）';
    const doc = ingestText(text, 'lintan.txt').document;
    const bulletin = doc.nodes.find((n) => n.labels.includes('Bulletin'))!;
    const edge = doc.relationships.find((r) => r.type === 'IN_REGION' && r.start === bulletin.id);
    expect(edge?.end).toBe('locality:623021');
    expect(doc.nodes.find((n) => n.id === 'locality:623021')?.properties.name).toBe('临潭县');
  });
});

describe('several localities in one article', () => {
  const TWO_CITIES = [
    '小网格托起大民生——两地探索城市基层治理新路径',
    '近年来，各地在城市基层治理中积极探索。',
    '浙江省湖州市推行“两山议事会”，全市186个社区实现全覆盖。湖州市还推出“红色管家”制度。',
    '广东省江门市则探索“侨乡议事厅”模式，化解邻里纠纷940余起。',
  ].join('\n');

  test('every place that acts in its own sentences is linked, each with its own evidence', () => {
    const linked = linkLocalities({ header: noHeader, items: [article(TWO_CITIES)], file: 'report.txt', gazetteer });
    expect(linked.practices[0]?.locality?.code).toBe('330500');
    const others = linked.others[0] ?? [];
    expect(others.map((o) => o.locality?.code)).toEqual(['440700']);
    expect(others[0]?.evidence).toContain('江门市则探索');
    expect(linked.practices[0]?.evidence).toContain('湖州');
  });

  test('a place inside the main one, or one only named, is not another locality', () => {
    const text =
      '湖州：议事会遍布城乡\n湖州市推行“两山议事会”。吴兴区还推行“红色管家”制度。他们学习了浙江省外的经验，江门市的做法也值得借鉴。';
    const linked = linkLocalities({ header: noHeader, items: [article(text)], file: 'one.txt', gazetteer });
    expect(linked.practices[0]?.locality?.code).toBe('330500');
    expect(linked.others[0]).toEqual([]);
  });

  test('an item that names its own place is about that place only', () => {
    const item = article('船山区：小区会客厅\n船山区推行“小区会客厅”。射洪市还推行“双联双促”机制。', {
      localityPhrase: '船山区',
    });
    const linked = linkLocalities({ header: noHeader, items: [item], file: 'b.txt', gazetteer });
    expect(linked.practices[0]?.locality?.code).toBe('510903');
    expect(linked.others[0]).toEqual([]);
  });
});
