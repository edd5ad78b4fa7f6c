/**
 * The explorer's pure presenters on the store's real answers for the sample bulletins: evidence highlighting of a
 * practice's text, the adoption heatmap grid and its CSV, subgraphs as canvas elements, and the canvas filters.
 */
import type { GraphNode } from '../../graph/graph-document';
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import type { ApiNode, ApiSubgraph, NodeLabel } from '../../web/src/api/types';
import { EXPANSION_RULES } from '../../web/src/graph/expansion-rules';
import { pruneSubgraph } from '../../web/src/graph/prune-subgraph';
import { toElements } from '../../web/src/graph/to-elements';
import { hiddenNodes } from '../../web/src/graph/view-filter';
import { adoptionCsvRows, adoptionGrid } from '../../web/src/matrix/adoption-grid';
import { highlightSegments } from '../../web/src/text/highlight-segments';
import { sampleStore } from './sample-store';

let store: SqliteStore;

beforeAll(async () => {
  store = await sampleStore();
}, 120_000);

afterAll(async () => {
  await store?.close();
});

/** What the server's presenter sends: the node with its properties as a JSON string. */
const asApi = (node: GraphNode): ApiNode => ({
  id: node.id,
  label: node.labels[0] as NodeLabel,
  caption: String(node.properties['name'] ?? node.properties['title'] ?? node.properties['text'] ?? node.id),
  properties: JSON.stringify(node.properties),
});

async function practiceUsing(mechanism: string): Promise<string> {
  const page = await store.search({ text: mechanism, labels: ['Practice'], limit: 5 });
  const practice = page.items.find((hit) => String(hit.node.properties['text']).includes(mechanism));
  if (!practice) throw new Error(`no sample practice mentions ${mechanism}`);
  return practice.node.id;
}

test('a practice text cut by its evidence spans reads back whole, and each mark shows the words it points to', async () => {
  const detail = (await store.practice(await practiceUsing('双报到')))!;
  const text = String(detail.practice.properties['text']);
  const segments = highlightSegments(text, detail.spans);
  expect(segments.map((s) => s.text).join('')).toBe(text);
  const marked = segments.filter((s) => s.primary);
  expect(marked.length).toBeGreaterThan(5);
  const kinds = new Set<string>(marked.map((s) => s.primary!.kind));
  for (const kind of ['mechanism', 'locality', 'metric']) expect(kinds.has(kind)).toBe(true);
  expect(marked.some((s) => s.primary!.kind === 'mechanism' && s.text.includes('双报到'))).toBe(true);
  expect(marked.some((s) => s.primary!.kind === 'locality' && s.text === '潜山市')).toBe(true);
  for (const s of marked) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('overlapping spans: the shortest covering span is drawn; stale offsets are clamped or dropped', () => {
  const outer = { start: 0, end: 7, kind: 'mechanism', id: 'm' };
  const inner = { start: 0, end: 3, kind: 'metric', id: 'f' };
  const stale = { start: 40, end: 50, kind: 'locality', id: 'x' };
  const clipped = { start: 9, end: 99, kind: 'organization', id: 'o' };
  const segments = highlightSegments('3+1包抓机制在全市推行', [outer, inner, stale, clipped]);
  expect(segments.map((s) => [s.text, s.primary?.id ?? null])).toEqual([
    ['3+1', 'f'],
    ['包抓机制', 'm'],
    ['在全', null],
    ['市推行', 'o'],
  ]);
  expect(segments[0]!.spans).toEqual([inner, outer]);
});

test('the adoption grid at county level has 潜山市 × 双报到 > 0, orders rows and writes a CSV', async () => {
  const matrix = await store.adoption({ level: 'county' });
  const grid = adoptionGrid(matrix, 'total');
  const column = grid.columns.findIndex((c) => c.name === '双报到');
  const row = grid.rows.find((r) => r.name === '潜山市');
  expect(column).toBeGreaterThanOrEqual(0);
  expect(row!.counts[column]).toBeGreaterThan(0);
  expect(row!.practiceIds[column]!.length).toBe(row!.counts[column]);
  expect(grid.max).toBe(Math.max(...grid.rows.flatMap((r) => r.counts)));
  for (let i = 1; i < grid.rows.length; i++) expect(grid.rows[i - 1]!.total).toBeGreaterThanOrEqual(grid.rows[i]!.total);
  for (let i = 1; i < grid.columns.length; i++) expect(grid.columns[i - 1]!.total).toBeGreaterThanOrEqual(grid.columns[i]!.total);

  const byColumn = adoptionGrid(matrix, 'm:双报到');
  expect(byColumn.rows[0]!.counts[column]).toBe(Math.max(...grid.rows.map((r) => r.counts[column]!)));
  const byName = adoptionGrid(matrix, 'name').rows.map((r) => r.name);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'zh-CN')));

  const csv = adoptionCsvRows(grid, { code: 'code', name: '地方', total: '合计' });
  expect(csv[0]!.slice(0, 3)).toEqual(['code', '地方', '合计']);
  expect(csv).toHaveLength(grid.rows.length + 1);
  const qianshan = csv.find((r) => r[1] === '潜山市')!;
  expect(qianshan[3 + column]).toBe(row!.counts[column]);
});

test('a mechanism neighbourhood becomes canvas elements; the province and date filters keep what lies inside', async () => {
  const rule = EXPANSION_RULES.Mechanism;
  const subgraph = await store.neighborhood({ id: 'mechanism:双报到', depth: rule.depth, labels: rule.labels! });
  const answer: ApiSubgraph = {
    nodes: subgraph.nodes.map(asApi),
    edges: subgraph.relationships.map((r) => ({ id: r.id, type: r.type, source: r.start, target: r.end, properties: JSON.stringify(r.properties) })),
    trimmed: subgraph.trimmed,
  };
  const api = pruneSubgraph(answer, 'mechanism:双报到', rule.via!);
  // Only the mechanism, the practices using it and their places remain; every practice kept uses it.
  expect(new Set(api.edges.map((e) => e.type))).toEqual(new Set(['USES', 'LOCATED_IN']));
  for (const node of api.nodes.filter((n) => n.label === 'Practice')) {
    expect(api.edges.some((e) => e.type === 'USES' && e.source === node.id && e.target === 'mechanism:双报到')).toBe(true);
  }
  expect(api.nodes.length).toBeLessThanOrEqual(answer.nodes.length);
  const elements = toElements(api);
  expect(elements.nodes).toHaveLength(api.nodes.length);
  const nodes = elements.nodes.map((n) => n.data);
  const edges = elements.edges.map((e) => e.data);
  const practices = nodes.filter((n) => n.label === 'Practice');
  expect(practices.length).toBeGreaterThanOrEqual(3);
  for (const n of nodes) expect(Array.from(n.short).length).toBeLessThanOrEqual(12);

  const none = hiddenNodes(nodes, edges, { hide: [], region: '', from: '', to: '' });
  expect(none.size).toBe(0);
  // 安徽 (34): Gansu's 金塔县 and Jilin's 安图县 and their practices go; 双报到 itself stays (Anhui practices use it).
  const anhui = hiddenNodes(nodes, edges, { hide: [], region: '340000', from: '', to: '' });
  const name = (id: string) => nodes.find((n) => n.id === id)!.caption;
  expect([...anhui].map(name)).toEqual(expect.arrayContaining(['金塔县', '安图县']));
  expect(anhui.has('mechanism:双报到')).toBe(false);
  expect([...anhui].some((id) => name(id) === '潜山市')).toBe(false);
  // A practice is placed by its localities on the canvas: every Anhui-shown practice has an Anhui locality.
  for (const p of practices.filter((p) => !anhui.has(p.id))) {
    const places = edges.filter((e) => e.source === p.id && e.type === 'LOCATED_IN').map((e) => nodes.find((n) => n.id === e.target)!);
    expect(places.some((l) => l.code?.startsWith('34'))).toBe(true);
  }
  const dated = practices.filter((p) => p.date !== null);
  expect(dated.length).toBeGreaterThan(0);
  const late = hiddenNodes(nodes, edges, { hide: [], region: '', from: '2023-12-01', to: '' });
  for (const p of dated) expect(late.has(p.id)).toBe(p.date! < '2023-12-01');
  const noLocalities = hiddenNodes(nodes, edges, { hide: ['Locality'], region: '', from: '', to: '' });
  expect([...noLocalities].every((id) => nodes.find((n) => n.id === id)!.label === 'Locality')).toBe(true);
});
