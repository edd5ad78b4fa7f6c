/**
 * The explorer's research views built from port reads (server/views/), on the sample bulletins: a mechanism's places
 * with counts that add up, a locality's mechanisms, the spread of a mechanism and of its family, pairwise
 * co-occurrence checked against each practice's own mechanisms, the adoption table of a region with first reports,
 * places and dates of hits, traditional-script search, and bulletins never shown by a server path.
 */
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { nodeCaption, presentNode } from '../../server/presenters/graph-elements';
import { sourceName } from '../../server/presenters/source-name';
import { searchText } from '../../server/resolvers/search-text';
import { adoptionTable } from '../../server/views/adoption-table';
import { cooccurrence } from '../../server/views/cooccurrence';
import { localityView } from '../../server/views/locality-view';
import { mechanismView } from '../../server/views/mechanism-view';
import { nodeContexts } from '../../server/views/node-contexts';
import { spread } from '../../server/views/spread';
import { sampleStore } from '../web/sample-store';

let store: SqliteStore;

beforeAll(async () => {
  store = await sampleStore();
}, 120_000);

afterAll(async () => {
  await store?.close();
});

test('a mechanism opens as its adopting places at a level, each with the diffusion’s count and first report', async () => {
  const diffusion = (await store.diffusion({ mechanism: '双报到', level: 'city' }))!;
  const view = (await mechanismView({
    store,
    request: { mechanism: '双报到', level: 'city', expand: [], practiceLimit: 1000 },
  }))!;
  const groups = view.nodes.filter((n) => n.group);
  expect(groups.map((g) => [g.node.id, g.practices, g.firstReported])).toEqual(
    diffusion.events.map((e) => [e.locality.id, e.practices, e.firstReported]),
  );
  expect(view.shownPractices).toBe(0);
  expect(view.groupedPractices).toBe(view.practices);
  expect(view.groupedIn).toBe(groups.length);
  expect(view.relationships.filter((r) => r.type === 'ADOPTS')).toHaveLength(groups.length);
  expect(new Set(diffusion.events.flatMap((e) => e.practiceIds)).size).toBe(view.practices);
});

test('expanding a place draws its practices, each tied to the place and the mechanism; the budget caps what is drawn', async () => {
  const view = (await mechanismView({
    store,
    request: { mechanism: '双报到', level: 'city', expand: ['340800'], practiceLimit: 1000 },
  }))!;
  const anqing = view.nodes.find((n) => n.node.properties['code'] === '340800')!;
  expect(anqing.expanded).toBe(true);
  const practices = view.nodes.filter((n) => n.node.labels[0] === 'Practice');
  expect(practices).toHaveLength(anqing.practices!);
  for (const p of practices) {
    expect(
      view.relationships.some((r) => r.start === p.node.id && r.end === anqing.node.id && r.type === 'LOCATED_WITHIN'),
    ).toBe(true);
    expect(p.places.length).toBeGreaterThan(0);
    expect(p.firstReported).not.toBeNull();
  }
  const capped = (await mechanismView({
    store,
    request: { mechanism: '双报到', level: 'city', expand: ['340800'], practiceLimit: 1 },
  }))!;
  expect(capped.shownPractices).toBe(1);
  expect(capped.groupedPractices).toBe(capped.practices - 1);
  expect(
    await mechanismView({ store, request: { mechanism: '没有的机制', level: 'city', expand: [], practiceLimit: 10 } }),
  ).toBeNull();
});

test('a locality opens as its portfolio’s mechanisms; an expanded mechanism draws the locality’s practices using it', async () => {
  const portfolio = (await store.localityPortfolio('340882'))!;
  const view = (await localityView({ store, request: { code: '340882', expand: ['双报到'], practiceLimit: 100 } }))!;
  const groups = view.nodes.filter((n) => n.group);
  expect(groups.map((g) => [g.node.id, g.practices])).toEqual(
    portfolio.mechanisms.map((m) => [m.mechanism.id, m.practices]),
  );
  const drawn = view.nodes.filter((n) => n.node.labels[0] === 'Practice');
  expect(drawn).toHaveLength(groups.find((g) => g.node.id === 'mechanism:双报到')!.practices!);
  for (const p of drawn)
    expect(
      view.relationships.some((r) => r.type === 'USES' && r.start === p.node.id && r.end === 'mechanism:双报到'),
    ).toBe(true);
  const listed = (await store.localities({ level: 'county', limit: 200 })).items.find(
    (i) => i.locality.properties['code'] === '340882',
  )!;
  expect(view.practices).toBe(listed.practices);
});

test('the spread of a mechanism is its diffusion; a family’s counts each practice once per place', async () => {
  const one = (await spread({ store, request: { mechanism: '双报到', family: false, level: 'county' } }))!;
  const diffusion = (await store.diffusion({ mechanism: '双报到', level: 'county' }))!;
  expect(one.places.map((p) => [p.code, p.practices, p.firstReported])).toEqual(
    diffusion.events.map((e) => [e.locality.properties['code'], e.practices, e.firstReported]),
  );
  const family = await store.mechanismFamily('双报到');
  const all = (await spread({ store, request: { mechanism: '双报到', family: true, level: 'county' } }))!;
  if (!family) return expect(all.familyName).toBeNull();
  expect(all.familyName).toBe(family.name);
  expect(all.mechanisms.length).toBe(family.members.length);
  const matrix = await store.adoption({
    level: 'county',
    mechanisms: all.mechanisms,
    limitMechanisms: all.mechanisms.length,
  });
  for (const place of all.places)
    expect(place.practices).toBe(matrix.localities.find((l) => l.code === place.code)!.practices);
});

test('co-occurrence counts the practices using both mechanisms, as each practice’s own mechanisms say', async () => {
  const result = (await cooccurrence({ store, mechanism: '双报到', limit: 200 }))!;
  expect(result.complete).toBe(true);
  const practices = (
    await store.neighborhood({ id: 'mechanism:双报到', depth: 1, labels: ['Practice'], limit: 2000 })
  ).nodes.filter((n) => n.labels[0] === 'Practice');
  const expected = new Map<string, number>();
  for (const p of practices) {
    for (const use of (await store.practice(p.id))!.mechanisms) {
      const name = String(use.mechanism.properties['name']);
      if (name !== '双报到') expected.set(name, (expected.get(name) ?? 0) + 1);
    }
  }
  expect(result.practices).toBe(practices.length);
  expect(new Map(result.items.map((i) => [String(i.mechanism.properties['name']), i.practices]))).toEqual(expected);
});

test('the adoption table of a region keeps its rows inside it and gives each cell its first report', async () => {
  const table = await adoptionTable({
    store,
    request: { level: 'county', mechanisms: ['双报到', '红色物业'], region: '340000', limitLocalities: 100 },
  });
  expect(table.localities.length).toBeGreaterThan(0);
  for (const row of table.localities) expect(row.code.startsWith('34')).toBe(true);
  const qianshan = table.cells.find((c) => c.localityCode === '340882' && c.mechanism === '双报到')!;
  expect(qianshan.firstReported).toBe('2023-12-12');
  const everywhere = await adoptionTable({
    store,
    request: { level: 'county', mechanisms: ['双报到'], region: null, limitLocalities: 100 },
  });
  expect(everywhere.localities.some((l) => !l.code.startsWith('34'))).toBe(true);
});

test('hits carry their places and dates: a practice’s localities and bulletin date, a locality’s parent', async () => {
  const practice = (await store.search({ text: '做实党员', labels: ['Practice'], limit: 1 })).items[0]!.node;
  const [context, place] = await nodeContexts({ store, ids: [practice.id, 'locality:340882'] });
  expect(context!.places).toContain('潜山市');
  expect(context!.date).toBe('2023-12-12');
  expect(place!.places).toEqual(['安庆市']);
});

test('traditional script and full-width text are searched as simplified', async () => {
  expect(searchText('紅色物業')).toBe('红色物业');
  expect(searchText('雙報到')).toBe('双报到');
  expect(searchText('ＡＢＣ１２')).toBe('ABC12');
  const page = await store.search({ text: searchText('雙報到'), limit: 5 });
  expect(page.items[0]!.node.id).toBe('mechanism:双报到');
});

test('a bulletin is never shown by a server path; figures are captioned as printed', () => {
  expect(sourceName('/srv/corpus/2023/安庆组工信息37.txt')).toBe('安庆组工信息37.txt');
  expect(sourceName('C:\\corpus\\a.pdf')).toBe('a.pdf');
  expect(sourceName('data/samples/a.txt')).toBe('data/samples/a.txt');
  expect(sourceName('../../etc/a.txt')).toBe('etc/a.txt');
  const bulletin = presentNode({
    id: 'bulletin:x',
    labels: ['Bulletin'],
    properties: { title: null, source: '/home/me/files/x.txt', issue: null },
  });
  expect(bulletin.caption).toBe('x.txt');
  expect(JSON.parse(bulletin.properties).source).toBe('x.txt');
  expect(nodeCaption('Metric', { value: 1800, unit: '次', text: '1800余次', approximate: true })).toBe('1800余次');
});
