/**
 * DDL of the graph tables, generated from graph/schema.ts through sqlite-tables.ts: a node table per label (an integer
 * `num` that links the full-text index, the node `id`, one typed column per property) and a relationship table per
 * type (its two endpoint ids as foreign keys, one column per property), with the schema's property indexes.
 * Columns are nullable — older exports lack newer properties — and CHECK constraints hold their schema type.
 */
import { PROPERTY_INDEXES, type PropertyType } from '../../schema';
import { NODE_TABLES, quoted, RELATIONSHIP_TABLES, type ColumnSpec } from './sqlite-tables';

/** Extra lookups the reads make: search compares whole names and titles; the panel and listings read by level. */
const READ_INDEXES: { table: string; columns: string[] }[] = [
  { table: 'practice', columns: ['title'] },
  { table: 'locality', columns: ['name'] },
  { table: 'locality', columns: ['short_name'] },
  { table: 'mechanism', columns: ['family'] },
];

export function tableDdl(): string[] {
  const statements: string[] = [];
  for (const node of Object.values(NODE_TABLES)) {
    const extra = node.label === 'Bulletin' ? [`  ${quoted('fingerprint')} TEXT`] : [];
    statements.push(
      [
        `CREATE TABLE ${quoted(node.table)} (`,
        [
          `  ${quoted('num')} INTEGER PRIMARY KEY`,
          `  ${quoted('id')} TEXT NOT NULL UNIQUE`,
          ...node.columns.map(columnDdl),
          ...extra,
        ].join(',\n'),
        ')',
      ].join('\n'),
    );
  }
  for (const rel of Object.values(RELATIONSHIP_TABLES)) {
    const from = NODE_TABLES[rel.from].table;
    const to = NODE_TABLES[rel.to].table;
    const start = quoted(rel.startColumn);
    const end = quoted(rel.endColumn);
    statements.push(
      [
        `CREATE TABLE ${quoted(rel.table)} (`,
        [
          `  ${start} TEXT NOT NULL REFERENCES ${quoted(from)}(${quoted('id')}) ON DELETE CASCADE`,
          `  ${end} TEXT NOT NULL REFERENCES ${quoted(to)}(${quoted('id')}) ON DELETE CASCADE`,
          ...rel.columns.map(columnDdl),
          // Relationship ids derive from type and endpoints; only an id that does not is stored.
          `  ${quoted('id')} TEXT`,
          `  PRIMARY KEY (${start}, ${end})`,
        ].join(',\n'),
        ') WITHOUT ROWID',
      ].join('\n'),
    );
    statements.push(
      `CREATE INDEX ${quoted(`${rel.table}_by_${rel.endColumn}`)} ON ${quoted(rel.table)} (${end}, ${start})`,
    );
  }
  const indexes = [
    ...PROPERTY_INDEXES.map((i) => ({ table: NODE_TABLES[i.label].table, columns: [column(i.label, i.property)] })),
    ...READ_INDEXES,
  ];
  for (const index of indexes) {
    statements.push(
      `CREATE INDEX ${quoted(`${index.table}_by_${index.columns.join('_')}`)} ON ${quoted(index.table)} (${index.columns.map(quoted).join(', ')})`,
    );
  }
  return statements;
}

/**
 * ALTER statements adding the property columns a file's tables lack (`existing`: table → its column names), for a
 * migration after the schema gained properties. Nullable, so the rows already stored read as "not recorded".
 */
export function addedColumnsDdl(existing: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const tables = [...Object.values(NODE_TABLES), ...Object.values(RELATIONSHIP_TABLES)];
  return tables.flatMap((t) =>
    t.columns
      .filter((c) => !(existing.get(t.table)?.has(c.column) ?? true))
      .map((c) => `ALTER TABLE ${quoted(t.table)} ADD COLUMN ${columnDdl(c).trim()}`),
  );
}

/**
 * Indexes of schema version 3. A practice's mechanisms, without its `uses` rows: those carry the evidence sentence
 * (a page holds a practice or two), so the adoption matrix, walking the practices of 500 localities, read a page per
 * practice; this index holds a hundred practices' mechanisms per page.
 */
export function readIndexesV3(): string[] {
  return ['CREATE INDEX IF NOT EXISTS uses_mechanisms_by_practice ON uses (practice_id, mechanism_id)'];
}

function column(label: keyof typeof NODE_TABLES, property: string): string {
  const found = NODE_TABLES[label].columns.find((c) => c.property === property);
  if (!found) throw new Error(`table-ddl: ${label}.${property} is indexed but not declared`);
  return found.column;
}

const TYPE_SQL: Record<PropertyType, (column: string) => string> = {
  string: (c) => `TEXT CHECK (typeof(${c}) IN ('text', 'null'))`,
  int: (c) => `INTEGER CHECK (typeof(${c}) IN ('integer', 'null'))`,
  float: (c) => `REAL CHECK (typeof(${c}) IN ('real', 'null'))`,
  boolean: (c) => `INTEGER CHECK (${c} IN (0, 1))`,
  date: (c) => `TEXT CHECK (${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`,
  'string[]': (c) => `TEXT CHECK (json_type(${c}) = 'array')`,
};

function columnDdl(spec: ColumnSpec): string {
  const name = quoted(spec.column);
  return `  ${name} ${TYPE_SQL[spec.type](name)}`;
}
