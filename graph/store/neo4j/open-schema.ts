/**
 * `open()`: connect (failing fast with a one-line reason), then create the schema's constraints and indexes, and mark
 * the analyses of a graph written before they were tracked as stale.
 */
import neo4j from 'neo4j-driver';
import { STALE_IF_UNRECORDED } from './cypher/analysis-generation';
import { AWAIT_INDEXES, DDL } from './cypher/ddl';
import { run, type Neo4jConnection } from './connection';

/** How long `open()` waits for new indexes to come online; on an empty database they are ready at once. */
export const AWAIT_INDEXES_SECONDS = 60;

export async function openSchema(connection: Neo4jConnection): Promise<void> {
  await connection.verify('open');
  // A schema command cannot share a transaction with other commands; IF NOT EXISTS makes each a no-op on reopen.
  for (const ddl of DDL) await connection.write('open', (tx) => run({ tx, stmt: ddl, params: {} }));
  await connection.read('open', (tx) =>
    run({ tx, stmt: AWAIT_INDEXES, params: { timeoutSeconds: neo4j.int(AWAIT_INDEXES_SECONDS) } }),
  );
  await connection.write('open', (tx) =>
    run({ tx, stmt: STALE_IF_UNRECORDED, params: { now: new Date().toISOString() } }),
  );
}
