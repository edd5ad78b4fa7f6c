/**
 * How the Cypher console prints one cell of a result (table and CSV): a node as its label and caption
 * ("Mechanism 双报到", the caption the server gave the node in `nodes`), a relationship as its type (":USES"), a
 * path as its nodes joined by its relationships, a list as its items, a map as its entries. Pure.
 */
import type { ApiNode } from '../api/types';
import type { CsvCell } from '../export/csv';

/** A row value as the store serialises it (graph/store/neo4j/plain-values.ts). */
interface CellNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface CellRelationship {
  type: string;
  start: string;
  end: string;
}

interface CellPath {
  nodes: unknown[];
  relationships: unknown[];
}

/** Node captions of a result, by id: `cellText` prints a node with the caption the server computed for it. */
export type Captions = ReadonlyMap<string, string>;

export function captionsOf(nodes: readonly ApiNode[]): Captions {
  return new Map(nodes.map((n) => [n.id, n.caption]));
}

export function cellText(value: unknown, captions: Captions): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return compositeText(value, captions);
}

function compositeText(value: unknown, captions: Captions): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => compositeText(v, captions)).join(', ')}]`;
  if (isNode(value)) return nodeText(value, captions);
  if (isRelationship(value)) return `:${value.type}`;
  if (isPath(value)) return pathText(value, captions);
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${compositeText(v, captions)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function nodeText(node: CellNode, captions: Captions): string {
  const label = node.labels[0] ?? '';
  const own = ['name', 'title']
    .map((key) => node.properties[key])
    .find((v): v is string => typeof v === 'string' && v !== '');
  const caption = captions.get(node.id) || own || node.id;
  return label ? `${label} ${caption}` : caption;
}

/** (a)-[:T]->(b)<-[:U]-(c): each relationship points the way it is stored. */
function pathText(path: CellPath, captions: Captions): string {
  const nodes = path.nodes.filter(isNode);
  let text = nodes[0] ? nodeText(nodes[0], captions) : '';
  path.relationships.forEach((r, i) => {
    const next = nodes[i + 1];
    if (!isRelationship(r) || !next) return;
    const forward = r.end === next.id;
    text += `${forward ? ' -[' : ' <-['}:${r.type}${forward ? ']-> ' : ']- '}${nodeText(next, captions)}`;
  });
  return text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNode(value: unknown): value is CellNode {
  return (
    isObject(value) &&
    typeof value['id'] === 'string' &&
    Array.isArray(value['labels']) &&
    isObject(value['properties'])
  );
}

function isRelationship(value: unknown): value is CellRelationship {
  return (
    isObject(value) &&
    typeof value['type'] === 'string' &&
    typeof value['start'] === 'string' &&
    typeof value['end'] === 'string' &&
    isObject(value['properties'])
  );
}

function isPath(value: unknown): value is CellPath {
  return (
    isObject(value) &&
    Array.isArray(value['nodes']) &&
    Array.isArray(value['relationships']) &&
    Object.keys(value).length === 2
  );
}
