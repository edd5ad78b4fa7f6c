/**
 * The memory store's in-process records: one object per node and per relationship, adjacency as arrays of
 * relationship records. Long texts loaded from a snapshot stay UTF-16LE bytes until read, and evidence sentences
 * are kept as spans of the practice text, so loading 100k practices decodes no text at all.
 */
import { relationshipId, type GraphNode, type GraphRelationship, type PropertyValue } from '../../graph-document';
import type { NodeLabel, RelationshipType } from '../../schema';

/** A string still encoded as UTF-16LE in a loaded snapshot's text section; decoded on each read, never cached. */
export class TextRef {
  constructor(
    readonly buffer: Buffer,
    /** Offset in characters into `buffer`. */
    readonly offset: number,
    readonly length: number,
  ) {}

  decode(): string {
    return this.buffer.toString('utf16le', 2 * this.offset, 2 * (this.offset + this.length));
  }
}

/** A relationship property that is the slice [start, end) of its start node's `text` (an evidence sentence). */
export class TextSpan {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

export type StoredValue = PropertyValue | TextRef | TextSpan;
export type StoredProperties = Record<string, StoredValue>;

export interface NodeRecord {
  readonly id: string;
  readonly label: NodeLabel;
  props: StoredProperties;
  out: EdgeRecord[];
  in: EdgeRecord[];
  /** Document number in the text index; -1 when not indexed. */
  docId: number;
  alive: boolean;
  /** Bulletins only: hash of the upserted document, to tell an unchanged re-upsert from an edited one. */
  fingerprint: string | null;
  /** Scratch position used while a snapshot is written. */
  slot: number;
}

export interface EdgeRecord {
  readonly type: RelationshipType;
  readonly start: NodeRecord;
  readonly end: NodeRecord;
  props: StoredProperties;
  /** Null when the id is the derived `relationshipId(type, start, end)` — nearly always — to save memory. */
  readonly explicitId: string | null;
}

/** Shared empty adjacency: most nodes (metrics) have no out-edges; a node gets its own array on first insert. */
export const NO_EDGES: EdgeRecord[] = Object.freeze([]) as unknown as EdgeRecord[];
export const NO_PROPERTIES: StoredProperties = Object.freeze({}) as StoredProperties;

export function newNodeRecord(id: string, label: NodeLabel, props: StoredProperties): NodeRecord {
  return { id, label, props, out: NO_EDGES, in: NO_EDGES, docId: -1, alive: true, fingerprint: null, slot: -1 };
}

export function edgeId(edge: EdgeRecord): string {
  return edge.explicitId ?? relationshipId(edge.type, edge.start.id, edge.end.id);
}

/** A node's `text` property as a string (decoded if it still lives in a snapshot buffer). */
export function nodeText(record: NodeRecord): string | null {
  const value = record.props.text;
  if (typeof value === 'string') return value;
  return value instanceof TextRef ? value.decode() : null;
}

/** A node property as a plain value (decoding a TextRef); spans do not occur on nodes. */
export function nodeValue(record: NodeRecord, key: string): PropertyValue | undefined {
  const value = record.props[key];
  if (value instanceof TextRef) return value.decode();
  if (value instanceof TextSpan) return null;
  return value === undefined ? undefined : copyValue(value);
}

export function nodeString(record: NodeRecord, key: string): string | null {
  const value = nodeValue(record, key);
  return typeof value === 'string' ? value : null;
}

export function toGraphNode(record: NodeRecord): GraphNode {
  const properties: Record<string, PropertyValue> = {};
  for (const key of Object.keys(record.props)) properties[key] = nodeValue(record, key) ?? null;
  return { id: record.id, labels: [record.label], properties };
}

/** Decodes a node's text; reads that touch many relationships of one node pass a memoized one. */
export type TextOf = (record: NodeRecord) => string | null;

/** A relationship property as a plain value; a TextSpan is cut from the start node's text. */
export function edgeValue(edge: EdgeRecord, key: string, textOf: TextOf = nodeText): PropertyValue | undefined {
  const value = edge.props[key];
  if (value instanceof TextSpan) return textOf(edge.start)?.slice(value.start, value.end) ?? null;
  if (value instanceof TextRef) return value.decode();
  return value === undefined ? undefined : copyValue(value);
}

export function toGraphRelationship(edge: EdgeRecord, textOf: TextOf = nodeText): GraphRelationship {
  const properties: Record<string, PropertyValue> = {};
  for (const key of Object.keys(edge.props)) properties[key] = edgeValue(edge, key, textOf) ?? null;
  return { id: edgeId(edge), type: edge.type, start: edge.start.id, end: edge.end.id, properties };
}

/** A TextOf that decodes each node's text once (for one read). */
export function memoizedText(): TextOf {
  const texts = new Map<NodeRecord, string | null>();
  return (record) => {
    let text = texts.get(record);
    if (text === undefined) texts.set(record, (text = nodeText(record)));
    return text;
  };
}

/** Lists are copied so callers cannot mutate the store through a returned node. */
function copyValue(value: PropertyValue): PropertyValue {
  return Array.isArray(value) ? [...value] : value;
}
