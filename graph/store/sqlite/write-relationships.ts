/**
 * A document's relationships into their tables. An endpoint outside the document must be a stored node of the label
 * the schema names, else the whole bulletin is refused. A relationship already stored between the same two nodes
 * (a locality's PART_OF, brought again by every bulletin that names it) takes the document's properties.
 */
import type { GraphRelationship } from '../../graph-document';
import { relationshipId } from '../../graph-document';
import { RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../schema';
import { invalidDocument as invalid } from '../bulletin-ownership';
import type { Sql } from './sqlite-connection';
import { quoted, RELATIONSHIP_TABLES } from './sqlite-tables';
import { storedLabels } from './stored-labels';
import { toColumnValue } from './row-values';

/** Returns the PART_OF pairs that were not stored before (their hierarchy changed). */
export function writeRelationships(sql: Sql, relationships: readonly GraphRelationship[], labels: ReadonlyMap<string, NodeLabel>): GraphRelationship[] {
  const outside = storedLabels(
    sql,
    relationships.flatMap((r) => [r.start, r.end]).filter((id) => !labels.has(id)),
  );
  const newPartOf: GraphRelationship[] = [];
  for (const rel of relationships) {
    const spec = RELATIONSHIPS[rel.type];
    const from = labels.get(rel.start) ?? outside.get(rel.start);
    const to = labels.get(rel.end) ?? outside.get(rel.end);
    if (from === undefined || to === undefined) throw invalid(`relationship ${rel.id} points to a node that is neither in the document nor in the store`);
    if (from !== spec.from || to !== spec.to) throw invalid(`relationship ${rel.id}: ${rel.type} goes ${spec.from} → ${spec.to}, not ${from} → ${to}`);
    if (rel.type === 'PART_OF' && !isStored(sql, rel.type, rel.start, rel.end)) newPartOf.push(rel);
    upsertRelationship(sql, rel);
  }
  return newPartOf;
}

export function upsertRelationship(sql: Sql, rel: GraphRelationship): void {
  const table = RELATIONSHIP_TABLES[rel.type];
  const names = [table.startColumn, table.endColumn, 'id', ...table.columns.map((c) => c.column)].map(quoted);
  const updates = names.slice(2).map((n) => `${n} = excluded.${n}`);
  sql
    .statement(
      `INSERT INTO ${quoted(table.table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ` +
        `ON CONFLICT (${names[0]}, ${names[1]}) DO UPDATE SET ${updates.join(', ')}`,
    )
    .run(
      rel.start,
      rel.end,
      rel.id === relationshipId(rel.type, rel.start, rel.end) ? null : rel.id,
      ...table.columns.map((c) => toColumnValue(c, rel.properties[c.property])),
    );
}

function isStored(sql: Sql, type: RelationshipType, start: string, end: string): boolean {
  const table = RELATIONSHIP_TABLES[type];
  return sql.statement(`SELECT 1 FROM ${quoted(table.table)} WHERE ${quoted(table.startColumn)} = ? AND ${quoted(table.endColumn)} = ?`).get(start, end) !== undefined;
}
