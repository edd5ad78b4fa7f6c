/**
 * The bounds on work, on the sample store over real HTTP: operations priced by what the store does (their arguments,
 * not their selection), the request deadline (no root field starts after it), the admission gate (503 with
 * Retry-After beyond its slots and queue, slots given back), and the response size cap.
 */
import { buildASTSchema, getOperationAST, parse } from 'graphql';
import net from 'net';
import type { SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { StoreError } from '../../graph/store/store-error';
import type { ApiContext } from '../../server/api-context';
import { createRootFieldTurns } from '../../server/limits/root-field-turns';
import { operationCost } from '../../server/limits/operation-cost';
import { guardResolvers } from '../../server/resolvers/guard-resolvers';
import { schemaSize } from '../../server/limits/schema-size';
import { SERVER_LIMITS } from '../../server/limits/server-limits';
import { readSchemaSdl } from '../../server/schema/schema-sdl';
import { stripNeo4jDirectives } from '../../server/schema/strip-neo4j-directives';
import { openSampleStore, sampleDataDir, startTestServer } from './sample-server';

const schema = buildASTSchema(stripNeo4jDirectives(parse(readSchemaSdl())));

function cost(query: string, variables?: Record<string, unknown>): number | undefined {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operationCost({ schema, document, operation, ...(variables ? { variables } : {}), limits: SERVER_LIMITS })
    .cost;
}

describe('prices', () => {
  test('a neighbourhood costs its node limit times its depth, whatever is selected below it', () => {
    const full = cost(
      '{ neighborhood(id: "x", depth: 3, limit: 2000) { nodes { id label caption properties } edges { id type source target properties } trimmed } }',
    );
    expect(full).toBe(6_000);
    expect(cost('{ neighborhood(id: "x", depth: 3, limit: 2000) { trimmed } }')).toBe(full);
    expect(cost('{ neighborhood(id: "x") { trimmed } }')).toBe(500);
    // Above the caps an argument is priced at the cap, as the resolver clamps it.
    expect(cost('{ neighborhood(id: "x", depth: 9, limit: 90000) { trimmed } }')).toBe(6_000);
  });

  test('variables are priced at their values; search and listings by their page, adoption by rows × columns', () => {
    expect(
      cost('query Q($limit: Int) { neighborhood(id: "x", depth: 2, limit: $limit) { trimmed } }', { limit: 1000 }),
    ).toBe(2_000);
    expect(cost('{ search(text: "党建", limit: 20) { total } }')).toBe(200);
    expect(cost('{ localities(limit: 200) { total } }')).toBe(400);
    expect(cost('{ adoption(level: county, limitLocalities: 200, limitMechanisms: 60) { trimmed } }')).toBe(1_200);
    expect(cost('{ adoption(level: county) { trimmed } }')).toBe(15_000);
  });

  test('aliases add up; introspection costs the size of what it returns', () => {
    expect(cost('{ a: search(text: "a") { total } b: search(text: "b") { total } }')).toBe(400);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(schemaSize(schema));
    expect(cost('{ __type(name: "Query") { fields { name } } }')).toBe(SERVER_LIMITS.introspectionTypeCost);
  });

  test('variables that do not fit are left to execution, which refuses them', () => {
    expect(cost('query Q($d: Int) { neighborhood(id: "x", depth: $d) { trimmed } }', { d: 'deep' })).toBe(0);
  });
});

describe('guarded root fields', () => {
  test("once the signal fired no root field starts, and a store that stopped on it answers with the signal's reason", async () => {
    const controller = new AbortController();
    const context = {
      requestLog: { errorCodes: [] },
      admission: {},
      signal: controller.signal,
      turns: createRootFieldTurns(1),
    } as ApiContext;
    const started: string[] = [];
    const resolvers = guardResolvers({
      first: async () => {
        started.push('first');
        controller.abort(new StoreError('Timeout', 'deadline'));
        return 1;
      },
      second: async () => started.push('second'),
      stopped: async (_source: unknown, _args: never, own: ApiContext) => {
        (own as ApiContext & { controller: AbortController }).controller.abort(new StoreError('Timeout', 'deadline'));
        throw new StoreError('Aborted', 'the store stopped');
      },
    });
    const run = (name: string) =>
      Promise.resolve(resolvers[name]?.(undefined, undefined as never, context, undefined as never)).catch(
        (error: unknown) => error,
      );
    const [first, second] = await Promise.all([run('first'), run('second')]);
    expect(started).toEqual(['first']);
    // The first read finished after the signal fired: its result is not kept either.
    for (const outcome of [first, second]) expect(outcome).toMatchObject({ code: 'Timeout' });
    const stopping = new AbortController();
    const live = { ...context, controller: stopping, signal: stopping.signal, turns: createRootFieldTurns(1) };
    expect(
      await Promise.resolve(resolvers['stopped']?.(undefined, undefined as never, live, undefined as never)).catch(
        (error: unknown) => error,
      ),
    ).toMatchObject({ code: 'Timeout' });
  });
});

describe('over HTTP', () => {
  let store: SqliteStore;

  beforeAll(async () => {
    store = await openSampleStore(sampleDataDir());
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  test('a request past its deadline is answered TIMEOUT without starting anything', async () => {
    const server = await startTestServer(store, { limits: { requestDeadlineMs: 100 } });
    try {
      // The body comes 300 ms after the headers: the deadline passes while it is read.
      const body = JSON.stringify({
        query: '{ a: node(id: "mechanism:双报到") { id } b: mechanismFamily(mechanism: "双报到") { name } }',
      });
      const url = new URL(server.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(url.port), url.hostname, () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n`,
          );
          setTimeout(() => socket.write(body), 300);
        });
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      const json = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as {
        data?: unknown;
        errors: { extensions: { code: string } }[];
      };
      expect(answer.startsWith('HTTP/1.1 503')).toBe(true);
      expect(json.errors.map((error) => error.extensions.code)).toEqual(['TIMEOUT']);
      expect(json.data).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  test('beyond its slots and queue the gate answers 503 with Retry-After at once, and gives its slots back', async () => {
    const server = await startTestServer(store, { limits: { heavyConcurrency: 1, queueLength: 0 } });
    try {
      const heavy = '{ neighborhood(id: "mechanism:双报到", depth: 3, limit: 2000) { nodes { id } } }';
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(`${server.url}graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: heavy }),
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses).toContain(200);
      expect(statuses).toContain(503);
      const busy = answers.find((answer) => answer.status === 503);
      expect(Number(busy?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await busy?.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVER_BUSY' } }] });
      await Promise.all(answers.map((answer) => answer.text().catch(() => '')));
      expect((await server.graphql(heavy)).status).toBe(200);
      const health = (await (await fetch(`${server.url}health`)).json()) as { heavy: unknown };
      expect(health.heavy).toEqual({ running: 0, queued: 0 });
    } finally {
      await server.close();
    }
  });

  test('an answer over the response cap is refused with RESPONSE_TOO_LARGE instead', async () => {
    const server = await startTestServer(store, { limits: { maxResponseBytes: 2_000 } });
    try {
      const answer = await server.graphql('{ search(text: "党建", limit: 50) { items { node { properties } } } }');
      expect(answer.status).toBe(400);
      expect(answer.errors?.map((error) => error.extensions?.['code'])).toEqual(['RESPONSE_TOO_LARGE']);
      expect((await server.graphql('{ stats { bulletins } }')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  test('mutations and subscriptions are refused with 400 OPERATION_NOT_SUPPORTED, and nothing lands in the error log', async () => {
    const server = await startTestServer(store);
    try {
      for (const operation of ['mutation { stats { bulletins } }', 'subscription { stats { bulletins } }']) {
        const answer = await server.graphql(operation);
        expect(answer.status).toBe(400);
        expect(answer.errors?.map((error) => error.extensions?.['code'])).toEqual(['OPERATION_NOT_SUPPORTED']);
      }
      expect(server.logLines().filter((line) => line['level'] === 'error')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
