/**
 * Practice row numbers in id order. Search orders tens of thousands of equally scored practices by id; when a
 * practice's `num` (its full-text row) grows with its id, that order is the index's own row order and no id needs
 * reading. A new practice takes the number halfway between its neighbours by id (numbers start GAP apart); when no
 * number is left between them, every practice is renumbered and its full-text row rewritten (rare: each gap takes
 * about twenty bulletins landing between the same two neighbours).
 */
import type { PendingPractices } from './pending-practices';
import { indexNode } from './search-index';
import type { Sql } from './sqlite-connection';
import { toGraphNode, nodeColumns, type Row } from './row-values';

const GAP = 2 ** 24;
/** Below every number in use while renumbering (numbers stay within ±2^52, exact in JavaScript). */
const PARKING = -(2 ** 52);

/** The number for a new practice with this id; call it before inserting the row. */
export function practiceNum({ sql, pending, id }: { sql: Sql; pending: PendingPractices; id: string }): number {
  const before = sql.statement('SELECT num FROM practice WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(id) as
    number | undefined;
  const after = sql.statement('SELECT num FROM practice WHERE id > ? ORDER BY id LIMIT 1').pluck().get(id) as
    number | undefined;
  if (before === undefined && after === undefined) return 0;
  if (after === undefined) return (before as number) + GAP;
  if (before === undefined) return after - GAP;
  if (after - before >= 2) return before + Math.floor((after - before) / 2);
  renumberPractices(sql, pending);
  return practiceNum({ sql, pending, id });
}

/** Every practice GAP apart in id order, and its full-text row moved with it. */
function renumberPractices(sql: Sql, pending: PendingPractices): void {
  const ids = sql.statement('SELECT id FROM practice ORDER BY id').pluck().all() as string[];
  sql.statement("INSERT INTO practice_fts (practice_fts) VALUES ('delete-all')").run();
  pending.dropIndexRows('Practice');
  const park = sql.statement('UPDATE practice SET num = ? WHERE id = ?');
  ids.forEach((id, i) => park.run(PARKING - i, id));
  ids.forEach((id, i) => park.run(i * GAP, id));
  const rows = sql.statement(`SELECT num, ${nodeColumns('Practice')} FROM practice`).all() as Row[];
  for (const row of rows)
    indexNode({
      sql,
      pending,
      label: 'Practice',
      num: Number(row['num']),
      properties: toGraphNode('Practice', row).properties,
      replacing: false,
    });
}
