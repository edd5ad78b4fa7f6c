/** The SQLite store's writes, each one write transaction through `write` (CONTRACT.md, Writes). */
import type { GraphDocument } from '../../graph-document';
import { checkDocument } from '../check-document';
import type { BulletinWrite, GraphStore, UpsertOptions, UpsertResult } from '../graph-store';
import { isStoreError, type StoreError } from '../store-error';
import { requireString } from '../string-argument';
import { markCleared, markCurrent, markStale } from './analysis-state';
import { clearGraph } from './clear-graph';
import { PendingPractices } from './pending-practices';
import { removeBulletin } from './remove-bulletin';
import { replaceMechanisms } from './replace-mechanisms';
import type { Sql } from './sqlite-connection';
import { writeAnalyses } from './write-analyses';
import { writeBulletin } from './write-bulletin';

/** Runs `body` in one write transaction of the open store (or fails naming the operation). */
export type WriteIn = <T>(operation: string, body: (sql: Sql) => T) => Promise<T>;

export type StoreWrites = Pick<
  GraphStore,
  'upsertBulletin' | 'deleteBulletin' | 'clear' | 'replaceMechanisms' | 'replaceAnalyses'
> & {
  upsertBulletins(writes: readonly BulletinWrite[]): Promise<(UpsertResult | StoreError)[]>;
};

function upsert(
  sql: Sql,
  document: GraphDocument,
  pending: PendingPractices,
  upsertOptions?: UpsertOptions,
): UpsertResult {
  return writeBulletin({ sql, checked: checkDocument(document), pending, terms: upsertOptions?.terms });
}

export function storeWrites(write: WriteIn): StoreWrites {
  return {
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
            return sql.savepoint(() =>
              upsert(sql, item.document, pending, item.terms ? { terms: item.terms } : undefined),
            );
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
        const removed = removeBulletin({
          sql,
          bulletinId: requireString({ operation: 'deleteBulletin', name: 'id', value: id }),
        });
        if (removed) markStale(sql);
        return removed;
      }),
    clear: () =>
      write('clear', (sql) => {
        clearGraph(sql);
        markCleared(sql);
      }),
    replaceMechanisms: (mechanisms) =>
      write('replaceMechanisms', (sql) => {
        const pending = new PendingPractices();
        const removed = replaceMechanisms({ sql, pending, mechanisms });
        pending.settle(sql);
        return removed;
      }),
    replaceAnalyses: (analyses, replaceOptions) =>
      // One transaction: the signal (Ctrl-C) is checked once, before it.
      replaceOptions?.signal?.aborted
        ? Promise.reject(replaceOptions.signal.reason)
        : write('replaceAnalyses', (sql) => {
            writeAnalyses(sql, analyses);
            if (replaceOptions?.computedFrom !== undefined) markCurrent(sql, replaceOptions.computedFrom);
          }),
  };
}
