/**
 * The explorer's pure presenters on the store's real answers for the sample bulletins: evidence highlighting of a
 * practice's text, the adoption heatmap grid and its CSV, a grouped view as canvas elements, and the canvas filters.
 */
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { presentGroupedView } from '../../server/presenters/views';
import { adoptionTable } from '../../server/views/adoption-table';
import { mechanismView } from '../../server/views/mechanism-view';
import type { GroupedView } from '../../web/src/api/types';
import { groupedPart } from '../../web/src/graph/to-elements';
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

test('the adoption grid at county level has 潜山市 × 双报到 > 0, orders rows, fades cells outside a period and writes a CSV', async () => {
  const columns = (await store.mechanisms({ limit: 40 })).items.map((m) => String(m.mechanism.properties['name']));
  const table = await adoptionTable({
    store,
    request: { level: 'county', mechanisms: columns, region: null, limitLocalities: 200 },
  });
  const grid = adoptionGrid(table, { sort: 'total' });
  const column = grid.columns.findIndex((c) => c.name === '双报到');
  const row = grid.rows.find((r) => r.name === '潜山市')!;
  expect(column).toBeGreaterThanOrEqual(0);
  const cell = row.cells[column]!;
  expect(cell.count).toBeGreaterThan(0);
  expect(cell.practiceIds.length).toBe(cell.count);
  expect(cell.firstReported).toBe('2023-12-12');
  expect(grid.max).toBe(Math.max(...grid.rows.flatMap((r) => r.cells.map((c) => c.count))));
  for (let i = 1; i < grid.rows.length; i++)
    expect(grid.rows[i - 1]!.total).toBeGreaterThanOrEqual(grid.rows[i]!.total);
  // A row's total is its distinct practices: never more than the sum of its cells, never less than its largest cell.
  for (const r of grid.rows) {
    expect(r.total).toBeLessThanOrEqual(r.cells.reduce((sum, c) => sum + c.count, 0));
    expect(r.total).toBeGreaterThanOrEqual(Math.max(...r.cells.map((c) => c.count)));
  }
  const byColumn = adoptionGrid(table, { sort: 'm:双报到' });
  expect(byColumn.rows[0]!.cells[column]!.count).toBe(Math.max(...grid.rows.map((r) => r.cells[column]!.count)));
  const byName = adoptionGrid(table, { sort: 'name' }).rows.map((r) => r.name);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  const before = adoptionGrid(table, { sort: 'total', period: { from: '', to: '2023-06-30' } });
  expect(before.rows.find((r) => r.name === '潜山市')!.cells[column]!.inPeriod).toBe(false);

  const csv = adoptionCsvRows(grid, { code: 'code', name: '地方', total: '合计', columnTotal: '列合计' });
  expect(csv[0]!.slice(0, 3)).toEqual(['code', '地方', '合计']);
  expect(csv).toHaveLength(grid.rows.length + 2);
  expect(csv[csv.length - 1]![1]).toBe('列合计');
  const qianshan = csv.find((r) => r[1] === '潜山市')!;
  expect(qianshan[3 + column]).toBe(cell.count);
});

test('the 双报到 view groups its practices by place; expanded places tie each drawn practice to its place; filters keep what lies inside', async () => {
  const grouped = await mechanismView({
    store,
    request: { mechanism: '双报到', level: 'county', expand: [], practiceLimit: 100 },
  });
  const codes = grouped!.nodes.filter((n) => n.group).map((n) => String(n.node.properties['code']));
  expect(codes).toEqual(expect.arrayContaining(['340882', '620921']));
  const view = (await mechanismView({
    store,
    request: { mechanism: '双报到', level: 'county', expand: codes, practiceLimit: 100 },
  }))!;
  const part = groupedPart(presentGroupedView(view) as GroupedView);
  const nodes = part.nodes;
  const edges = part.edges;
  const practices = nodes.filter((n) => n.label === 'Practice');
  expect(practices.length).toBe(view.shownPractices);
  expect(view.groupedPractices).toBe(view.practices - view.shownPractices);
  for (const p of practices) {
    expect(
      edges.some(
        (e) =>
          e.source === p.id &&
          (e.type === 'LOCATED_IN' || e.type === 'LOCATED_WITHIN') &&
          nodes.find((n) => n.id === e.target)?.group,
      ),
    ).toBe(true);
    expect(edges.some((e) => e.source === p.id && e.type === 'USES' && e.target === 'mechanism:双报到')).toBe(true);
  }
  for (const n of nodes) expect(Array.from(n.short).length).toBeLessThanOrEqual(12);

  expect(hiddenNodes({ nodes, edges }, { hide: [], region: '', from: '', to: '' }).size).toBe(0);
  // 安徽 (34): Gansu's 金塔县 and Jilin's 安图县 and their practices go; 双报到 itself stays.
  const anhui = hiddenNodes({ nodes, edges }, { hide: [], region: '340000', from: '', to: '' });
  const name = (id: string) => nodes.find((n) => n.id === id)!.caption;
  expect([...anhui].map(name)).toEqual(expect.arrayContaining(['金塔县', '安图县']));
  expect(anhui.has('mechanism:双报到')).toBe(false);
  expect([...anhui].some((id) => name(id) === '潜山市')).toBe(false);
  // A period: practices reported before it go; places first reported after its end go; undated ones stay unless asked.
  const dated = practices.filter((p) => p.date !== null);
  expect(dated.length).toBeGreaterThan(0);
  const late = hiddenNodes({ nodes, edges }, { hide: [], region: '', from: '2023-12-01', to: '' });
  for (const p of dated) expect(late.has(p.id)).toBe(p.date! < '2023-12-01');
  const early = hiddenNodes({ nodes, edges }, { hide: [], region: '', from: '', to: '2023-06-30' });
  for (const place of nodes.filter((n) => n.group && n.date !== null))
    expect(early.has(place.id)).toBe(place.date! > '2023-06-30');
  const undated = nodes.filter((n) => n.group && n.date === null);
  for (const place of undated) expect(early.has(place.id)).toBe(false);
  const strict = hiddenNodes({ nodes, edges }, { hide: [], region: '', from: '', to: '2023-06-30', hideUndated: true });
  for (const place of undated) expect(strict.has(place.id)).toBe(true);
  const noLocalities = hiddenNodes({ nodes, edges }, { hide: ['Locality'], region: '', from: '', to: '' });
  expect([...noLocalities].every((id) => nodes.find((n) => n.id === id)!.label === 'Locality')).toBe(true);
});
