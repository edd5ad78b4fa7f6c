/**
 * The driver, its sessions and transactions — the adapter's only door to Neo4j, and therefore the one boundary where
 * driver errors are translated (translate-error.ts). Every operation opens a short session and runs one managed
 * transaction, which the driver retries on transient errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { CypherStatement, StatementParams } from './cypher/statement';
import { StoreError } from '../store-error';
import { translateNeo4jError } from './translate-error';

export interface Neo4jStoreConfig {
  /** bolt://, neo4j:// (routing) or their +s/+ssc variants. */
  uri: string;
  user: string;
  password: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** TCP connect timeout in ms. Short, so an unreachable server fails fast instead of after the driver's 30 s. */
  connectionTimeoutMs?: number;
  /** How long a managed transaction is retried on transient errors, in ms. */
  maxRetryTimeMs?: number;
  /** Analysis relationships per write transaction of `replaceAnalyses` (replace-analyses.ts; tests make it small). */
  analysisBatchSize?: number;
}

export interface ReadSettings {
  /** Transaction timeout in ms (the server stops the transaction). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const CONNECTION_DEFAULTS = { connectionTimeoutMs: 3_000, maxRetryTimeMs: 10_000 } as const;

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly database: string | undefined;
  /**
   * A read transaction in a READ session (routed to a reader in a cluster; the server refuses writes in it). When
   * `signal` aborts, the session is closed — the driver resets the connection, which stops the running query on the
   * server and rolls the transaction back — and the read rejects with `Aborted`.
   */
  read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>, options?: ReadSettings): Promise<T>;
  write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * One statement in an implicit (auto-commit) transaction, consumed to the end: what `CALL { … } IN TRANSACTIONS`
   * needs to commit its own batches. Not retried.
   */
  autoCommit<S extends CypherStatement>(operation: string, stmt: S, params: StatementParams<S>): Promise<void>;
  /** Connects and authenticates once: bad addresses and credentials surface here, at `open()`. */
  verify(operation: string): Promise<void>;
  close(): Promise<void>;
}

export function connectNeo4j(config: Neo4jStoreConfig): Neo4jConnection {
  const { uri, user, password, database } = config;
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: config.connectionTimeoutMs ?? CONNECTION_DEFAULTS.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs ?? CONNECTION_DEFAULTS.maxRetryTimeMs,
  });
  const context = (operation: string) => ({ operation, uri, user, ...(database === undefined ? {} : { database }) });

  async function inSession<T>(
    operation: string,
    mode: 'READ' | 'WRITE',
    work: (session: Session) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) throw aborted(operation);
    const session = driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(database ? { database } : {}),
    });
    let stop: (() => void) | undefined;
    // Rejects as soon as the signal fires, whatever the query is doing; closing the session stops the query itself.
    const abortion = new Promise<never>((_, reject) => {
      stop = () => {
        reject(aborted(operation));
        void session.close().catch(() => undefined);
      };
      signal?.addEventListener('abort', stop, { once: true });
    });
    abortion.catch(() => undefined);
    try {
      return await Promise.race([work(session), abortion]);
    } catch (error) {
      if (signal?.aborted) throw aborted(operation);
      throw translateNeo4jError(error, context(operation));
    } finally {
      if (stop) signal?.removeEventListener('abort', stop);
      // After an abort the session is already closing; waiting for it would wait for the reset round trip.
      if (!signal?.aborted) await session.close().catch(() => undefined);
    }
  }

  return {
    uri,
    user,
    database,
    read: (operation, work, options = {}) =>
      inSession(
        operation,
        'READ',
        (session) => session.executeRead(work, options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
        options.signal,
      ),
    write: (operation, work) => inSession(operation, 'WRITE', (session) => session.executeWrite(work)),
    autoCommit: (operation, stmt, params) =>
      inSession(operation, 'WRITE', async (session) => {
        await session.run(stmt.text, params).summary();
      }),
    async verify(operation) {
      try {
        await driver.verifyConnectivity(database ? { database } : {});
      } catch (error) {
        throw translateNeo4jError(error, context(operation));
      }
    },
    close: () => driver.close(),
  };
}

function aborted(operation: string): StoreError {
  return new StoreError('Aborted', `${operation}: the read was aborted (its request ended or passed its deadline)`);
}

/** Runs one declared statement with exactly its declared parameters and returns its records. */
export async function run<S extends CypherStatement>({
  tx,
  stmt,
  params,
}: {
  tx: ManagedTransaction;
  stmt: S;
  params: StatementParams<S>;
}): Promise<Neo4jRecord[]> {
  const result = await tx.run(stmt.text, params);
  return result.records;
}
