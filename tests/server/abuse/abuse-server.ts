/**
 * What every abuse test needs: `kg serve` in a child process on the generated store of ≥ 1,000 bulletins (built once
 * per code version in the temp dir, bench/load-store.ts), a watcher polling /health on fresh connections while the
 * abuse runs, the server's peak memory from /proc, raw HTTP requests, and the check that no answer leaks internals.
 */
import http from 'http';
import { readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ensureLoadStore } from '../../../bench/load-store';
import { startServeProcess, type ServeProcess } from '../../../bench/serve-process';

export const LOAD_BULLETINS = 1_000;

export async function startAbuseServer(): Promise<ServeProcess> {
  const store = await ensureLoadStore({ dir: path.join(os.tmpdir(), 'kg-load-store'), bulletins: LOAD_BULLETINS });
  return startServeProcess({ dataDir: store.dataDir });
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
}

/** One request on a fresh connection (no keep-alive: a new client, as a load balancer's health check is). */
export function request(
  url: string,
  options: { method?: string; body?: string | Buffer; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', agent: false, headers: { ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 60_000, () => req.destroy(new Error(`no answer from ${url} in time`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export function postGraphql({
  server,
  query,
  variables,
}: {
  server: ServeProcess;
  query: string;
  variables?: Record<string, unknown>;
}): Promise<HttpAnswer> {
  return request(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
}

export interface HealthRecord {
  polls: number;
  slowestMs: number;
  failures: string[];
}

/** Polls /health every 100 ms, each on a new connection, until stopped, recording the slowest answer and any failure. */
export function watchHealth(
  server: ServeProcess,
  options: { timeoutMs?: number } = {},
): { stop(): Promise<HealthRecord> } {
  const record: HealthRecord = { polls: 0, slowestMs: 0, failures: [] };
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const answer = await request(`${server.url}health`, { timeoutMs: options.timeoutMs ?? 5_000 });
        record.slowestMs = Math.max(record.slowestMs, answer.ms);
        if (answer.status !== 200) record.failures.push(`status ${answer.status}`);
      } catch (error) {
        record.failures.push(String(error));
      }
      record.polls++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return record;
    },
  };
}

/** The process's peak resident memory (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line?.[1]) throw new Error(`no VmHWM for process ${pid}`);
  return Number(line[1]) / 1024;
}

/** No stack trace, source location or file path in what a client got. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|\/work\/|node_modules|\/tmp\/|\/home\//);
}

/** What must hold after any abuse: still running, /health fast and answering every poll, memory bounded. */
export async function expectServerHeld(server: ServeProcess, health: HealthRecord): Promise<void> {
  expect(server.child.exitCode).toBeNull();
  expect(health.polls).toBeGreaterThan(0);
  expect(health.failures).toEqual([]);
  expect(health.slowestMs).toBeLessThan(1_000);
  expect(peakRssMb(server.pid)).toBeLessThan(1_536);
  const after = await request(`${server.url}health`);
  expect(after.status).toBe(200);
}

export function errorCodes(text: string): unknown[] {
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  return (body.errors ?? []).map((error) => error.extensions?.code);
}
