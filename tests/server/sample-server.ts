/**
 * A server for the HTTP tests: the sample bulletins ingested with the `kg` command line into a fresh data directory,
 * the store opened read-only as `kg serve` does, and the server started on a free port with its log captured.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import type { GraphStore } from '../../graph/store/graph-store';
import { createJsonLogger } from '../../server/log/json-logger';
import { startServer, type StartServerOptions } from '../../server/start-server';
import { runKg, tempDataDir } from '../helpers/run-kg';

export interface GraphqlAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** Ingests the samples with `kg ingest` into a fresh data directory and returns it. */
export function sampleDataDir(): string {
  const dataDir = tempDataDir();
  const result = runKg(['ingest', 'data/samples'], { env: { KG_DATA_DIR: dataDir } });
  if (result.status !== 0) throw new Error(`kg ingest failed: ${result.stderr}`);
  return dataDir;
}

export async function openSampleStore(dataDir: string): Promise<SqliteStore> {
  const store = createSqliteStore({ dataDir, readOnly: true });
  await store.open();
  return store;
}

/** A web build stand-in: index.html and one hashed asset, as Vite writes them. */
export function fakeWebBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title><div id="app"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("explorer");');
  return dir;
}

export interface TestServer {
  url: string;
  logLines: () => Record<string, unknown>[];
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer>;
  close(): Promise<void>;
}

export async function startTestServer(
  store: GraphStore,
  options: Partial<StartServerOptions> = {},
): Promise<TestServer> {
  const lines: string[] = [];
  const server = await startServer({
    store,
    port: 0,
    webDir: fakeWebBuild(),
    log: createJsonLogger((line) => lines.push(line)),
    ...options,
  });
  return {
    url: server.url,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async graphql(query, variables) {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphqlAnswer, 'status'>) };
    },
    close: () => server.close(),
  };
}
