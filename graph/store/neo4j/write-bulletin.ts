/**
 * Bulletin writes. An upsert runs in one managed write transaction, so a failure (or a retry after a transient
 * error) never leaves half a bulletin: replacing = deleting the old bulletin and writing the new one, atomically.
 * Outcomes follow graph/store/CONTRACT.md ("Writes"), as the SQLite store's do (graph/store/sqlite/write-bulletin.ts).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { NodeLabel } from '../../schema';
import type { UpsertResult } from '../graph-store';
import { StoreError } from '../store-error';
import { planBulletinWrite, type BulletinWritePlan } from './bulletin-write-plan';
import { MARK_CURRENT, MARK_STALE } from './cypher/analysis-generation';
import {
  CLEAR_BATCH,
  DELETE_BULLETIN,
  FIND_BULLETINS,
  SET_FINGERPRINT,
  STORED_LABELS,
} from './cypher/write-statements';
import { run, type Neo4jConnection } from './connection';
import { invalidDocument as invalid } from '../bulletin-ownership';
import { field, listField, stringField } from './record-fields';
import { toCount } from './to-graph';

/** Nodes deleted per `clear()` transaction. */
export const CLEAR_BATCH_SIZE = 5_000;
/** Labels a bulletin owns (deleted with it); the others are shared and merged. */
const OWNED: readonly NodeLabel[] = ['Bulletin', 'Practice', 'Metric'];

/**
 * The same bulletin (id) with the same document (fingerprint) → `unchanged`. Otherwise the stored bulletins of the
 * same source or the same id are deleted with what they own (`replaced`), and the document is merged: shared nodes
 * take the new properties, their list properties are unioned.
 */
export async function upsertBulletin(connection: Neo4jConnection, document: unknown): Promise<UpsertResult> {
  const plan = planBulletinWrite(document);
  const { bulletinId } = plan;
  return connection.write('upsertBulletin', async (tx) => {
    const stored = (await run({ tx, stmt: FIND_BULLETINS, params: { source: plan.source, id: bulletinId } })).map(
      (r) => ({
        id: stringField(r, 'id'),
        fingerprint: field(r, 'fingerprint'),
      }),
    );
    if (stored.some((b) => b.id === bulletinId && b.fingerprint === plan.fingerprint))
      return { bulletinId, status: 'unchanged' };
    for (const { id } of stored) await run({ tx, stmt: DELETE_BULLETIN, params: { id } });
    await refuseTakenIds(tx, plan);
    for (const batch of plan.nodeBatches) await run({ tx, stmt: batch.statement, params: { rows: batch.rows } });
    for (const batch of plan.relationshipBatches) {
      const [record] = await run({ tx, stmt: batch.statement, params: { rows: batch.rows } });
      const written = new Set(record ? listField(record, 'written') : []);
      const missing = batch.rows.find((row) => !written.has(row.id));
      // Throwing rolls the whole bulletin back; a StoreError is not retryable, so the driver gives up at once.
      if (missing)
        throw invalid(`relationship ${missing.id} points to a node that is neither in the document nor in the store`);
    }
    await run({ tx, stmt: SET_FINGERPRINT, params: { id: bulletinId, fingerprint: plan.fingerprint } });
    await run({ tx, stmt: MARK_STALE, params: { now: new Date().toISOString() } });
    const replaced = stored.find((b) => b.id !== bulletinId) ?? stored[0];
    return replaced ? { bulletinId, status: 'replaced', replacedId: replaced.id } : { bulletinId, status: 'created' };
  });
}

/** An id stored under another label, or a practice or metric that another bulletin still owns, is refused. */
async function refuseTakenIds(tx: ManagedTransaction, plan: BulletinWritePlan): Promise<void> {
  const labels = new Map(plan.nodes.map((n) => [n.id, n.label]));
  for (const record of await run({ tx, stmt: STORED_LABELS, params: { ids: plan.nodes.map((n) => n.id) } })) {
    const id = stringField(record, 'id');
    const storedLabel = stringField(record, 'label');
    const label = labels.get(id);
    if (storedLabel !== label)
      throw invalid(`node ${id} is a ${storedLabel} in the store, a ${String(label)} in the document`);
    if (OWNED.includes(label)) throw invalid(`${label} ${id} already belongs to another bulletin`);
  }
}

/** False when no bulletin has this id. */
export async function deleteBulletin(connection: Neo4jConnection, id: string): Promise<boolean> {
  if (typeof id !== 'string') throw new StoreError('InvalidInput', 'deleteBulletin: id must be a string');
  return connection.write('deleteBulletin', async (tx) => {
    const [record] = await run({ tx, stmt: DELETE_BULLETIN, params: { id } });
    const deleted = record !== undefined && toCount(field(record, 'deleted'), 'deleted') > 0;
    if (deleted) await run({ tx, stmt: MARK_STALE, params: { now: new Date().toISOString() } });
    return deleted;
  });
}

/**
 * Deletes every schema node in batches; not atomic as a whole (a huge graph would not fit one transaction), so the
 * analyses are marked stale first and current again (an empty graph has none to miss) only once the last batch is gone.
 */
export async function clearGraph(connection: Neo4jConnection): Promise<void> {
  const version = await connection.write('clear', async (tx) => {
    const [record] = await run({ tx, stmt: MARK_STALE, params: { now: new Date().toISOString() } });
    return record ? toCount(field(record, 'version'), 'version') : 0;
  });
  for (;;) {
    const deleted = await connection.write('clear', async (tx) => {
      const [record] = await run({ tx, stmt: CLEAR_BATCH, params: { batchSize: neo4j.int(CLEAR_BATCH_SIZE) } });
      return record ? toCount(field(record, 'deleted'), 'deleted') : 0;
    });
    if (deleted === 0) break;
  }
  await connection.write('clear', (tx) =>
    run({ tx, stmt: MARK_CURRENT, params: { computedFrom: neo4j.int(version) } }),
  );
}
