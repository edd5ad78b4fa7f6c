/** clear(): every graph row, derived table and index entry goes, in one transaction; the schema and settings stay. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema';
import { ftsTable, SEARCHABLE_LABELS } from './derived-ddl';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted, RELATIONSHIP_TABLES } from './sqlite-tables';

/** Children before parents, so no foreign key is checked against rows about to go. */
const DERIVED = [
  'practice_terms',
  'practice_place',
  'mechanism_locality_counts',
  'adoption_counts',
  'mechanism_counts',
  'locality_counts',
  'locality_ancestor',
];

export function clearGraph(sql: Sql): void {
  // The indexes first, at once: the node tables' delete triggers then find nothing left to remove row by row.
  for (const label of SEARCHABLE_LABELS)
    sql.statement(`INSERT INTO ${ftsTable(label)} (${ftsTable(label)}) VALUES ('delete-all')`).run();
  for (const table of DERIVED) sql.statement(`DELETE FROM ${table}`).run();
  for (const type of RELATIONSHIP_TYPES) sql.statement(`DELETE FROM ${quoted(RELATIONSHIP_TABLES[type].table)}`).run();
  for (const label of NODE_LABELS) sql.statement(`DELETE FROM ${quoted(NODE_TABLES[label].table)}`).run();
}
