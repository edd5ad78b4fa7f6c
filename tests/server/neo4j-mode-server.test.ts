/**
 * The server in Neo4j mode when Neo4j is down: it starts — @neo4j/graphql builds its schema without a database — and
 * every request, domain or generated, answers a clean STORE_UNAVAILABLE instead of crashing; /health says 503. The
 * server against a live Neo4j is tests/server/neo4j-live-server.test.ts.
 */
import { createNeo4jStore } from '../../graph/store/neo4j';
import type { Neo4jStoreConfig } from '../../graph/store/neo4j';
import type { GraphStore } from '../../graph/store/graph-store';
import { startTestServer, type TestServer } from './sample-server';

const config: Neo4jStoreConfig = {
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'unused',
  connectionTimeoutMs: 1_000,
  maxRetryTimeMs: 1_000,
};
let store: GraphStore;
let server: TestServer;

beforeAll(async () => {
  store = createNeo4jStore(config);
  server = await startTestServer(store, { neo4j: config });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

test('domain and generated fields answer STORE_UNAVAILABLE without details; the log names the cause', async () => {
  for (const query of [
    '{ stats { bulletins cypherEnabled } }',
    '{ practices(limit: 1) { title mechanisms { name } } }',
  ]) {
    const answer = await server.graphql(query);
    expect(answer.errors?.map((error) => error.extensions?.['code'])).toEqual(['STORE_UNAVAILABLE']);
    expect(JSON.stringify(answer.errors)).not.toContain('127.0.0.1');
  }
  expect(JSON.stringify(server.logLines().filter((line) => line['level'] === 'error'))).toContain('bolt://127.0.0.1:1');
  expect((await fetch(`${server.url}health`)).status).toBe(503);
}, 60_000);

test('the depth limit applies to the generated fields before any database work', async () => {
  const nested = (depth: number): string =>
    depth === 0 ? 'title' : `mechanisms { practices { ${nested(depth - 1)} } }`;
  const answer = await server.graphql(`{ practices(limit: 1) { ${nested(4)} } }`);
  expect(answer.status).toBe(400);
  expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
});
