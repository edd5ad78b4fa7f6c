/**
 * The embedded default GraphStore: `<dataDir>/graph.sqlite`, a database researchers can open themselves (README,
 * "The SQLite store"). Every write is one transaction (a bulletin, a batch, the analyses), durable when it resolves;
 * readers see each commit at their next read, in this process or another (`kg serve` beside `kg ingest`), with no
 * reload and no polling. Semantics: graph/store/CONTRACT.md.
 */
import path from 'path';
import type { GraphDocument } from '../../graph-document';
import type { BulletinWrite, GraphStore, ReadOptions, StoredTermCache, UpsertOptions, UpsertResult } from '../graph-store';
import { isStoreError, StoreError } from '../store-error';
import { markCleared, markCurrent, markStale, readAnalysisStatus } from './analysis-state';
import { checkDocument } from '../check-document';
import { requireString } from '../string-argument';
import { clearGraph } from './clear-graph';
import { DATABASE_FILE_NAME, openDatabase } from './open-database';
import { readAdoption } from './read-adoption';
import { readDiffusion } from './read-diffusion';
import { readFamily } from './read-family';
import { readStats, readWholeGraph } from './read-graph';
import { readLocalities, readMechanisms } from './read-listings';
import { readNeighborhood } from './read-neighborhood';
import { readNode } from './read-nodes';
import { readAnalysisInput } from './read-analysis-input';
import { readMechanismUsage } from './read-mechanism-usage';
import { readPanel } from './read-panel';
import { readComparison, readPortfolio, readSimilarLocalities } from './read-portfolios';
import { readPractice, readSimilar } from './read-practice';
import { readSearch } from './read-search';
import { readStoredBulletins } from './read-stored-bulletins';
import { removeBulletin } from './remove-bulletin';
import { replaceMechanisms } from './replace-mechanisms';
import { SqliteConnection, type Sql } from './sqlite-connection';
import { openTermCache } from './term-cache';
import { PendingPractices } from './pending-practices';
import { writeAnalyses } from './write-analyses';
import { writeBulletin } from './write-bulletin';

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
  const notOpen = (operation: string) => new StoreError('StoreUnavailable', `${operation}: the store ${file} is not open (call open() first)`);
  const read = <T>(operation: string, readOptions: ReadOptions | undefined, body: (sql: Sql) => T): Promise<T> =>
    connection ? connection.read(operation, readOptions, body) : Promise.reject(notOpen(operation));
  const write = <T>(operation: string, body: (sql: Sql) => T): Promise<T> => (connection ? connection.write(operation, body) : Promise.reject(notOpen(operation)));
  const upsert = (sql: Sql, document: GraphDocument, pending: PendingPractices, upsertOptions?: UpsertOptions) =>
    writeBulletin({ sql, checked: checkDocument(document), pending, terms: upsertOptions?.terms });

  const store: SqliteStore = {
    kind: 'sqlite',
    file,
    open: async () => {
      if (connection) return;
      const readOnly = options.readOnly ?? false;
      connection = new SqliteConnection(openDatabase({ dataDir: options.dataDir, readOnly, busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS }), file, readOnly);
    },
    close: async () => {
      connection?.close();
      connection = null;
    },
    upsertBulletin: (document, upsertOptions) =>
      write('upsertBulletin', (sql) => {
        const pending = new PendingPractices();
        const result = upsert(sql, document, pending, upsertOptions);
        pending.settle(sql);
        if (result.status !== 'unchanged') markStale(sql);
        return result;
      }),
    upsertBulletins: (writes: readonly BulletinWrite[]) =>
      write('upsertBulletins', (sql) => {
        const pending = new PendingPractices();
        const results = writes.map((item) => {
          const before = pending.snapshot();
          try {
            // A savepoint per bulletin: a refused one leaves no trace, the batch goes on.
            return sql.savepoint(() => upsert(sql, item.document, pending, item.terms ? { terms: item.terms } : undefined));
          } catch (error) {
            pending.restore(before);
            if (isStoreError(error, 'InvalidInput')) return error;
            throw error;
          }
        });
        pending.settle(sql);
        if (results.some((r) => 'status' in r && r.status !== 'unchanged')) markStale(sql);
        return results;
      }),
    deleteBulletin: (id) =>
      write('deleteBulletin', (sql) => {
        const removed = removeBulletin({ sql, bulletinId: requireString({ operation: 'deleteBulletin', name: 'id', value: id }) });
        if (removed) markStale(sql);
        return removed;
      }),
    clear: () =>
      write('clear', (sql) => {
        clearGraph(sql);
        markCleared(sql);
      }),
    termCache: async (fingerprint) => {
      if (!connection) throw notOpen('termCache');
      return openTermCache(connection, fingerprint);
    },
    node: (id, o) => read('node', o, (sql) => readNode(sql, requireString({ operation: 'node', name: 'id', value: id }))),
    neighborhood: (request, o) => read('neighborhood', o, (sql) => readNeighborhood(sql, { ...request, id: requireString({ operation: 'neighborhood', name: 'id', value: request.id }) })),
    search: (request, o) => read('search', o, (sql) => readSearch(sql, request)),
    localities: (query, o) => read('localities', o, (sql) => readLocalities(sql, query)),
    mechanisms: (query, o) => read('mechanisms', o, (sql) => readMechanisms(sql, query)),
    adoption: (request, o) => read('adoption', o, (sql) => readAdoption(sql, request)),
    practice: (id, o) => read('practice', o, (sql) => readPractice(sql, requireString({ operation: 'practice', name: 'id', value: id }))),
    similarPractices: (id, limit, o) => read('similarPractices', o, (sql) => readSimilar({ sql, id: requireString({ operation: 'similarPractices', name: 'id', value: id }), limit })),
    stats: (o) => read('stats', o, readStats),
    diffusion: (request, o) => read('diffusion', o, (sql) => readDiffusion(sql, { ...request, mechanism: requireString({ operation: 'diffusion', name: 'mechanism', value: request.mechanism }) })),
    localityPortfolio: (code, o) => read('localityPortfolio', o, (sql) => readPortfolio(sql, requireString({ operation: 'localityPortfolio', name: 'code', value: code }))),
    comparePortfolios: (a, b, o) =>
      read('comparePortfolios', o, (sql) => readComparison({ sql, a: requireString({ operation: 'comparePortfolios', name: 'code', value: a }), b: requireString({ operation: 'comparePortfolios', name: 'code', value: b }) })),
    similarLocalities: (request, o) => read('similarLocalities', o, (sql) => readSimilarLocalities(sql, { ...request, code: requireString({ operation: 'similarLocalities', name: 'code', value: request.code }) })),
    mechanismFamily: (mechanism, o) => read('mechanismFamily', o, (sql) => readFamily(sql, requireString({ operation: 'mechanismFamily', name: 'mechanism', value: mechanism }))),
    adoptionPanel: () => read('adoptionPanel', undefined, readPanel),
    mechanismUsage: (names, o) => read('mechanismUsage', o, (sql) => readMechanismUsage(sql, names)),
    storedBulletins: () => read('storedBulletins', undefined, readStoredBulletins),
    replaceMechanisms: (mechanisms) =>
      write('replaceMechanisms', (sql) => {
        const pending = new PendingPractices();
        const removed = replaceMechanisms({ sql, pending, mechanisms });
        pending.settle(sql);
        return removed;
      }),
    analysisInput: () => read('analysisInput', undefined, readAnalysisInput),
    replaceAnalyses: (analyses, replaceOptions) =>
      write('replaceAnalyses', (sql) => {
        writeAnalyses(sql, analyses);
        if (replaceOptions?.computedFrom !== undefined) markCurrent(sql, replaceOptions.computedFrom);
      }),
    analysisStatus: (o) => read('analysisStatus', o, readAnalysisStatus),
    exportDocument: () => read('exportDocument', undefined, readWholeGraph),
  };
  return store;
}
