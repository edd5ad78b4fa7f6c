/**
 * What a client gets when it asks too much or asks wrongly, over real HTTP: refused deep and costly queries, clamped
 * pages, clean GraphQL errors (codes, no stack traces, no paths), 413 for large bodies; and the server's other
 * doors — health, static files with the SPA fallback, CORS, the structured request log.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { StoreError } from '../../graph/store/store-error';
import { SERVER_LIMITS } from '../../server/limits/server-limits';
import { runKg } from '../helpers/run-kg';
import { openSampleStore, sampleDataDir, startTestServer, type GraphqlAnswer, type TestServer } from './sample-server';

let store: SqliteStore;
let server: TestServer;

beforeAll(async () => {
  store = await openSampleStore(sampleDataDir());
  server = await startTestServer(store);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

const codes = (answer: GraphqlAnswer) => (answer.errors ?? []).map((error) => error.extensions?.['code']);

function expectNoInternals(answer: GraphqlAnswer): void {
  const text = JSON.stringify(answer);
  expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|\/work\/|node_modules|\/tmp\//);
}

describe('limits', () => {
  test('a query nested deeper than the limit is refused before it runs', async () => {
    const nested = (depth: number): string => (depth === 0 ? 'id' : `similar { practice { ${nested(depth - 1)} } }`);
    const answer = await server.graphql(`{ practice(id: "x") { ${nested(5)} } }`);
    expect(answer.status).toBe(400);
    const depthError = answer.errors?.find((error) => error.extensions?.['limit'] === 'depth');
    expect(depthError?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      max: SERVER_LIMITS.maxDepth,
      found: 12,
    });
  });

  test('a query whose aliases multiply the work beyond the cost limit is refused; one such field is fine', async () => {
    const field = (alias: string) =>
      `${alias}: neighborhood(id: "mechanism:双报到", depth: 3, limit: 2000) { nodes { id caption properties } edges { id } }`;
    const costly = await server.graphql(`{ ${Array.from({ length: 20 }, (_, i) => field(`n${i}`)).join(' ')} }`);
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'cost',
      max: SERVER_LIMITS.maxCost,
    });
    const single = await server.graphql(`{ ${field('one')} }`);
    expect(single.errors).toBeUndefined();
  });

  test('page sizes above the caps are clamped (the page says so); negative ones are bad input', async () => {
    const big = await server.graphql('{ search(text: "党建", limit: 5000) { limit items { score } } }');
    expect((big.data?.['search'] as { limit: number }).limit).toBe(100);
    const negative = await server.graphql('{ localities(offset: -1) { total } }');
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(negative.errors?.[0]?.message).toBe('localities: offset must be 0 or more (got -1)');
  });

  test('a body above the size limit is answered 413 without being read', async () => {
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ search(text: "${'治'.repeat(SERVER_LIMITS.maxBodyBytes / 3 + 10)}") { total } }`,
      }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as GraphqlAnswer).errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('bad input gets a clean GraphQL error', () => {
  test('unknown ids: single lookups answer null, id-rooted reads answer NOT_FOUND', async () => {
    const lookups = await server.graphql(
      '{ node(id: "practice:nope:1") { id } practice(id: "practice:nope:1") { spans { start } } diffusion(mechanism: "没有这个机制") { level } localityPortfolio(code: "999999") { mechanisms { practices } } }',
    );
    expect(lookups.errors).toBeUndefined();
    expect(lookups.data).toEqual({ node: null, practice: null, diffusion: null, localityPortfolio: null });
    for (const query of [
      '{ neighborhood(id: "practice:nope:1") { trimmed } }',
      '{ similarPractices(id: "practice:nope:1") { score } }',
      '{ similarLocalities(code: "999999") { jaccard } }',
    ]) {
      const answer = await server.graphql(query);
      expect(codes(answer)).toEqual(['NOT_FOUND']);
      expect(answer.errors?.[0]?.message).toMatch(/nope|999999/);
    }
  });

  test('a malformed query is GRAPHQL_PARSE_FAILED with its position and no stack trace', async () => {
    const answer = await server.graphql('{ stats { bulletins }');
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.errors?.[0]).toHaveProperty('locations');
    expectNoInternals(answer);
  });

  test('unknown fields, wrong argument types and invalid JSON bodies are refused with their codes', async () => {
    expect(codes(await server.graphql('{ stats { nope } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(
      codes(await server.graphql('query Q($d: Int) { neighborhood(id: "x", depth: $d) { trimmed } }', { d: 'deep' })),
    ).toEqual(['BAD_USER_INPUT']);
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphqlAnswer).errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  test('cypher on the embedded store says how to start Neo4j with docker compose', async () => {
    const answer = await server.graphql('{ cypher(query: "MATCH (n) RETURN count(n)") { columns rows } }');
    expect(codes(answer)).toEqual(['NEO4J_REQUIRED']);
    expect(answer.errors?.[0]?.message).toContain('docker compose up');
    expect(answer.status).toBe(200);
  });

  test('a store failure is STORE_UNAVAILABLE and a bug is INTERNAL_SERVER_ERROR, their details only in the log', async () => {
    const broken = await startTestServer({
      ...store,
      stats: () => Promise.reject(new StoreError('Corrupt', 'open: /var/lib/kg/graph.sqlite is damaged')),
      search: () =>
        Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x') at /srv/kg/server.js:12")),
    });
    try {
      const unavailable = await broken.graphql('{ stats { bulletins } }');
      expect(codes(unavailable)).toEqual(['STORE_UNAVAILABLE']);
      const bug = await broken.graphql('{ search(text: "党建") { total } }');
      expect(bug.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      for (const answer of [unavailable, bug]) expectNoInternals(answer);
      const logged = JSON.stringify(broken.logLines().filter((line) => line['level'] === 'error'));
      expect(logged).toContain('graph.sqlite is damaged');
      expect(logged).toContain("reading 'x'");
      const health = await fetch(`${broken.url}health`);
      expect(health.status).toBe(503);
    } finally {
      await broken.close();
    }
  });
});

describe('health, static files, CORS and logs', () => {
  test('/health reports the store kind and its counts', async () => {
    const response = await fetch(`${server.url}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      store: 'sqlite',
      bulletins: 5,
      practices: 19,
      nodes: { Practice: 19 },
      analyses: { stale: false },
    });
  });

  test('/health says when the analyses are stale; kg start recomputes them before serving', async () => {
    const dataDir = sampleDataDir();
    const reader = await openSampleStore(dataDir);
    const own = await startTestServer(reader);
    try {
      const writer = createSqliteStore({ dataDir });
      await writer.open();
      const [bulletin] = (await writer.exportDocument()).nodes.filter((n) => n.labels[0] === 'Bulletin');
      expect(await writer.deleteBulletin(bulletin!.id)).toBe(true);
      await writer.close();
      const stale = (await (await fetch(`${own.url}health`)).json()) as {
        bulletins: number;
        analyses: { stale: boolean; since?: string };
      };
      expect(stale).toMatchObject({ bulletins: 4, analyses: { stale: true } });
      expect(Date.parse(stale.analyses.since!)).not.toBeNaN();

      const start = runKg(['start', '--no-serve'], { env: { KG_DATA_DIR: dataDir } });
      expect(start.status).toBe(0);
      expect(start.stdout).toMatch(/the analyses were stale since .*: recomputing\nanalyses: \d+ similar pair/);
      expect(await (await fetch(`${own.url}health`)).json()).toMatchObject({
        bulletins: 4,
        analyses: { stale: false },
      });
    } finally {
      await own.close();
      await reader.close();
    }
  }, 120_000);

  test('the web build is served at /, its assets by path, and index.html for client-side routes', async () => {
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('<div id="app">');
    const asset = await fetch(`${server.url}assets/index-abc123.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await (await fetch(`${server.url}practice/practice:abc:1`)).text()).toContain('<div id="app">');
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  test('without a web build, / says the explorer is not built and how to build it', async () => {
    const bare = await startTestServer(store, {
      webDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-noweb-')), 'web'),
    });
    try {
      const page = await (await fetch(bare.url)).text();
      expect(page).toContain('not built');
      expect(page).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });

  test('CORS: no cross-origin headers by default; CORS_ORIGIN origins get them and their preflight', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'http://intranet.example', 'access-control-request-method': 'POST' },
    };
    const closed = await fetch(`${server.url}graphql`, preflight);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestServer(store, { corsOrigin: 'http://intranet.example, http://other.example' });
    try {
      const allowed = await fetch(`${open.url}graphql`, preflight);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://intranet.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
      const stranger = await fetch(`${open.url}graphql`, {
        ...preflight,
        headers: { ...preflight.headers, origin: 'http://evil.example' },
      });
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  test('each request is one JSON log line with its operation, status, time and error codes', async () => {
    await server.graphql('query StatsForLog { stats { bulletins } }');
    await server.graphql('{ neighborhood(id: "nope") { trimmed } }');
    const lines = server.logLines().filter((line) => line['msg'] === 'request' && line['path'] === '/graphql');
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        method: 'POST',
        status: 200,
        operation: 'StatsForLog',
        ms: expect.any(Number),
      }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ operation: '{neighborhood}', errors: ['NOT_FOUND'] }));
  });
});
