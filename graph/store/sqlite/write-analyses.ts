/**
 * replaceAnalyses() in one write transaction: every SIMILAR_TO and REPRINT_OF goes and the new ones come, every
 * mechanism's family properties are set (null when left out), and practices whose reprint status changes move in or
 * out of the adoption counts. Checked first (analysis-checks.ts), so a refused analysis leaves the old one in place.
 */
import { ANALYSIS_NODE_PROPERTIES, ANALYSIS_RELATIONSHIP_TYPES } from '../../schema';
import { analysisPracticeIds, checkAnalyses, missingPractices } from '../analysis-checks';
import type { GraphAnalyses } from '../graph-store';
import { StoreError } from '../store-error';
import { adjustCounts } from './adjust-counts';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted, RELATIONSHIP_TABLES } from './sqlite-tables';
import { upsertRelationships } from './write-relationships';

export function writeAnalyses(sql: Sql, analyses: GraphAnalyses): void {
  checkAnalyses(analyses);
  const ids = [...analysisPracticeIds(analyses)];
  const found = new Set(
    sql
      .statement('SELECT id FROM practice WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(ids)) as string[],
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw missingPractices(missing);
  const names = Object.keys(analyses.mechanismProperties);
  const known = new Set(
    sql
      .statement('SELECT name FROM mechanism WHERE name IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(names)) as string[],
  );
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new StoreError(
      'InvalidInput',
      `replaceAnalyses: no mechanism ${unknown.slice(0, 3).join(', ')} in the store`,
    );

  const before = new Set(sql.statement('SELECT DISTINCT practice_id FROM reprint_of').pluck().all() as string[]);
  const after = new Set(analyses.relationships.filter((r) => r.type === 'REPRINT_OF').map((r) => r.start));
  // Take out what stops counting while it still counts; add back what starts counting once no reprint row remains.
  adjustCounts({ sql, practiceIds: [...after].filter((id) => !before.has(id)), sign: -1 });
  for (const type of ANALYSIS_RELATIONSHIP_TYPES)
    sql.statement(`DELETE FROM ${quoted(RELATIONSHIP_TABLES[type].table)}`).run();
  adjustCounts({ sql, practiceIds: [...before].filter((id) => !after.has(id)), sign: 1 });
  for (const type of ANALYSIS_RELATIONSHIP_TYPES)
    upsertRelationships({ sql, type, relationships: analyses.relationships.filter((r) => r.type === type) });

  const { table, columns } = NODE_TABLES.Mechanism;
  const keys = ANALYSIS_NODE_PROPERTIES.Mechanism;
  const settable = keys.map((key) => columns.find((c) => c.property === key)?.column as string);
  sql
    .statement(
      `UPDATE ${quoted(table)} SET ${settable.map((c) => `${quoted(c)} = NULL`).join(', ')} WHERE ${settable.map((c) => `${quoted(c)} IS NOT NULL`).join(' OR ')}`,
    )
    .run();
  const update = sql.statement(
    `UPDATE ${quoted(table)} SET ${settable.map((c) => `${quoted(c)} = ?`).join(', ')} WHERE name = ?`,
  );
  for (const [name, properties] of Object.entries(analyses.mechanismProperties))
    update.run(...keys.map((key) => properties[key] ?? null), name);
}
