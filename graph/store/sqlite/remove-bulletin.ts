/**
 * Removes a stored bulletin and what it owns — its practices (CONTAINS) and their metrics (REPORTS) — after taking
 * their contribution out of the adoption counts. Foreign keys cascade to every relationship touching them, to their
 * places and terms; triggers drop their full-text rows. Shared nodes stay: other bulletins may cite them.
 */
import { adjustCounts } from './adjust-counts';
import type { PendingPractices } from './pending-practices';
import type { Sql } from './sqlite-connection';

/** False when no bulletin has this id. `pending`: practices of this transaction not counted yet. */
export function removeBulletin({
  sql,
  bulletinId,
  pending,
}: {
  sql: Sql;
  bulletinId: string;
  pending?: PendingPractices;
}): boolean {
  if (sql.statement('SELECT 1 FROM bulletin WHERE id = ?').get(bulletinId) === undefined) return false;
  const practices = sql
    .statement('SELECT practice_id FROM contains WHERE bulletin_id = ?')
    .pluck()
    .all(bulletinId) as string[];
  const ids = JSON.stringify(practices);
  adjustCounts({ sql, practiceIds: pending ? pending.takeCounted(practices) : practices, sign: -1 });
  // Reprints of these practices elsewhere may stop being reprints when their originals go: they count again.
  const reprints = sql
    .statement(
      `SELECT DISTINCT practice_id FROM reprint_of WHERE original_id IN (SELECT value FROM json_each(:ids))
AND practice_id NOT IN (SELECT value FROM json_each(:ids))`,
    )
    .pluck()
    .all({ ids }) as string[];
  sql
    .statement(
      'DELETE FROM metric WHERE id IN (SELECT metric_id FROM reports WHERE practice_id IN (SELECT value FROM json_each(?)))',
    )
    .run(ids);
  sql.statement('DELETE FROM practice WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  sql.statement('DELETE FROM bulletin WHERE id = ?').run(bulletinId);
  adjustCounts({ sql, practiceIds: reprints, sign: 1 });
  return true;
}
