/**
 * Keeps the adoption counts in step with the graph (derived-ddl.ts): adds (+1) or takes away (-1) what some practices
 * contribute — to each place they are at or below (locality_counts, adoption_counts), to each mechanism they use
 * (mechanism_counts) and to each of their own localities per mechanism (mechanism_locality_counts). Reprints
 * contribute nothing. Callers take a practice's contribution away before it changes and add it back after.
 */
import type { Sql } from './sqlite-connection';

const COUNTED = `counted AS (SELECT value AS id FROM json_each(:ids) WHERE NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = value))`;

const ADD = [
  `WITH ${COUNTED}
INSERT INTO locality_counts (locality_id, practices, mechanisms)
SELECT pp.locality_id, :sign * count(*), 0 FROM practice_place pp WHERE pp.practice_id IN (SELECT id FROM counted) GROUP BY pp.locality_id
ON CONFLICT (locality_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO adoption_counts (locality_id, mechanism_id, practices)
SELECT pp.locality_id, u.mechanism_id, :sign * count(*) FROM practice_place pp JOIN uses u ON u.practice_id = pp.practice_id
WHERE pp.practice_id IN (SELECT id FROM counted) GROUP BY pp.locality_id, u.mechanism_id
ON CONFLICT (locality_id, mechanism_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO mechanism_counts (mechanism_id, practices, localities)
SELECT u.mechanism_id, :sign * count(*), 0 FROM uses u WHERE u.practice_id IN (SELECT id FROM counted) GROUP BY u.mechanism_id
ON CONFLICT (mechanism_id) DO UPDATE SET practices = practices + excluded.practices`,
  `WITH ${COUNTED}
INSERT INTO mechanism_locality_counts (mechanism_id, locality_id, practices)
SELECT u.mechanism_id, li.locality_id, :sign * count(*) FROM uses u JOIN located_in li ON li.practice_id = u.practice_id
WHERE u.practice_id IN (SELECT id FROM counted) GROUP BY u.mechanism_id, li.locality_id
ON CONFLICT (mechanism_id, locality_id) DO UPDATE SET practices = practices + excluded.practices`,
];

/** Rows that dropped to zero go (each table has a partial index on them, so this reads only those rows). */
const DROP_EMPTY = [
  'DELETE FROM adoption_counts WHERE practices <= 0',
  'DELETE FROM mechanism_locality_counts WHERE practices <= 0',
  'DELETE FROM locality_counts WHERE practices <= 0',
  'DELETE FROM mechanism_counts WHERE practices <= 0',
];

/** The distinct counts of the localities and mechanisms these practices touch. */
const RECOUNT = [
  `UPDATE locality_counts SET mechanisms = (SELECT count(*) FROM adoption_counts a WHERE a.locality_id = locality_counts.locality_id)
WHERE locality_id IN (SELECT pp.locality_id FROM practice_place pp WHERE pp.practice_id IN (SELECT value FROM json_each(:ids)))`,
  `UPDATE mechanism_counts SET localities = (SELECT count(*) FROM mechanism_locality_counts m WHERE m.mechanism_id = mechanism_counts.mechanism_id)
WHERE mechanism_id IN (SELECT u.mechanism_id FROM uses u WHERE u.practice_id IN (SELECT value FROM json_each(:ids)))`,
];

export function adjustCounts(sql: Sql, practiceIds: readonly string[], sign: 1 | -1): void {
  if (practiceIds.length === 0) return;
  const ids = JSON.stringify(practiceIds);
  for (const statement of ADD) sql.statement(statement).run({ ids, sign });
  for (const statement of DROP_EMPTY) sql.statement(statement).run();
  for (const statement of RECOUNT) sql.statement(statement).run({ ids });
}
