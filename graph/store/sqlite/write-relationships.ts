/**
 * A document's relationships into their tables. An endpoint outside the document must be a
 * stored node of the label the schema names, else the whole bulletin is refused. A relationship already stored
 * between the same two nodes (a locality's PART_OF, brought again by every bulletin naming it) takes the new properties.
 */
import { relationshipId, type GraphRelationship } from '../../graph-document';
import { RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../schema';
import { invalidDocument as invalid } from '../bulletin-ownership';
import { columnList } from './column-list';
import type { Sql } from './sqlite-connection';
import { quoted, RELATIONSHIP_TABLES } from './sqlite-tables';
import { toColumnValue } from './row-values';

/**
 * Writes them; returns the children of PART_OF edges that were not stored before (their hierarchy changed).
 * `stored`: the labels of stored nodes, at least of every endpoint outside the document.
 */
export function writeRelationships({
  sql,
  relationships,
  labels,
  stored,
}: {
  sql: Sql;
  relationships: readonly GraphRelationship[];
  labels: ReadonlyMap<string, NodeLabel>;
  stored: ReadonlyMap<string, NodeLabel>;
}): string[] {
  const outside = stored;
  for (const rel of relationships) {
    const spec = RELATIONSHIPS[rel.type];
    const from = labels.get(rel.start) ?? outside.get(rel.start);
    const to = labels.get(rel.end) ?? outside.get(rel.end);
    if (from === undefined || to === undefined)
      throw invalid(`relationship ${rel.id} points to a node that is neither in the document nor in the store`);
    if (from !== spec.from || to !== spec.to)
      throw invalid(`relationship ${rel.id}: ${rel.type} goes ${spec.from} → ${spec.to}, not ${from} → ${to}`);
  }
  const partOf = relationships.filter((r) => r.type === 'PART_OF');
  const known = new Set(
    (
      sql
        .statement(
          'SELECT locality_id, parent_id FROM part_of WHERE (locality_id, parent_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))',
        )
        .raw()
        .all(JSON.stringify(partOf.map((r) => [r.start, r.end]))) as [string, string][]
    ).map(([child, parent]) => `${child}\u0000${parent}`),
  );
  const byType = new Map<RelationshipType, GraphRelationship[]>();
  for (const rel of relationships) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  for (const [type, group] of byType) upsertRelationships({ sql, type, relationships: group });
  return partOf.filter((r) => !known.has(`${r.start}\u0000${r.end}`)).map((r) => r.start);
}

/** Inserts relationships of one type; one already stored between the same nodes takes the new id and properties. */
export function upsertRelationships({
  sql,
  type,
  relationships,
}: {
  sql: Sql;
  type: RelationshipType;
  relationships: readonly GraphRelationship[];
}): void {
  if (relationships.length === 0) return;
  const table = RELATIONSHIP_TABLES[type];
  const names = [table.startColumn, table.endColumn, 'id', ...table.columns.map((c) => c.column)];
  const updates = names.slice(2).map((n) => `${quoted(n)} = excluded.${quoted(n)}`);
  const insert = sql.statement(
    `INSERT INTO ${quoted(table.table)} (${columnList(names)}) VALUES (${names.map(() => '?').join(', ')}) ` +
      `ON CONFLICT (${quoted(table.startColumn)}, ${quoted(table.endColumn)}) DO UPDATE SET ${updates.join(', ')}`,
  );
  for (const rel of relationships) {
    const explicitId = rel.id === relationshipId({ type: rel.type, start: rel.start, end: rel.end }) ? null : rel.id;
    insert.run(
      rel.start,
      rel.end,
      explicitId,
      ...table.columns.map((c) => toColumnValue(c, rel.properties[c.property])),
    );
  }
}
