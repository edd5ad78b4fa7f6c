/**
 * Whether the analyses are those of the stored graph (graph-store.ts AnalysisStatus), kept in `store_settings`: the
 * graph's version, raised by every write that changes the graph in that write's transaction, and since when the
 * analyses are stale. A replace computed from the version still stored clears the mark in its own transaction.
 */
import type { AnalysisStatus } from '../graph-store';
import type { Sql } from './sqlite-connection';

const VERSION_KEY = 'graph_version';
const STALE_SINCE_KEY = 'analyses_stale_since';

/** Marks a store migrated with practices but no record of its analyses as stale (migrate-schema.ts). */
export const STALE_IF_UNRECORDED = `INSERT INTO store_settings (key, value)
SELECT '${STALE_SINCE_KEY}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM practice)
ON CONFLICT (key) DO NOTHING`;

export function graphVersion(sql: Sql): number {
  return Number(sql.statement('SELECT value FROM store_settings WHERE key = ?').pluck().get(VERSION_KEY) ?? 0);
}

/** In the transaction of a write that changed the graph. */
export function markStale(sql: Sql): void {
  setValue(sql, VERSION_KEY, String(graphVersion(sql) + 1));
  sql
    .statement('INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING')
    .run(STALE_SINCE_KEY, new Date().toISOString());
}

/** In the transaction of a replace: current only if nothing was written since the analyses' input was read. */
export function markCurrent(sql: Sql, computedFrom: number): void {
  if (computedFrom === graphVersion(sql))
    sql.statement('DELETE FROM store_settings WHERE key = ?').run(STALE_SINCE_KEY);
}

/** After clear(): an empty graph has no analyses to miss; the version still moves, so older inputs stay stale. */
export function markCleared(sql: Sql): void {
  setValue(sql, VERSION_KEY, String(graphVersion(sql) + 1));
  sql.statement('DELETE FROM store_settings WHERE key = ?').run(STALE_SINCE_KEY);
}

export function readAnalysisStatus(sql: Sql): AnalysisStatus {
  const since = sql.statement('SELECT value FROM store_settings WHERE key = ?').pluck().get(STALE_SINCE_KEY);
  return typeof since === 'string' ? { stale: true, since } : { stale: false };
}

function setValue(sql: Sql, key: string, value: string): void {
  sql
    .statement(
      'INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value);
}
