/**
 * Keeps the adoption counts in step with the graph (derived-ddl.ts): adds (+1) or takes away (-1) what some practices
 * contribute — to each place they are at or below (locality_counts, adoption_counts), to each mechanism they use
 * (mechanism_counts) and to each of their own localities per mechanism (mechanism_locality_counts). Reprints
 * contribute nothing. Callers take a practice's contribution away before it changes and add it back after. The
 * distinct counts (a locality's mechanisms, a mechanism's localities) are counted when read, a page at a time.
 */
import type { Sql } from './sqlite-connection';

const COUNTED = `counted AS (SELECT value AS id FROM json_each(:ids) WHERE NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = value))`;

const ADD = [
  `WITH ${COUNTED}
INSERT INTO locality_counts (locality_id, practices)
SELECT pp.locality_id, :sign * count(*) FROM practice_place pp WHERE pp.practice_id IN (SELECT id FROM counted) GROUP BY pp.locality_id
ON CONFLICT (locality_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO adoption_counts (locality_id, mechanism_id, practices)
SELECT pp.locality_id, u.mechanism_id, :sign * count(*) FROM practice_place pp JOIN uses u ON u.practice_id = pp.practice_id
WHERE pp.practice_id IN (SELECT id FROM counted) GROUP BY pp.locality_id, u.mechanism_id
ON CONFLICT (locality_id, mechanism_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO mechanism_counts (mechanism_id, practices)
SELECT u.mechanism_id, :sign * count(*) FROM uses u WHERE u.practice_id IN (SELECT id FROM counted) GROUP BY u.mechanism_id
ON CONFLICT (mechanism_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO mechanism_locality_counts (mechanism_id, locality_id, practices)
SELECT u.mechanism_id, li.locality_id, :sign * count(*) FROM uses u JOIN located_in li ON li.practice_id = u.practice_id
WHERE u.practice_id IN (SELECT id FROM counted) GROUP BY u.mechanism_id, li.locality_id
ON CONFLICT (mechanism_id, locality_id) DO UPDATE SET practices = practices + excluded.practices`,
];

/** Rows that dropped to zero go; each table has a partial index on them, so only those rows are read. */
const DROP_EMPTY = [
  'DELETE FROM adoption_counts INDEXED BY adoption_counts_empty WHERE practices <= 0',
  'DELETE FROM mechanism_locality_counts INDEXED BY mechanism_locality_counts_empty WHERE practices <= 0',
  'DELETE FROM locality_counts INDEXED BY locality_counts_empty WHERE practices <= 0',
  'DELETE FROM mechanism_counts INDEXED BY mechanism_counts_empty WHERE practices <= 0',
];

export function adjustCounts({
  sql,
  practiceIds,
  sign,
}: {
  sql: Sql;
  practiceIds: readonly string[];
  sign: 1 | -1;
}): void {
  if (practiceIds.length === 0) return;
  const ids = JSON.stringify(practiceIds);
  for (const statement of ADD) sql.statement(statement).run({ ids, sign });
  if (sign < 0) for (const statement of DROP_EMPTY) sql.statement(statement).run();
}
