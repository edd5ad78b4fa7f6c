/**
 * The embedded default GraphStore: `<dataDir>/graph.sqlite`, a database researchers can open themselves (README,
 * "The SQLite store"). Every write is one transaction (a bulletin, a batch, the analyses), durable when it resolves;
 * readers see each commit at their next read, in this process or another (`kg serve` beside `kg ingest`), with no
 * reload and no polling. Semantics: graph/store/CONTRACT.md.
 */
import path from 'path';
import type { BulletinWrite, GraphStore, ReadOptions, StoredTermCache, UpsertResult } from '../graph-store';
import { StoreError } from '../store-error';
import { DATABASE_FILE_NAME, openDatabase } from './open-database';
import { SqliteConnection, type Sql } from './sqlite-connection';
import { storeReads } from './store-reads';
import { storeWrites } from './store-writes';
import { openTermCache } from './term-cache';

export interface SqliteStoreOptions {
  /** Directory of graph.sqlite; created on open. */
  dataDir: string;
  /** Reads only: writes fail with StoreError('ReadOnly'). */
  readOnly?: boolean;
  /** How long a write waits for another process's write before failing with `Locked` (ms; default 10 s). */
  busyTimeoutMs?: number;
}

export interface SqliteStore extends GraphStore {
  readonly kind: 'sqlite';
  readonly file: string;
  upsertBulletins(writes: readonly BulletinWrite[]): Promise<(UpsertResult | StoreError)[]>;
  termCache(fingerprint: string): Promise<StoredTermCache>;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  let connection: SqliteConnection | null = null;
  const notOpen = (operation: string) =>
    new StoreError('StoreUnavailable', `${operation}: the store ${file} is not open (call open() first)`);
  const read = <T>(operation: string, readOptions: ReadOptions | undefined, body: (sql: Sql) => T): Promise<T> =>
    connection ? connection.read(operation, readOptions, body) : Promise.reject(notOpen(operation));
  const write = <T>(operation: string, body: (sql: Sql) => T): Promise<T> =>
    connection ? connection.write(operation, body) : Promise.reject(notOpen(operation));

  const store: SqliteStore = {
    kind: 'sqlite',
    file,
    open: async () => {
      if (connection) return;
      const readOnly = options.readOnly ?? false;
      connection = new SqliteConnection({
        db: openDatabase({
          dataDir: options.dataDir,
          readOnly,
          busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
        }),
        file,
        readOnly,
      });
    },
    close: async () => {
      connection?.close();
      connection = null;
    },
    termCache: async (fingerprint) => {
      if (!connection) throw notOpen('termCache');
      return openTermCache(connection, fingerprint);
    },
    ...storeWrites(write),
    ...storeReads(read),
  };
  return store;
}
