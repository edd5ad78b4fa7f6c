/**
 * Queries of a bad shape against a real `kg serve` on ≥ 1,000 bulletins: too deep, too wide, fragments that multiply,
 * too many directives, bodies over the cap (also a large one streamed), batches, mutations and subscriptions. Each gets
 * its stable code before any work is done (or, for an answer over the response cap, instead of it); the server stays
 * up, /health answers every poll within 1 s, memory stays bounded, and no answer shows a stack or a path.
 */
import http from 'http';
import type { ServeProcess } from '../../../bench/serve-process';
import { SERVER_LIMITS } from '../../../server/limits/server-limits';
import {
  errorCodes,
  expectNoInternals,
  expectServerHeld,
  postGraphql,
  request,
  startAbuseServer,
  watchHealth,
  type HealthRecord,
} from './abuse-server';

let server: ServeProcess;
let health: { stop(): Promise<HealthRecord> };

beforeAll(async () => {
  server = await startAbuseServer();
  health = watchHealth(server);
}, 600_000);

afterAll(async () => {
  // Also when the last test was filtered out: the watcher must not poll a stopped server forever.
  await health?.stop();
  await server?.stop();
});

const limitOf = (text: string) =>
  (JSON.parse(text) as { errors: { extensions: { limit?: string } }[] }).errors[0]?.extensions.limit;

test('a query nested past the depth limit is refused', async () => {
  const nested = (depth: number): string => (depth === 0 ? 'id' : `similar { practice { ${nested(depth - 1)} } }`);
  const answer = await postGraphql({ server, query: `{ practice(id: "x") { ${nested(6)} } }` });
  expect(answer.status).toBe(400);
  expect(limitOf(answer.text)).toBe('depth');
  expectNoInternals(answer.text);
});

test('a wide query — every node property asked thirty times over the largest neighbourhood — is refused by the response cap', async () => {
  const wide = Array.from({ length: SERVER_LIMITS.maxAliases }, (_, i) => `p${i}: properties`).join(' ');
  const answer = await postGraphql({
    server,
    query: `{ neighborhood(id: "mechanism:双报到", depth: 3, limit: 2000) { nodes { ${wide} } } }`,
  });
  expect(answer.status).toBe(400);
  expect(errorCodes(answer.text)).toEqual(['RESPONSE_TOO_LARGE']);
  expectNoInternals(answer.text);
}, 60_000);

test('fragments that spread each other twice over (a few hundred tokens, 2^16 fields once expanded) are refused by their cost', async () => {
  const depth = 16;
  const fragments = Array.from(
    { length: depth },
    (_, i) => `fragment F${i} on GraphNode { id ...F${i + 1} ... on GraphNode { ...F${i + 1} } }`,
  );
  const query = `{ node(id: "x") { ...F0 } }\n${fragments.join('\n')}\nfragment F${depth} on GraphNode { id }`;
  const answer = await postGraphql({ server, query });
  expect(answer.status).toBe(400);
  expect(limitOf(answer.text)).toBe('cost');
  expect(answer.ms).toBeLessThan(5_000);
  expectNoInternals(answer.text);
});

test('too many directives are refused', async () => {
  const answer = await postGraphql({
    server,
    query: `{ stats { bulletins ${'@include(if: true) '.repeat(SERVER_LIMITS.maxDirectives + 1)} } }`,
  });
  expect(answer.status).toBe(400);
  expect(limitOf(answer.text)).toBe('directives');
});

test('bodies over the cap are refused with 413, also a large one streamed, without being kept', async () => {
  const big = await request(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ search(text: "${'治'.repeat(SERVER_LIMITS.maxBodyBytes / 3 + 10)}") { total } }`,
    }),
  });
  expect(big.status).toBe(413);
  expect(errorCodes(big.text)).toEqual(['PAYLOAD_TOO_LARGE']);
  // 200 MB announced as chunked (no content-length), streamed until the server answers 413 and closes the
  // connection; the client may see the close (a broken pipe) before it reads the answer.
  const streamed = await new Promise<number | 'cut'>((resolve) => {
    const req = http.request(
      `${server.url}graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', () => resolve('cut'));
    const chunk = Buffer.alloc(1 << 20, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < 200 && !req.destroyed && req.write(chunk)) sent++;
      if (sent < 200 && !req.destroyed) req.once('drain', pump);
    };
    pump();
  });
  expect([413, 'cut']).toContain(streamed);
  expect(server.child.exitCode).toBeNull();
}, 60_000);

test('batches, mutations and subscriptions are refused with their codes', async () => {
  const batch = await request(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(Array.from({ length: 500 }, () => ({ query: '{ stats { bulletins } }' }))),
  });
  expect(batch.status).toBe(400);
  expectNoInternals(batch.text);
  for (const operation of ['mutation { stats { bulletins } }', 'subscription { stats { bulletins } }']) {
    const answer = await postGraphql({ server, query: operation });
    expect(answer.status).toBe(400);
    expect(errorCodes(answer.text)).toEqual(['OPERATION_NOT_SUPPORTED']);
    expectNoInternals(answer.text);
  }
  const viaGet = await request(`${server.url}graphql?query=${encodeURIComponent('mutation { stats { bulletins } }')}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  expect(viaGet.status).toBe(405);
});

test('after all of it the server held', async () => {
  await expectServerHeld(server, await health.stop());
}, 30_000);
