/**
 * Many clients at once against a real `kg serve` on ≥ 1,000 bulletins. The disconnect storm of the issue: 200 clients
 * send the explorer's request for 双报到 (its grouped view) and hang up — the server must not work through their abandoned requests
 * (the issue saw ~85 s of it, /health down). And clients that do wait: each gets its answer or, beyond the capacity
 * for heavy reads, a 503 with Retry-After at once. /health, polled on new connections, answers every poll within 1 s
 * throughout — also while 50 clients on new connections wait for heavy answers: Node accepts one connection per
 * event-loop pass, and the server yields every 10 ms of store work (server/limits/paced-reads.ts; 2.5–7.8 s before).
 */
import net from 'net';
import type { ServeProcess } from '../../../bench/serve-process';
import { openHitBody } from '../../../bench/explorer-queries';
import {
  expectNoInternals,
  expectServerHeld,
  postGraphql,
  request,
  startAbuseServer,
  watchHealth,
} from './abuse-server';

let server: ServeProcess;
const hit = { id: 'mechanism:双报到', label: 'Mechanism', key: '双报到' };
/** The explorer's 双报到 view with every place expanded: the heaviest view a researcher opens (set in beforeAll). */
let body = '';
let explorerRequest: { query: string; variables: Record<string, unknown> };

interface ViewAnswer {
  data: { mechanismView: { nodes: { group: boolean; node: { properties: string } }[] } };
}

beforeAll(async () => {
  server = await startAbuseServer();
  const grouped = JSON.parse(openHitBody(hit)) as typeof explorerRequest;
  const answer = JSON.parse(
    (await postGraphql({ server, query: grouped.query, variables: grouped.variables })).text,
  ) as ViewAnswer;
  const places = answer.data.mechanismView.nodes
    .filter((n) => n.group)
    .map((n) => (JSON.parse(n.node.properties) as { code: string }).code);
  body = openHitBody(hit, places);
  explorerRequest = JSON.parse(body) as typeof explorerRequest;
}, 600_000);

afterAll(async () => {
  await server?.stop();
});

/** Sends the query on a raw connection and closes it at once, without reading anything. */
function sendAndHangUp(url: URL): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.end(
        `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      socket.destroy();
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

interface LogLine {
  msg?: string;
  path?: string;
  operation?: string;
  status?: number;
  aborted?: boolean;
  errors?: string[];
}

function requestLines(log: string): LogLine[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.msg === 'request' && line.path === '/graphql');
}

test('the explorer query answers on this store (the storm asks for real work)', async () => {
  const answer = await postGraphql({ server, query: explorerRequest.query, variables: explorerRequest.variables });
  expect(answer.status).toBe(200);
  expect((JSON.parse(answer.text) as ViewAnswer).data.mechanismView.nodes.length).toBeGreaterThan(100);
}, 60_000);

test('200 clients send the explorer’s 双报到 view and hang up: their requests are dropped, not worked through', async () => {
  const before = requestLines(server.stderr()).length;
  const health = watchHealth(server);
  await Promise.all(Array.from({ length: 200 }, () => sendAndHangUp(new URL(server.url))));
  // The server is idle again soon: no abandoned request is running or waiting.
  let heavy = { running: -1, queued: -1 };
  for (let tries = 0; tries < 50 && (heavy.running !== 0 || heavy.queued !== 0); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    heavy = (JSON.parse((await request(`${server.url}health`)).text) as { heavy: typeof heavy }).heavy;
  }
  expect(heavy).toEqual({ running: 0, queued: 0 });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await expectServerHeld(server, await health.stop());

  const storm = requestLines(server.stderr()).slice(before);
  expect(storm.length).toBeGreaterThan(150);
  // Answered in full only while a client had not yet gone; the others were dropped, refused or stopped before reading.
  const workedThrough = storm.filter((line) => line.status === 200 && !line.aborted && !line.errors);
  expect(workedThrough.length).toBeLessThan(20);
  const fresh = await postGraphql({ server, query: explorerRequest.query, variables: explorerRequest.variables });
  expect(fresh.status).toBe(200);
}, 120_000);

test('50 clients that wait get their answer or a 503 with Retry-After at once, and /health answers within 1 s', async () => {
  const waiting = Promise.all(
    Array.from({ length: 50 }, () =>
      postGraphql({ server, query: explorerRequest.query, variables: explorerRequest.variables }),
    ),
  );
  // Polled once the clients' connections are made: the first /health connection queues behind all of theirs.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const health = watchHealth(server, { timeoutMs: 60_000 });
  const answers = await waiting;
  const statuses = new Set(answers.map((answer) => answer.status));
  expect([...statuses].every((status) => status === 200 || status === 503)).toBe(true);
  expect(statuses.has(200)).toBe(true);
  for (const answer of answers.filter((a) => a.status === 503)) {
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(answer.text)).toMatchObject({ errors: [{ extensions: { code: 'SERVER_BUSY' } }] });
    expectNoInternals(answer.text);
  }
  await expectServerHeld(server, await health.stop());
}, 120_000);
