/**
 * neo4j-admin import CSVs: one nodes file per label and one relationships file per type, typed headers derived from
 * graph/schema.ts, one global string id space (`id:ID`, `:START_ID`, `:END_ID`), and a README.txt with the command.
 */
import type { GraphDocument, PropertyValue } from '../graph-document';
import type { PropertyType } from '../schema';
import { csvReadme } from './csv-readme';
import { schemaStatements } from './cypher-schema';
import {
  groupNodes,
  groupRelationships,
  nodeColumns,
  relationshipColumns,
  type PropertyColumn,
} from './schema-columns';
import { assertGraphDocument } from './validate-graph-document';

export interface ExportFile {
  /** A bare file name (no folder): the caller decides where the set goes. */
  name: string;
  content: string;
}

export interface CsvExport {
  files: ExportFile[];
  /** The array delimiter used in the files (and passed to neo4j-admin by the README's command). */
  arrayDelimiter: string;
}

/**
 * Array delimiters in order of preference. neo4j-admin cannot escape its array delimiter, so the first one that no
 * list element contains is used, and the README's command line says which: lists stay lossless.
 */
const ARRAY_DELIMITERS = [';', '|', '\u001f'] as const;

const SCHEMA_FILE = 'schema.cypher';

/**
 * Types as neo4j-admin spells them; its default --normalize-types turns int into 64-bit and float into double.
 * Dates stay ISO strings, as the Neo4j store writes them, so an imported graph answers queries the same way.
 */
const HEADER_TYPE: Record<PropertyType, string> = {
  string: 'string',
  int: 'int',
  float: 'float',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'string[]',
};

/** Pure: the CSV files and README for `document`. Throws `InvalidInput` when the document breaks the contract. */
export function exportCsv(document: GraphDocument): CsvExport {
  assertGraphDocument(document, 'exportCsv');
  const delimiter = chooseArrayDelimiter(document);
  const files: ExportFile[] = [];
  for (const group of groupNodes(document)) {
    const columns = nodeColumns(group.labels);
    const rows = group.nodes.map((node) => [
      quote(node.id),
      node.labels.join(delimiter),
      ...columns.map((c) => field(node.properties[c.key], c.type, delimiter)),
    ]);
    files.push({ name: `nodes-${group.label}.csv`, content: csv(['id:ID', ':LABEL', ...headers(columns)], rows) });
  }
  for (const group of groupRelationships(document)) {
    const columns = relationshipColumns(group.type);
    const rows = group.relationships.map((rel) => [
      quote(rel.start),
      quote(rel.end),
      rel.type,
      quote(rel.id),
      ...columns.map((c) => field(rel.properties[c.key], c.type, delimiter)),
    ]);
    // The relationship id is stored as property `id`, as the Neo4j store does, so both routes give the same graph.
    const header = [':START_ID', ':END_ID', ':TYPE', 'id:string', ...headers(columns)];
    files.push({ name: `relationships-${group.type}.csv`, content: csv(header, rows) });
  }
  const csvFiles = files.map((f) => f.name);
  files.push({
    name: SCHEMA_FILE,
    content: schemaStatements()
      .map((s) => `${s}\n;\n`)
      .join('\n'),
  });
  files.push({
    name: 'README.txt',
    content: csvReadme({ files: csvFiles, arrayDelimiter: delimiter, schemaFile: SCHEMA_FILE }),
  });
  return { files, arrayDelimiter: delimiter };
}

function chooseArrayDelimiter(document: GraphDocument): string {
  const elements: string[] = [];
  for (const item of [...document.nodes, ...document.relationships]) {
    for (const value of Object.values(item.properties)) if (Array.isArray(value)) elements.push(...value);
  }
  const delimiter = ARRAY_DELIMITERS.find((d) => elements.every((e) => !e.includes(d)));
  if (delimiter === undefined)
    throw new Error('exportCsv: every array delimiter (; | U+001F) occurs inside some list element');
  return delimiter;
}

function headers(columns: PropertyColumn[]): string[] {
  return columns.map((c) => `${c.key}:${HEADER_TYPE[c.type]}`);
}

/**
 * One cell. Null, a missing property and an empty list are an empty unquoted cell, which neo4j-admin skips (no property);
 * strings are always quoted so that an empty string ("") stays an empty string.
 */
function field(value: PropertyValue | undefined, type: PropertyType, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.join(delimiter));
  if (type === 'string') return quote(String(value));
  return String(value);
}

/** RFC 4180 quoting, which neo4j-admin reads (a quote inside is doubled; newlines need --multiline-fields=true). */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';
}
