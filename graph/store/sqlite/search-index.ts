/**
 * Keeps the full-text indexes in step with the node tables, in the writer's transaction: a searchable node's name
 * fields go to column `name`, its other FULLTEXT_INDEX fields to `body` (search-tokens.ts cuts them). New and changed
 * rows wait in the transaction's pending work and are written when it settles (pending-practices.ts says why).
 * Deleting a node removes its row through a trigger (derived-ddl.ts).
 */
import type { PropertyValue } from '../../graph-document';
import { FULLTEXT_INDEX, type NodeLabel } from '../../schema';
import { isSearchableLabel, SEARCH_NAME_FIELDS } from '../search-rules';
import { ftsTable } from './derived-ddl';
import { indexTokens } from './search-tokens';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted } from './sqlite-tables';

export type IndexedProperties = Record<string, PropertyValue | undefined>;

/** Where index rows wait for the transaction to settle (PendingPractices; declared here, which it imports). */
export interface IndexQueue {
  isIndexPending(label: NodeLabel, num: number): boolean;
  index(label: NodeLabel, num: number, properties: IndexedProperties): void;
}

/**
 * The index row of node `num` is to be written (`replacing`: rewritten) with these properties when the transaction
 * settles; labels without a full-text index are left alone.
 */
export function indexNode({
  sql,
  pending,
  label,
  num,
  properties,
  replacing,
}: {
  sql: Sql;
  pending: IndexQueue;
  label: NodeLabel;
  num: number;
  properties: IndexedProperties;
  replacing: boolean;
}): void {
  if (!isSearchableLabel(label)) return;
  if (replacing && !pending.isIndexPending(label, num))
    sql.statement(`DELETE FROM ${ftsTable(label)} WHERE rowid = ?`).run(num);
  pending.index(label, num, properties);
}

/** Writes the waiting rows of one label in row order, leaving out nodes deleted since they were queued. */
export function writeIndexRows({
  sql,
  label,
  rows,
}: {
  sql: Sql;
  label: NodeLabel;
  rows: ReadonlyMap<number, IndexedProperties>;
}): void {
  if (rows.size === 0 || !isSearchableLabel(label)) return;
  const fields: readonly string[] = FULLTEXT_INDEX.fields[label];
  const names: readonly string[] = SEARCH_NAME_FIELDS[label];
  const stored = sql
    .statement(
      `SELECT num FROM ${quoted(NODE_TABLES[label].table)} WHERE num IN (SELECT value FROM json_each(?)) ORDER BY num`,
    )
    .pluck()
    .all(JSON.stringify([...rows.keys()])) as number[];
  const insert = sql.statement(`INSERT INTO ${ftsTable(label)} (rowid, name, body) VALUES (?, ?, ?)`);
  for (const num of stored) {
    const properties = rows.get(num) as IndexedProperties;
    const name = indexTokens(names.flatMap((field) => strings(properties[field])));
    const body = indexTokens(
      fields.filter((field) => !names.includes(field)).flatMap((field) => strings(properties[field])),
    );
    insert.run(num, name, body);
  }
}

/** What the index holds of a node: equal keys mean its row need not be rewritten. */
export function searchKey(label: NodeLabel, properties: IndexedProperties): string {
  return isSearchableLabel(label)
    ? JSON.stringify(FULLTEXT_INDEX.fields[label].map((field) => properties[field] ?? null))
    : '';
}

function strings(value: PropertyValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : [];
}
