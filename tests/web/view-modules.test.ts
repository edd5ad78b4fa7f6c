/**
 * The explorer's pure modules for large views: caption priority without overlap, colour scales and sizes, merging
 * views, periods, the map's region codes and colours, the exported picture, GraphML and CSV, plurals and the
 * vocabulary labels (every category, organization kind, document kind, format and link rule the data can hold).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { DOCUMENT_KINDS, SOURCE_FORMATS } from '../../graph/schema';
import { appearanceOf, scaleDomain } from '../../web/src/graph/appearance';
import { nodeColour, NEUTRAL } from '../../web/src/graph/colour-scale';
import { captionedNodes, captionFont, captionRank } from '../../web/src/graph/label-priority';
import { legendModel } from '../../web/src/graph/legend-model';
import { nodeSize } from '../../web/src/graph/node-size';
import { mergeParts, toNodeData, type NodeData } from '../../web/src/graph/to-elements';
import { createTranslator, hasMessage } from '../../web/src/i18n/translate';
import { vocabLabel } from '../../web/src/i18n/vocab';
import { mapRegionCode } from '../../web/src/map/map-codes';
import { paintRegions } from '../../web/src/map/region-colours';
import { edgeRows, nodeRows } from '../../web/src/export/view-csv';
import { viewGraphml } from '../../web/src/export/view-graphml';
import { viewSvg } from '../../web/src/export/view-svg';
import { inPeriod, nextYear, periodFromYears, yearSpan } from '../../web/src/time/period';
import { groupedNotice } from '../../web/src/app/view-loader';
import type { GroupedView } from '../../web/src/api/types';

const node = (id: string, extra: Partial<NodeData> = {}): NodeData =>
  toNodeData({ id, label: extra.label ?? 'Locality', caption: id, properties: '{}' }, extra);

test('captions go to the most important nodes first and never overlap; far-out zooms get larger model fonts', () => {
  const candidates = [
    { id: 'root', rank: captionRank({ root: true, group: false, count: 5 }), x: 100, y: 100, size: 40, chars: 3 },
    { id: 'big', rank: captionRank({ root: false, group: true, count: 50 }), x: 104, y: 104, size: 30, chars: 3 },
    { id: 'far', rank: captionRank({ root: false, group: true, count: 2 }), x: 400, y: 300, size: 20, chars: 4 },
    { id: 'out', rank: captionRank({ root: false, group: false, count: null }), x: 5000, y: 300, size: 20, chars: 4 },
  ];
  expect(captionedNodes(candidates, { width: 800, height: 600 })).toEqual(['root', 'far']);
  // A caption never lies on a captioned node, and a captioned node never lies on a caption placed before it.
  const stacked = [
    { id: 'place', rank: captionRank({ root: false, group: true, count: 40 }), x: 200, y: 200, size: 30, chars: 3 },
    { id: 'above', rank: captionRank({ root: false, group: false, count: 9 }), x: 200, y: 180, size: 10, chars: 2 },
    { id: 'onCaption', rank: captionRank({ root: false, group: false, count: 8 }), x: 200, y: 228, size: 12, chars: 2 },
    { id: 'clear', rank: captionRank({ root: false, group: false, count: 1 }), x: 200, y: 320, size: 12, chars: 8 },
  ];
  expect(captionedNodes(stacked, { width: 800, height: 600 })).toEqual(['place', 'clear']);
  expect(captionFont(0.25)).toBeGreaterThan(captionFont(1));
  expect(captionFont(0.25) * 0.25).toBeGreaterThanOrEqual(11.9);
  expect(captionRank({ root: false, group: true, count: 3 })).toBeLessThan(
    captionRank({ root: false, group: false, count: 99 }),
  );
});

test('groups are sized by their practices; colours follow count, year and family, grey for what has none', () => {
  expect(nodeSize({ label: 'Locality', count: 100, sizedByCount: true })).toBeGreaterThan(
    nodeSize({ label: 'Locality', count: 4, sizedByCount: true }),
  );
  expect(nodeSize({ label: 'Locality', count: 100, sizedByCount: false })).toBe(
    nodeSize({ label: 'Locality', count: 4, sizedByCount: false }),
  );
  const nodes = [
    node('a', { group: true, count: 1, date: '2016-03-01' }),
    node('b', { group: true, count: 80, date: '2024-05-01' }),
    node('c', { group: true, count: null, date: null }),
  ];
  const domain = scaleDomain(nodes);
  expect(domain).toEqual({ maxCount: 80, minYear: 2016, maxYear: 2024 });
  const look = appearanceOf(nodes, { colour: 'year', sizeByCount: true });
  expect(look.get('a')!.colour).not.toBe(look.get('b')!.colour);
  expect(look.get('c')!.colour).toBe(NEUTRAL);
  expect(
    nodeColour({ mode: 'count', node: { label: 'Locality', count: null, year: null, family: null }, domain }),
  ).toBe(NEUTRAL);
  expect(
    nodeColour({ mode: 'family', node: { label: 'Mechanism', count: null, year: null, family: 2 }, domain }),
  ).not.toBe(nodeColour({ mode: 'family', node: { label: 'Mechanism', count: null, year: null, family: 3 }, domain }));
  const t = createTranslator('en');
  const legend = legendModel(t, { nodes: nodes, look: { colour: 'year', sizeByCount: true } });
  expect(legend.scale!.steps.map((s) => s.text)).toEqual(['2016', '2018', '2020', '2022', '2024', 'undated']);
  expect(legend.notes).toContain('Node size: practices');
});

test('views merged on one canvas keep the larger count, the earlier date and every group a node belongs to', () => {
  const merged = mergeParts([
    {
      nodes: [node('p', { group: true, count: 3, date: '2020-01-01', groups: [{ owner: 'm1', key: '340000' }] })],
      edges: [{ id: 'e', source: 'p', target: 'p', type: 'ADOPTS', count: 3 }],
    },
    {
      nodes: [node('p', { group: true, count: 7, date: '2018-01-01', groups: [{ owner: 'm2', key: '340000' }] })],
      edges: [{ id: 'e', source: 'p', target: 'p', type: 'ADOPTS', count: 7 }],
    },
  ]);
  expect(merged.nodes).toHaveLength(1);
  expect(merged.nodes[0]).toMatchObject({ count: 7, date: '2018-01-01' });
  expect(merged.nodes[0]!.groups.map((g) => g.owner)).toEqual(['m1', 'm2']);
  expect(merged.edges[0]!.count).toBe(7);
});

test('periods: whole years, open bounds, the span of dated items with the undated counted apart, and the play step', () => {
  expect(periodFromYears(2019, 2021)).toEqual({ from: '2019-01-01', to: '2021-12-31' });
  expect(inPeriod('2021-12-31', periodFromYears(2019, 2021))).toBe(true);
  expect(inPeriod('2022-01-01', periodFromYears(null, 2021))).toBe(false);
  expect(yearSpan(['2019-05-01', null, '2023-01-01', null])).toEqual({ span: { min: 2019, max: 2023 }, undated: 2 });
  expect(nextYear(null, { min: 2019, max: 2021 })).toBe(2019);
  expect(nextYear(2020, { min: 2019, max: 2021 })).toBe(2021);
  expect(nextYear(2021, { min: 2019, max: 2021 })).toBeNull();
});

test('the map draws a place on its own region, else on the unit above it; colours by first year within the period', () => {
  const regions = new Set(['340000', '340800', '340882', '110000']);
  expect(mapRegionCode('340882', regions)).toBe('340882');
  expect(mapRegionCode('340899', regions)).toBe('340800');
  expect(mapRegionCode('110101', regions)).toBe('110000');
  expect(mapRegionCode('341181004-上城风景小区', regions)).toBe('340000');
  expect(mapRegionCode('990000', regions)).toBeNull();
  const places = [
    { code: '340882', name: '潜山市', practices: 3, firstReported: '2018-04-01' },
    { code: '340800', name: '安庆市', practices: 9, firstReported: '2022-04-01' },
    { code: '110101', name: '东城区', practices: 1, firstReported: null },
    { code: '990000', name: '？', practices: 1, firstReported: '2019-01-01' },
  ];
  const all = paintRegions({ places, regions, period: { from: '', to: '' }, colour: 'year', hideUndated: false });
  expect([...all.regions.keys()].sort()).toEqual(['110000', '340800', '340882']);
  expect(all.regions.get('110000')!.state).toBe('undated');
  expect(all.unmatched.map((p) => p.name)).toEqual(['？']);
  const by2020 = paintRegions({
    places,
    regions,
    period: periodFromYears(null, 2020),
    colour: 'year',
    hideUndated: true,
  });
  expect([...by2020.regions.keys()]).toEqual(['340882']);
  expect(by2020.undated).toBe(1);
  const from2020 = paintRegions({
    places,
    regions,
    period: periodFromYears(2020, null),
    colour: 'count',
    hideUndated: false,
  });
  expect(from2020.regions.get('340882')!.state).toBe('earlier');
  expect(from2020.regions.get('340800')!.state).toBe('in');
});

test('the exported picture holds every node, its captions, the title, the legend and the source line; an empty view is an error', () => {
  const legend = {
    shapes: [{ label: 'Mechanism' as const, shape: 'diamond' as const, fill: '#e8833a', ink: '#9a4a0e', text: '机制' }],
    scale: { title: '做法数', steps: [{ colour: '#fde5b5', text: '1' }] },
    notes: ['节点大小：做法数'],
  };
  const picture = {
    title: '双报到 <test>',
    source: '来源：基层治理知识图谱',
    font: 'sans-serif',
    legend,
    nodes: [
      { x: 0, y: 0, size: 40, shape: 'diamond' as const, fill: '#e8833a', ink: '#9a4a0e', caption: '双报到' },
      { x: 200, y: 50, size: 30, shape: 'hexagon' as const, fill: '#3a8fd9', ink: '#1d5a92', caption: null },
    ],
    edges: [{ x1: 0, y1: 0, x2: 200, y2: 50, width: 2, dashed: true }],
  };
  const { svg, width, height } = viewSvg(picture);
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  expect(svg).toContain('双报到 &lt;test&gt;');
  expect(svg).toContain('来源：基层治理知识图谱');
  expect(svg).toContain('节点大小：做法数');
  expect((svg.match(/<polygon/g) ?? []).length).toBe(3);
  expect(svg).toContain('stroke-dasharray');
  expect(() => viewSvg({ ...picture, nodes: [] })).toThrow();
});

test('GraphML and CSV of the view carry every node and edge with what the view counts', () => {
  const nodes = [
    { id: 'mechanism:双报到', label: 'Mechanism', caption: '双报到', count: 5, date: null, code: null, x: 0, y: 0 },
    {
      id: 'locality:340882',
      label: 'Locality',
      caption: '潜山市',
      count: 2,
      date: '2023-12-12',
      code: '340882',
      x: 10,
      y: 20,
    },
  ];
  const edges = [
    { id: 'ADOPTS:a->b', source: 'locality:340882', target: 'mechanism:双报到', type: 'ADOPTS', count: 2 },
  ];
  const xml = viewGraphml(nodes, edges);
  expect(xml).toContain(
    '<node id="locality:340882"><data key="label">Locality</data><data key="caption">潜山市</data><data key="practices">2</data>',
  );
  expect(xml).toContain(
    '<edge id="ADOPTS:a-&gt;b" source="locality:340882" target="mechanism:双报到"><data key="type">ADOPTS</data><data key="epractices">2</data></edge>',
  );
  expect(nodeRows(nodes, ['id', 'kind', 'caption', 'practices', 'date', 'code'])[2]).toEqual([
    'locality:340882',
    'Locality',
    '潜山市',
    2,
    '2023-12-12',
    '340882',
  ]);
  expect(edgeRows({ nodes, edges, headings: ['a', 'b', 'c', 'd', 'e', 'f'] })[1]).toEqual([
    'locality:340882',
    '潜山市',
    'ADOPTS',
    'mechanism:双报到',
    '双报到',
    2,
  ]);
});

test('a grouped view’s notice says how many practices are drawn, where the others are counted, and what was cut', () => {
  const root = { id: 'locality:340000', label: 'Locality' as const, caption: '安徽省', properties: '{}' };
  const view = (
    counts: Pick<GroupedView, 'practices' | 'shownPractices' | 'groupedPractices' | 'groupedIn' | 'groups' | 'trimmed'>,
  ): GroupedView => ({ level: null, root, nodes: [], edges: [], ...counts });
  const zh = createTranslator('zh-CN');
  const en = createTranslator('en');
  const anhui = view({
    practices: 302,
    shownPractices: 203,
    groupedPractices: 99,
    groupedIn: 294,
    groups: 300,
    trimmed: true,
  });
  expect(groupedNotice(zh, { name: '安徽省', view: anhui, groups: 'mechanisms', kind: zh('label.Mechanism') })).toBe(
    '安徽省：共 302 条做法，图中画出 203 条；其余 99 条未画出，计入它们所用的 294 个机制节点（一条做法可用多个机制；节点大小即做法数，双击节点画出其做法）；只画出做法最多的前 300 个机制',
  );
  const places = view({
    practices: 5,
    shownPractices: 0,
    groupedPractices: 5,
    groupedIn: 4,
    groups: 4,
    trimmed: false,
  });
  expect(groupedNotice(en, { name: '双报到', view: places, groups: 'places', kind: en('level.city') })).toBe(
    '双报到: 5 practices, 0 drawn; the other 5 are not drawn, each counted in its city node (4 nodes; size = practices; double-click one to draw its practices)',
  );
  const allDrawn = view({
    practices: 1,
    shownPractices: 1,
    groupedPractices: 0,
    groupedIn: 0,
    groups: 1,
    trimmed: false,
  });
  expect(groupedNotice(en, { name: '红色物业', view: allDrawn, groups: 'places', kind: en('level.city') })).toBe(
    '红色物业: 1 practice, 1 drawn',
  );
});

test('English counts say "1 practice" and "2 practices"; Chinese needs no plural', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh-CN');
  expect(en('count.practices', { count: 1 })).toBe('1 practice');
  expect(en('count.practices', { count: 2 })).toBe('2 practices');
  expect(zh('count.practices', { count: 1 })).toBe('1 条做法');
});

test('every category, organization kind, document kind, format, link rule and level of the data has a label in both languages', () => {
  const lexicon = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', 'ingest', 'knowledge', 'mechanisms.json'), 'utf8'),
  ) as { categories: Record<string, string> };
  const organizations = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', 'ingest', 'knowledge', 'organizations.json'), 'utf8'),
  ) as { kinds: Record<string, unknown> };
  const vias = ['lexicon', 'pattern', 'quoted', 'suffix', 'numeric'];
  const keys = [
    ...Object.keys(lexicon.categories).map((k) => `category.${k}`),
    ...Object.keys(organizations.kinds).map((k) => `orgKind.${k}`),
    ...DOCUMENT_KINDS.map((k) => `docKind.${k}`),
    ...SOURCE_FORMATS.map((k) => `format.${k}`),
    ...vias.map((k) => `via.${k}`),
    ...['province', 'city', 'county', 'town', 'village'].map((k) => `level.${k}`),
    ...[
      'CONTAINS',
      'LOCATED_IN',
      'PART_OF',
      'USES',
      'INVOLVES',
      'REPORTED_BY',
      'REPORTS',
      'SIMILAR_TO',
      'REPRINT_OF',
      'ADOPTS',
      'LOCATED_WITHIN',
    ].map((k) => `rel.${k}`),
  ];
  for (const key of keys) expect([key, hasMessage(key)]).toEqual([key, true]);
  const zh = createTranslator('zh-CN');
  expect(vocabLabel(zh, { kind: 'category', value: 'party_building' })).toBe('党建引领');
  expect(vocabLabel(zh, { kind: 'orgKind', value: 'party_org' })).toBe('党组织');
  expect(vocabLabel(zh, { kind: 'category', value: 'a_new_category' })).toBe('a_new_category');
});
