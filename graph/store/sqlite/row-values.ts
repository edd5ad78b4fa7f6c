/**
 * Property values ↔ SQLite column values, by schema type: booleans as 0/1, string lists as JSON arrays, the rest
 * as themselves. Reading a row gives every nullable property (null when unset, as the Neo4j store does) and the
 * non-nullable ones that are set, so a GraphNode reads the same from either store.
 */
import { relationshipId, type GraphNode, type GraphRelationship, type PropertyValue } from '../../graph-document';
import type { NodeLabel, RelationshipType } from '../../schema';
import { NODE_TABLES, quoted, RELATIONSHIP_TABLES, type ColumnSpec } from './sqlite-tables';

export type Row = Record<string, unknown>;
export type ColumnValue = string | number | null;

export function toColumnValue(spec: ColumnSpec, value: PropertyValue | undefined): ColumnValue {
  if (value === undefined || value === null) return null;
  if (spec.type === 'boolean') return value ? 1 : 0;
  if (spec.type === 'string[]') return JSON.stringify(value);
  return value as string | number;
}

export function toPropertyValue(spec: ColumnSpec, value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (spec.type === 'boolean') return value === 1;
  if (spec.type === 'string[]') return JSON.parse(String(value)) as string[];
  return value as string | number;
}

function propertiesOf(columns: readonly ColumnSpec[], row: Row): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const spec of columns) {
    const value = row[spec.column];
    if (value !== null && value !== undefined) properties[spec.property] = toPropertyValue(spec, value);
    else if (spec.nullable) properties[spec.property] = null;
  }
  return properties;
}

export function toGraphNode(label: NodeLabel, row: Row): GraphNode {
  return { id: String(row['id']), labels: [label], properties: propertiesOf(NODE_TABLES[label].columns, row) };
}

export function toGraphRelationship(type: RelationshipType, row: Row): GraphRelationship {
  const table = RELATIONSHIP_TABLES[type];
  const start = String(row[table.startColumn]);
  const end = String(row[table.endColumn]);
  const stored = row['id'];
  return {
    id: typeof stored === 'string' ? stored : relationshipId({ type, start, end }),
    type,
    start,
    end,
    properties: propertiesOf(table.columns, row),
  };
}

/** `id` and every property column of a label's table, for SELECT lists (`alias.` prefixed when given). */
export function nodeColumns(label: NodeLabel, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return [`${prefix}${quoted('id')}`, ...NODE_TABLES[label].columns.map((c) => `${prefix}${quoted(c.column)}`)].join(
    ', ',
  );
}

/** Endpoints, `id` and every property column of a relationship table. */
export function relationshipColumns(type: RelationshipType, alias?: string): string {
  const table = RELATIONSHIP_TABLES[type];
  const prefix = alias ? `${alias}.` : '';
  return [table.startColumn, table.endColumn, 'id', ...table.columns.map((c) => c.column)]
    .map((c) => `${prefix}${quoted(c)}`)
    .join(', ');
}
