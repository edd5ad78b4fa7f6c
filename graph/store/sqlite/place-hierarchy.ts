/**
 * The locality hierarchy as the reads use it: `locality_ancestor` (every locality with each locality above it, itself
 * included) and `practice_place` (each practice with every locality it is located at or below). A new PART_OF edge
 * changes the ancestors of the child and of everything below it, and so the places and counts of their practices.
 */
import { adjustCounts } from './adjust-counts';
import type { Sql } from './sqlite-connection';

/** Real chains have five levels; the bound only stops a cycle in bad data. */
const MAX_DEPTH = 8;

const DESCENDANTS = `SELECT locality_id FROM locality_ancestor WHERE ancestor_id IN (SELECT value FROM json_each(?))`;

const REBUILD_ANCESTORS = `INSERT INTO locality_ancestor (locality_id, ancestor_id, distance)
WITH RECURSIVE up (locality_id, ancestor_id, distance) AS (
  SELECT value, value, 0 FROM json_each(:localities)
  UNION
  SELECT up.locality_id, p.parent_id, up.distance + 1 FROM up JOIN part_of p ON p.locality_id = up.ancestor_id WHERE up.distance < ${MAX_DEPTH}
)
SELECT locality_id, ancestor_id, min(distance) FROM up WHERE locality_id <> ancestor_id GROUP BY locality_id, ancestor_id`;

/** After new PART_OF edges (child → parent) were written: ancestors, places and counts below each child. */
export function extendHierarchy(sql: Sql, children: readonly string[]): void {
  if (children.length === 0) return;
  const localities = sql.statement(DESCENDANTS).pluck().all(JSON.stringify(children)) as string[];
  const practices = sql
    .statement('SELECT DISTINCT practice_id FROM practice_place WHERE locality_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(localities)) as string[];
  adjustCounts({ sql, practiceIds: practices, sign: -1 });
  sql
    .statement('DELETE FROM locality_ancestor WHERE locality_id IN (SELECT value FROM json_each(?)) AND distance > 0')
    .run(JSON.stringify(localities));
  sql.statement(REBUILD_ANCESTORS).run({ localities: JSON.stringify(localities) });
  placePractices(sql, practices);
  adjustCounts({ sql, practiceIds: practices, sign: 1 });
}

/** (Re)computes the places of these practices from their LOCATED_IN and the ancestors of those localities. */
export function placePractices(sql: Sql, practiceIds: readonly string[]): void {
  if (practiceIds.length === 0) return;
  const ids = JSON.stringify(practiceIds);
  sql.statement('DELETE FROM practice_place WHERE practice_id IN (SELECT value FROM json_each(?))').run(ids);
  sql
    .statement(
      `INSERT INTO practice_place (practice_id, locality_id)
SELECT DISTINCT li.practice_id, a.ancestor_id FROM located_in li JOIN locality_ancestor a ON a.locality_id = li.locality_id
WHERE li.practice_id IN (SELECT value FROM json_each(?))`,
    )
    .run(ids);
}
