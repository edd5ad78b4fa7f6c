/**
 * The driver, its sessions and transactions — the adapter's only door to Neo4j, and therefore the one boundary where
 * driver errors are translated (translate-error.ts). Every operation opens a short session and runs one managed
 * transaction, which the driver retries on transient errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { CypherStatement, StatementParams } from './cypher/statement';
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
}

export const CONNECTION_DEFAULTS = { connectionTimeoutMs: 3_000, maxRetryTimeMs: 10_000 } as const;

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly database: string | undefined;
  /** A read transaction in a READ session (routed to a reader in a cluster; the server refuses writes in it). */
  read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
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

  async function inSession<T>(operation: string, mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(database ? { database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      throw translateNeo4jError(error, context(operation));
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  return {
    uri,
    user,
    database,
    read: (operation, work, options = {}) =>
      inSession(operation, 'READ', (session) =>
        session.executeRead(work, options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      ),
    write: (operation, work) => inSession(operation, 'WRITE', (session) => session.executeWrite(work)),
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

/** Runs one declared statement with exactly its declared parameters and returns its records. */
export async function run<S extends CypherStatement>(
  tx: ManagedTransaction,
  stmt: S,
  params: StatementParams<S>,
): Promise<Neo4jRecord[]> {
  const result = await tx.run(stmt.text, params);
  return result.records;
}
