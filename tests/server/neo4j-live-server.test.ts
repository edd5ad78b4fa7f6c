/**
 * The server in Neo4j mode against the live Neo4j, beside an embedded server on the same sample bulletins (both
 * ingested with `kg ingest`, analyses included): every domain field answers alike; @neo4j/graphql's generated fields
 * filter, sort, page, count, aggregate and expose relationship properties; no mutation exists; researchers' Cypher
 * answers with stable error codes and no stack traces.
 */
import { createNeo4jStore, type Neo4jGraphStore } from '../../graph/store/neo4j';
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { describeNeo4j } from '../helpers/live-neo4j';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { openSampleStore, sampleDataDir, startTestServer, type GraphqlAnswer, type TestServer } from './sample-server';

const NODE = 'id label caption properties';
const EDGES = 'edges { id type source target properties }';

/** Domain queries the explorer sends, with arguments that reach every field. */
const DOMAIN_QUERIES: [string, string][] = [
  ['stats', '{ stats { bulletins practices nodes { name count } relationships { name count } } }'],
  [
    'search',
    `{ search(text: "双报到", limit: 100) { total offset limit items { label score node { ${NODE} } } } places: search(text: "潜山", labels: [Locality]) { total items { score node { id } } } }`,
  ],
  ['node', `{ node(id: "mechanism:双报到") { ${NODE} } missing: node(id: "nothing") { id } }`],
  [
    'neighborhood',
    `{ neighborhood(id: "mechanism:双报到", depth: 2, limit: 2000) { nodes { ${NODE} } ${EDGES} trimmed } }`,
  ],
  [
    'neighborhood by labels',
    `{ neighborhood(id: "locality:340882", depth: 2, labels: [Practice, Mechanism], limit: 2000) { nodes { id } ${EDGES} trimmed } }`,
  ],
  [
    'localities',
    `{ localities(level: county, limit: 200) { total offset limit items { locality { ${NODE} } practices mechanisms } } }`,
  ],
  [
    'mechanisms',
    `{ mechanisms(limit: 200) { total items { mechanism { ${NODE} } practices localities } } curated: mechanisms(curated: true, limit: 5, offset: 2) { total items { mechanism { id } } } }`,
  ],
  [
    'adoption',
    '{ adoption(level: county) { level localities { code name practices } mechanisms { name practices } cells { localityCode mechanism practices practiceIds } trimmed } }',
  ],
  [
    'adoption filtered',
    '{ adoption(level: city, mechanisms: ["双报到", "信用村"], limitLocalities: 2) { localities { code } mechanisms { name practices } cells { localityCode practices } trimmed } }',
  ],
  [
    'practice',
    `query Practice($id: ID!) { practice(id: $id) { practice { ${NODE} } bulletin { id } localities { id } mechanisms { mechanism { id } evidence start end via page } organizations { organization { id } evidence reportedBy } metrics { ${NODE} } spans { start end kind nodeId label } similar { practice { id } score sharedMechanisms sharedTerms } } }`,
  ],
  [
    'similarPractices',
    'query Similar($id: ID!) { similarPractices(id: $id, limit: 5) { practice { id } score sharedMechanisms sharedTerms } }',
  ],
  [
    'diffusion',
    '{ diffusion(mechanism: "双报到") { mechanism { id } level events { locality { id } firstReported bulletinId practices practiceIds } trimmed } byProvince: diffusion(mechanism: "双报到", level: province) { events { locality { id } practices } } }',
  ],
  [
    'portfolios',
    '{ localityPortfolio(code: "340800") { locality { id } mechanisms { mechanism { id } practices firstReported } } comparePortfolios(a: "340882", b: "340881") { a { id } b { id } shared onlyA onlyB jaccard } similarLocalities(code: "340882", limit: 5) { locality { id } jaccard shared } }',
  ],
  [
    'mechanismFamily',
    '{ mechanismFamily(mechanism: "双报到") { family name members { mechanism { id } practices cooccurrences } } }',
  ],
  [
    'unknown ids',
    '{ practice(id: "practice:nothing") { practice { id } } diffusion(mechanism: "不存在") { trimmed } localityPortfolio(code: "999999") { locality { id } } }',
  ],
];

/**
 * What CONTRACT.md leaves unordered — a neighbourhood's nodes and edges, a practice's organizations — is sorted by id
 * here; everything else (search order and scores included) must match exactly.
 */
function unordered(data: Record<string, unknown>): Record<string, unknown> {
  const byId = (items: unknown[], key: (item: Record<string, unknown>) => unknown) =>
    [...(items as Record<string, unknown>[])].sort((a, b) => (String(key(a)) < String(key(b)) ? -1 : 1));
  const out: Record<string, unknown> = { ...data };
  const neighborhood = out['neighborhood'] as { nodes: unknown[]; edges: unknown[] } | undefined;
  if (neighborhood)
    out['neighborhood'] = {
      ...neighborhood,
      nodes: byId(neighborhood.nodes, (n) => n['id']),
      edges: byId(neighborhood.edges, (e) => e['id']),
    };
  const practice = out['practice'] as { organizations: unknown[] } | null | undefined;
  if (practice)
    out['practice'] = {
      ...practice,
      organizations: byId(practice.organizations, (o) => (o['organization'] as { id: string }).id),
    };
  return out;
}

describeNeo4j('the server in Neo4j mode (live)', (config) => {
  let store: Neo4jGraphStore;
  let server: TestServer;
  let sqlite: SqliteStore;
  let practiceId: string;
  let embedded: TestServer;

  beforeAll(async () => {
    store = createNeo4jStore(config);
    await store.open();
    await store.clear();
    const ingest = runKg(['ingest', 'data/samples', '--store', 'neo4j'], {
      env: {
        NEO4J_URI: config.uri,
        NEO4J_USER: config.user,
        NEO4J_PASSWORD: config.password,
        KG_DATA_DIR: tempDataDir(),
      },
    });
    if (ingest.status !== 0) throw new Error(`kg ingest --store neo4j failed: ${ingest.stderr}`);
    server = await startTestServer(store, { neo4j: config });
    sqlite = await openSampleStore(sampleDataDir());
    embedded = await startTestServer(sqlite);
    // A practice the analyses linked to others: its detail and similar practices are compared.
    const using = await sqlite.neighborhood({ id: 'mechanism:双报到', depth: 1, labels: ['Practice'] });
    const candidates = using.nodes
      .filter((n) => n.labels.includes('Practice'))
      .map((n) => n.id)
      .sort();
    for (const id of candidates)
      if ((await sqlite.similarPractices(id, 1)).length > 0) {
        practiceId = id;
        break;
      }
    if (!practiceId) throw new Error('no sample practice of 双报到 has similar practices');
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await embedded?.close();
    await store?.close();
    await sqlite?.close();
  });

  const ok = async (
    target: TestServer,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Record<string, unknown>> => {
    const answer = await target.graphql(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const codes = (answer: GraphqlAnswer) => answer.errors?.map((e) => e.extensions?.['code']);

  test.each(DOMAIN_QUERIES)('%s answers as on the embedded store', async (_name, query) => {
    expect(unordered(await ok(server, query, { id: practiceId }))).toEqual(
      unordered(await ok(embedded, query, { id: practiceId })),
    );
  });

  test('stats says which store answers and that Cypher is on', async () => {
    expect(await ok(server, '{ stats { store cypherEnabled } }')).toEqual({
      stats: { store: 'neo4j', cypherEnabled: true },
    });
  });

  test('generated fields filter, sort and limit', async () => {
    const data = await ok(
      server,
      '{ practices(where: { title: { contains: "议事" } }, sort: [{ title: ASC }], limit: 3) { id title ordinal } }',
    );
    const practices = data['practices'] as { title: string }[];
    expect(practices.length).toBeGreaterThan(0);
    expect(practices.every((p) => p.title.includes('议事'))).toBe(true);
    expect(practices.map((p) => p.title)).toEqual(
      [...practices.map((p) => p.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const counties = await ok(
      server,
      '{ localityNodes(where: { level: { eq: "county" }, code: { startsWith: "3408" } }, sort: [{ code: DESC }]) { code name level } }',
    );
    const codesOf = (counties['localityNodes'] as { code: string; level: string }[]).map((l) => l.code);
    expect(codesOf).toEqual(expect.arrayContaining(['340882', '340881']));
    expect(codesOf).toEqual([...codesOf].sort().reverse());
  });

  test('…Connection fields count, page and aggregate, and expose relationship properties', async () => {
    const data = await ok(
      server,
      `{ practicesConnection(first: 2, where: { mechanisms: { some: { name: { eq: "双报到" } } } }, sort: [{ title: ASC }]) {
           totalCount pageInfo { hasNextPage endCursor }
           aggregate { count { nodes } node { title { shortest longest } } }
           edges { node { id mechanismsConnection(where: { node: { name: { eq: "双报到" } } }) { edges { properties { evidence start end via } node { name } } } } }
         } }`,
    );
    const connection = data['practicesConnection'] as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean };
      aggregate: { count: { nodes: number }; node: { title: { shortest: string; longest: string } } };
      edges: {
        node: {
          mechanismsConnection: {
            edges: {
              properties: { evidence: string; start: number; end: number; via: string };
              node: { name: string };
            }[];
          };
        };
      }[];
    };
    const users = (await store.mechanisms({ limit: 200 })).items.find((m) => m.mechanism.properties.name === '双报到');
    expect(connection.totalCount).toBeGreaterThanOrEqual(users?.practices ?? 1);
    expect(connection.aggregate.count.nodes).toBe(connection.totalCount);
    expect(connection.edges).toHaveLength(2);
    expect(connection.pageInfo.hasNextPage).toBe(connection.totalCount > 2);
    for (const { node } of connection.edges) {
      const [uses] = node.mechanismsConnection.edges;
      expect(uses?.node.name).toBe('双报到');
      expect(uses?.properties.evidence).toContain('双报到');
      expect(uses!.properties.end).toBeGreaterThan(uses!.properties.start);
    }
    const similar = await ok(
      server,
      '{ practices(limit: 20) { similarToConnection { edges { properties { score sharedTerms } node { id } } } } }',
    );
    const scores = (
      similar['practices'] as { similarToConnection: { edges: { properties: { score: number } }[] } }[]
    ).flatMap((p) => p.similarToConnection.edges.map((e) => e.properties.score));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  test('there are no mutations', async () => {
    const schema = await ok(server, '{ __schema { mutationType { name } } }');
    expect(schema).toEqual({ __schema: { mutationType: null } });
    const mutation = 'mutation { createPractices(input: [{ title: "x" }]) { info { nodesCreated } } }';
    const attempt = await server.graphql(mutation);
    expect(attempt.data ?? null).toBeNull();
    expect(codes(attempt)).toEqual(codes(await embedded.graphql(mutation)));
    expect((await store.stats()).practices).toBe(19);
  });

  test('cypher takes parameters, caps rows, refuses writes with FORBIDDEN and reports errors without stack traces', async () => {
    const cypher =
      'query Cypher($q: String!, $p: String) { cypher(query: $q, params: $p) { columns rows nodes { id label } edges { type source target } truncated } }';
    const found = await ok(server, cypher, {
      q: 'MATCH (p:Practice)-[u:USES]->(m:Mechanism {name: $name}) RETURN p, u LIMIT 2',
      p: JSON.stringify({ name: '双报到' }),
    });
    const result = found['cypher'] as {
      columns: string[];
      rows: string;
      nodes: { label: string }[];
      edges: { type: string; target: string }[];
      truncated: boolean;
    };
    expect(result.columns).toEqual(['p', 'u']);
    expect(JSON.parse(result.rows)).toHaveLength(2);
    expect(result.edges.every((e) => e.type === 'USES' && e.target === 'mechanism:双报到')).toBe(true);
    const many = await ok(server, cypher, { q: 'UNWIND range(1, 5000) AS i RETURN i' });
    expect(many['cypher']).toMatchObject({ truncated: true });
    expect(JSON.parse((many['cypher'] as { rows: string }).rows)).toHaveLength(1000);
    for (const q of [
      'CREATE (n:Practice {id: "x"})',
      'MATCH (n) DETACH DELETE n',
      "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
      'CALL dbms.components()',
    ]) {
      const refused = await server.graphql(cypher, { q });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
    }
    const bad = await server.graphql(cypher, { q: 'MATCH (n) RETRUN n' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    for (const answer of [bad]) {
      expect(JSON.stringify(answer.errors)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+|node_modules/);
    }
    expect((await store.stats()).practices).toBe(19);
  });
});
