/**
 * How graph/schema.ts maps onto SQLite tables: one table per node label and one per relationship type, named for what
 * they hold (practice, uses, part_of), properties as snake_case columns of their schema type. Every DDL statement,
 * row conversion and query of the store takes its names from here, so the schema stays the single source of truth.
 */
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  isSharedLabel,
  type NodeLabel,
  type PropertyType,
  type RelationshipType,
} from '../../schema';

export interface ColumnSpec {
  /** The schema property (camelCase). */
  property: string;
  /** Its column (snake_case). */
  column: string;
  type: PropertyType;
  nullable: boolean;
}

export interface NodeTable {
  label: NodeLabel;
  table: string;
  columns: ColumnSpec[];
}

export interface RelationshipTable {
  type: RelationshipType;
  table: string;
  from: NodeLabel;
  to: NodeLabel;
  /** Columns holding the start and end node ids. */
  startColumn: string;
  endColumn: string;
  columns: ColumnSpec[];
}

/** Endpoint columns of relationships between two nodes of one label, where `<label>_id` would name both ends. */
const SAME_LABEL_ENDPOINTS: Partial<Record<RelationshipType, [string, string]>> = {
  PART_OF: ['locality_id', 'parent_id'],
  SIMILAR_TO: ['practice_id', 'similar_id'],
  REPRINT_OF: ['practice_id', 'original_id'],
};

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '');
}

function columnsOf(properties: Record<string, { type: PropertyType; nullable?: boolean }>): ColumnSpec[] {
  return Object.entries(properties).map(([property, spec]) => ({
    property,
    column: snakeCase(property),
    type: spec.type,
    nullable: spec.nullable === true,
  }));
}

export const NODE_TABLES = Object.fromEntries(
  NODE_LABELS.map((label) => [label, { label, table: snakeCase(label), columns: columnsOf(NODE_PROPERTIES[label]) }]),
) as Record<NodeLabel, NodeTable>;

export const RELATIONSHIP_TABLES = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => {
    const spec = RELATIONSHIPS[type];
    const [startColumn, endColumn] = SAME_LABEL_ENDPOINTS[type] ?? [
      `${snakeCase(spec.from)}_id`,
      `${snakeCase(spec.to)}_id`,
    ];
    if (startColumn === endColumn) throw new Error(`sqlite-tables: ${type} needs distinct endpoint column names`);
    return [
      type,
      {
        type,
        table: type.toLowerCase(),
        from: spec.from,
        to: spec.to,
        startColumn,
        endColumn,
        columns: columnsOf(spec.properties),
      },
    ];
  }),
) as Record<RelationshipType, RelationshipTable>;

/** Labels whose nodes a bulletin owns: written and deleted with it. The others are shared and merged. */
export const OWNED_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((l) => !isSharedLabel(l));

/** A double-quoted SQL identifier (`end` is a keyword; quoting every name keeps the generated SQL uniform). */
export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
