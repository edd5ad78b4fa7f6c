/**
 * Keeps the full-text indexes in step with the node tables, in the writer's transaction: a searchable node's name
 * fields go to column `name`, its other FULLTEXT_INDEX fields to `body` (search-tokens.ts cuts them). Deleting a
 * node removes its row through a trigger (derived-ddl.ts).
 */
import type { PropertyValue } from '../../graph-document';
import { FULLTEXT_INDEX, type NodeLabel } from '../../schema';
import { isSearchableLabel, SEARCH_NAME_FIELDS } from '../search-rules';
import { ftsTable } from './derived-ddl';
import { indexTokens } from './search-tokens';
import type { Sql } from './sqlite-connection';

/** Writes (or rewrites) the index row of node `num`; labels without a full-text index are left alone. */
export function indexNode(sql: Sql, label: NodeLabel, num: number, properties: Record<string, PropertyValue | undefined>, replacing: boolean): void {
  if (!isSearchableLabel(label)) return;
  const fields: readonly string[] = FULLTEXT_INDEX.fields[label];
  const names: readonly string[] = SEARCH_NAME_FIELDS[label];
  const table = ftsTable(label);
  if (replacing) sql.statement(`DELETE FROM ${table} WHERE rowid = ?`).run(num);
  const name = indexTokens(names.flatMap((field) => strings(properties[field])));
  const body = indexTokens(fields.filter((field) => !names.includes(field)).flatMap((field) => strings(properties[field])));
  sql.statement(`INSERT INTO ${table} (rowid, name, body) VALUES (?, ?, ?)`).run(num, name, body);
}

/** What the index holds of a node: equal keys mean its row need not be rewritten. */
export function searchKey(label: NodeLabel, properties: Record<string, PropertyValue | undefined>): string {
  return isSearchableLabel(label) ? JSON.stringify(FULLTEXT_INDEX.fields[label].map((field) => properties[field] ?? null)) : '';
}

function strings(value: PropertyValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : [];
}
