/**
 * Every domain query over real HTTP against a server on the sample bulletins (embedded store, read-only as `kg serve`
 * opens it): the answers carry the samples' own practices, mechanisms, localities and evidence.
 */
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { openSampleStore, sampleDataDir, startTestServer, type TestServer } from './sample-server';

let store: SqliteStore;
let server: TestServer;

interface ApiNode {
  id: string;
  label: string;
  caption: string;
  properties: string;
}

const NODE = 'id label caption properties';

beforeAll(async () => {
  store = await openSampleStore(sampleDataDir());
  server = await startTestServer(store);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await server.graphql(query, variables);
  expect(answer.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  return answer.data as T;
}

async function practiceUsing(mechanism: string): Promise<ApiNode> {
  const { search } = await data<{ search: { items: { node: ApiNode }[] } }>(
    `query Find($text: String!) { search(text: $text, labels: [Practice], limit: 5) { items { node { ${NODE} } } } }`,
    { text: mechanism },
  );
  const hit = search.items[0];
  if (!hit) throw new Error(`no practice found for ${mechanism}`);
  return hit.node;
}

test('stats counts the five sample bulletins and their 19 practices, per label and relationship type', async () => {
  const { stats } = await data<{
    stats: {
      store: string;
      cypherEnabled: boolean;
      bulletins: number;
      practices: number;
      nodes: { name: string; count: number }[];
      relationships: { name: string; count: number }[];
    };
  }>('{ stats { store cypherEnabled bulletins practices nodes { name count } relationships { name count } } }');
  expect(stats).toMatchObject({ store: 'sqlite', cypherEnabled: false, bulletins: 5, practices: 19 });
  expect(stats.nodes).toContainEqual({ name: 'Practice', count: 19 });
  expect(stats.relationships.find((r) => r.name === 'USES')?.count).toBeGreaterThan(50);
});

test('search finds 双报到 as a mechanism first, then the practices using it, with JSON properties and captions', async () => {
  const { search } = await data<{
    search: { total: number; limit: number; items: { label: string; score: number; node: ApiNode }[] };
  }>(`{ search(text: "双报到", limit: 5) { total limit items { label score node { ${NODE} } } } }`);
  expect(search.limit).toBe(5);
  expect(search.items[0]).toMatchObject({
    label: 'Mechanism',
    node: { id: 'mechanism:双报到', caption: '双报到', label: 'Mechanism' },
  });
  expect(JSON.parse(search.items[0]?.node.properties ?? '{}')).toMatchObject({ name: '双报到' });
  const practice = search.items.find((item) => item.label === 'Practice');
  expect(practice?.node.caption).toBe(JSON.parse(practice?.node.properties ?? '{}').title);
});

test('node returns one node by id; neighborhood returns it with its edges, within the requested labels', async () => {
  const { node } = await data<{ node: ApiNode }>(`{ node(id: "mechanism:双报到") { ${NODE} } }`);
  expect(node).toMatchObject({ id: 'mechanism:双报到', label: 'Mechanism' });
  const { neighborhood } = await data<{
    neighborhood: {
      nodes: ApiNode[];
      edges: { id: string; type: string; source: string; target: string; properties: string }[];
      trimmed: boolean;
    };
  }>(
    `{ neighborhood(id: "mechanism:双报到", depth: 2, labels: [Practice, Locality], limit: 500) { nodes { ${NODE} } edges { id type source target properties } trimmed } }`,
  );
  expect(neighborhood.nodes.map((n) => n.id)).toContain('mechanism:双报到');
  expect(new Set(neighborhood.nodes.filter((n) => n.id !== 'mechanism:双报到').map((n) => n.label))).toEqual(
    new Set(['Practice', 'Locality']),
  );
  const uses = neighborhood.edges.find((edge) => edge.type === 'USES');
  expect(uses?.target).toBe('mechanism:双报到');
  expect(JSON.parse(uses?.properties ?? '{}').evidence).toContain('双报到');
});

test('localities and mechanisms list what the samples hold, with counts and pages', async () => {
  const { localities } = await data<{
    localities: { total: number; items: { locality: ApiNode; practices: number; mechanisms: number }[] };
  }>(`{ localities(level: county, limit: 50) { total items { locality { ${NODE} } practices mechanisms } } }`);
  const captions = localities.items.map((item) => item.locality.caption);
  expect(captions).toEqual(expect.arrayContaining(['潜山市', '桐城市']));
  expect(localities.items.every((item) => item.practices > 0)).toBe(true);
  const { mechanisms } = await data<{
    mechanisms: {
      total: number;
      offset: number;
      items: { mechanism: ApiNode; practices: number; localities: number }[];
    };
  }>(
    `{ mechanisms(curated: true, offset: 0, limit: 200) { total offset items { mechanism { ${NODE} } practices localities } } }`,
  );
  expect(mechanisms.items.map((item) => item.mechanism.caption)).toContain('双报到');
  expect(mechanisms.items.every((item) => JSON.parse(item.mechanism.properties).curated === true)).toBe(true);
});

test('adoption rolls practices up to counties: 双报到 in 潜山市, with the practices behind each cell', async () => {
  const { adoption } = await data<{
    adoption: {
      level: string;
      localities: { code: string; name: string }[];
      cells: { localityCode: string; mechanism: string; practices: number; practiceIds: string[] }[];
    };
  }>(
    '{ adoption(level: county, mechanisms: ["双报到"]) { level localities { code name practices } mechanisms { name practices } cells { localityCode mechanism practices practiceIds } trimmed } }',
  );
  expect(adoption.level).toBe('county');
  const qianshan = adoption.localities.find((l) => l.name === '潜山市');
  const cell = adoption.cells.find((c) => c.localityCode === qianshan?.code);
  expect(cell).toMatchObject({ mechanism: '双报到' });
  expect(cell?.practiceIds.length).toBe(cell?.practices);
});

test('practice returns the text with evidence spans for its mechanisms, localities and figures, each inside the text', async () => {
  const found = await practiceUsing('双报到');
  const { practice } = await data<{
    practice: {
      practice: ApiNode;
      bulletin: ApiNode;
      localities: ApiNode[];
      mechanisms: { mechanism: ApiNode; evidence: string; start: number; end: number; via: string }[];
      metrics: ApiNode[];
      spans: { start: number; end: number; kind: string; nodeId: string; label: string }[];
      similar: { practice: ApiNode; score: number }[];
    };
  }>(
    `query Practice($id: ID!) { practice(id: $id) {
      practice { ${NODE} } bulletin { ${NODE} } localities { ${NODE} }
      mechanisms { mechanism { ${NODE} } evidence start end via }
      organizations { organization { ${NODE} } evidence reportedBy }
      metrics { ${NODE} } spans { start end kind nodeId label } similar { practice { ${NODE} } score sharedMechanisms sharedTerms } } }`,
    { id: found.id },
  );
  const text = JSON.parse(practice.practice.properties).text as string;
  expect(practice.bulletin.label).toBe('Bulletin');
  const uses = practice.mechanisms.find((m) => m.mechanism.caption === '双报到');
  expect(text.slice(uses?.start, uses?.end)).toContain('双报到');
  for (const kind of ['mechanism', 'locality', 'metric'])
    expect(practice.spans.some((s) => s.kind === kind)).toBe(true);
  for (const span of practice.spans) {
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  const metric = practice.metrics[0];
  const metricProps = JSON.parse(metric?.properties ?? '{}');
  expect(metric?.caption).toBe(
    `${metricProps.value}${typeof metricProps.valueMax === 'number' ? `–${metricProps.valueMax}` : ''}${metricProps.unit}`,
  );
});

test('similarPractices answers with scored practices for a practice the analyses linked to others', async () => {
  const found = await practiceUsing('双报到');
  const { similarPractices } = await data<{
    similarPractices: { practice: ApiNode; score: number; sharedMechanisms: string[] }[];
  }>(
    `query Similar($id: ID!) { similarPractices(id: $id, limit: 5) { practice { ${NODE} } score sharedMechanisms sharedTerms } }`,
    { id: found.id },
  );
  expect(similarPractices.length).toBeGreaterThan(0);
  expect(similarPractices.length).toBeLessThanOrEqual(5);
  for (const similar of similarPractices) {
    expect(similar.practice.label).toBe('Practice');
    expect(similar.practice.id).not.toBe(found.id);
    expect(similar.score).toBeGreaterThan(0);
    expect(similar.score).toBeLessThanOrEqual(1);
  }
});

test('diffusion lists the localities that reported 双报到, earliest first', async () => {
  const { diffusion } = await data<{
    diffusion: {
      mechanism: ApiNode;
      level: string | null;
      events: { locality: ApiNode; firstReported: string | null; bulletinId: string; practiceIds: string[] }[];
    };
  }>(
    `{ diffusion(mechanism: "双报到", level: county) { mechanism { ${NODE} } level events { locality { ${NODE} } firstReported bulletinId practiceIds } trimmed } }`,
  );
  expect(diffusion.mechanism.caption).toBe('双报到');
  expect(diffusion.level).toBe('county');
  expect(diffusion.events.map((e) => e.locality.caption)).toEqual(expect.arrayContaining(['潜山市', '桐城市']));
  const dated = diffusion.events.map((e) => e.firstReported).filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort());
  expect(diffusion.events.every((e) => e.practiceIds.length > 0)).toBe(true);
});

test('locality portfolios: one locality’s mechanisms, a comparison of two, and similar localities', async () => {
  const { localities } = await data<{ localities: { items: { locality: ApiNode }[] } }>(
    `{ localities(level: county) { items { locality { ${NODE} } } } }`,
  );
  const codeOf = (name: string) =>
    JSON.parse(localities.items.find((item) => item.locality.caption === name)?.locality.properties ?? '{}')
      .code as string;
  const [qianshan, tongcheng] = [codeOf('潜山市'), codeOf('桐城市')];
  const { localityPortfolio } = await data<{
    localityPortfolio: { locality: ApiNode; mechanisms: { mechanism: ApiNode; practices: number }[] };
  }>(
    `query P($code: String!) { localityPortfolio(code: $code) { locality { ${NODE} } mechanisms { mechanism { ${NODE} } practices firstReported } } }`,
    { code: qianshan },
  );
  expect(localityPortfolio.locality.caption).toBe('潜山市');
  expect(localityPortfolio.mechanisms.map((m) => m.mechanism.caption)).toContain('双报到');
  const { comparePortfolios } = await data<{
    comparePortfolios: { a: ApiNode; b: ApiNode; shared: string[]; onlyA: string[]; onlyB: string[]; jaccard: number };
  }>(
    `query C($a: String!, $b: String!) { comparePortfolios(a: $a, b: $b) { a { caption } b { caption } shared onlyA onlyB jaccard } }`,
    { a: qianshan, b: tongcheng },
  );
  expect(comparePortfolios.shared).toContain('双报到');
  expect(comparePortfolios.jaccard).toBeCloseTo(
    comparePortfolios.shared.length /
      (comparePortfolios.shared.length + comparePortfolios.onlyA.length + comparePortfolios.onlyB.length),
  );
  const { similarLocalities } = await data<{
    similarLocalities: { locality: ApiNode; jaccard: number; shared: string[] }[];
  }>(`query S($code: String!) { similarLocalities(code: $code, limit: 5) { locality { ${NODE} } jaccard shared } }`, {
    code: qianshan,
  });
  expect(similarLocalities.map((s) => s.locality.caption)).toContain('桐城市');
  expect(similarLocalities.every((s) => s.locality.caption !== '潜山市' && s.jaccard > 0)).toBe(true);
});

test('mechanismFamily answers the analysed family that contains the mechanism, and null for an unknown one', async () => {
  const { mechanismFamily } = await data<{
    mechanismFamily: {
      family: number;
      name: string;
      members: { mechanism: ApiNode; practices: number; cooccurrences: number }[];
    } | null;
  }>(
    `{ mechanismFamily(mechanism: "双报到") { family name members { mechanism { ${NODE} } practices cooccurrences } } }`,
  );
  expect(mechanismFamily?.members.map((m) => m.mechanism.caption)).toContain('双报到');
  expect(mechanismFamily?.members.every((m) => m.practices > 0)).toBe(true);
  const unknown = await data<{ mechanismFamily: unknown }>('{ mechanismFamily(mechanism: "没有这个机制") { name } }');
  expect(unknown.mechanismFamily).toBeNull();
});
