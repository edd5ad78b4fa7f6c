/**
 * GraphML for Gephi and Cytoscape desktop: one typed <key> per property (from graph/schema.ts), a `labels` key,
 * a display `label` for nodes and edges (edge label = relationship type), directed edges, everything XML-escaped.
 */
import type { GraphDocument, PropertyValue } from '../graph-document';
import type { PropertyType } from '../schema';
import {
  groupNodes,
  groupRelationships,
  nodeColumns,
  relationshipColumns,
  type PropertyColumn,
} from './schema-columns';
import { assertGraphDocument } from './validate-graph-document';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

/** Dates and lists have no GraphML type: they are strings (lists joined with ";", which is lossy if an element has one). */
const GRAPHML_TYPE: Record<PropertyType, GraphmlType> = {
  string: 'string',
  int: 'int',
  float: 'double',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'string',
};
const LIST_SEPARATOR = ';';

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

/** Pure: the GraphML document for `document`. Throws `InvalidInput` when the document breaks the contract. */
export function exportGraphml(document: GraphDocument): string {
  assertGraphDocument(document, 'exportGraphml');
  const nodeKeys = keys(
    'n',
    groupNodes(document).flatMap((g) => nodeColumns(g.labels)),
  );
  const edgeKeys = keys(
    'e',
    groupRelationships(document).flatMap((g) => relationshipColumns(g.type)),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    // Gephi takes the node and edge attribute named "label" as the display label.
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...[...nodeKeys.values()].map((k) => keyLine(k, 'node')),
    '  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>',
    ...[...edgeKeys.values()].map((k) => keyLine(k, 'edge')),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of document.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(data('labels', node.labels.map((l) => `:${l}`).join('')));
    lines.push(data('label', displayName(node.id, node.properties)));
    for (const [name, value] of Object.entries(node.properties)) pushData(lines, nodeKeys.get(name), value);
    lines.push('    </node>');
  }
  for (const rel of document.relationships) {
    lines.push(`    <edge id="${escapeXml(rel.id)}" source="${escapeXml(rel.start)}" target="${escapeXml(rel.end)}">`);
    lines.push(data('edge_label', rel.type));
    for (const [name, value] of Object.entries(rel.properties)) pushData(lines, edgeKeys.get(name), value);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

/** One key per property name; a name declared with two types by two labels gets double (int+float) or string. */
function keys(prefix: string, columns: PropertyColumn[]): Map<string, Key> {
  const byName = new Map<string, Key>();
  for (const column of columns) {
    const type = GRAPHML_TYPE[column.type];
    const seen = byName.get(column.key);
    if (!seen) byName.set(column.key, { id: `${prefix}_${column.key}`, name: column.key, type });
    else if (seen.type !== type)
      seen.type = [seen.type, type].every((t) => t === 'int' || t === 'double') ? 'double' : 'string';
  }
  return byName;
}

function keyLine(key: Key, domain: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

/** Null and empty lists are left out: GraphML's absent value is what the tools show as empty. */
function pushData(lines: string[], key: Key | undefined, value: PropertyValue): void {
  if (!key || value === null || (Array.isArray(value) && value.length === 0)) return;
  lines.push(data(key.id, Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value)));
}

function data(key: string, text: string): string {
  return `      <data key="${key}">${escapeXml(text)}</data>`;
}

/** What a graph tool should print on the node: its name or title, else the start of its text, else its id. */
function displayName(id: string, properties: Record<string, PropertyValue>): string {
  for (const key of ['name', 'title', 'text', 'source']) {
    const value = properties[key];
    if (typeof value === 'string' && value !== '') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  }
  return id;
}

/**
 * Escapes for text and attribute values alike. Tab, newline and carriage return become character references so that
 * attribute normalisation and line-end normalisation keep them; characters XML 1.0 cannot carry at all (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
