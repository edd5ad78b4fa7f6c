/**
 * The memory store's records: one object per node and per relationship, adjacency as arrays of relationship
 * records. Records of the loaded snapshot are created only when a read reaches them, and their properties and
 * adjacency are decoded on first access (RecordSource), so opening a 100k-practice graph builds almost nothing.
 * Long texts stay UTF-16LE bytes until read; evidence sentences are spans of the practice text.
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

/** Where a loaded record's properties and adjacency come from (the snapshot, through GraphCore). */
export interface RecordSource {
  propsOf(record: NodeRecord): StoredProperties;
  outOf(record: NodeRecord): EdgeRecord[];
  inOf(record: NodeRecord): EdgeRecord[];
  edgePropsOf(edge: EdgeRecord): StoredProperties;
}

/** Shared empty adjacency: most nodes (metrics) have no out-edges; a node gets its own array on first insert. */
export const NO_EDGES: EdgeRecord[] = Object.freeze([]) as unknown as EdgeRecord[];
export const NO_PROPERTIES: StoredProperties = Object.freeze({}) as StoredProperties;

export class NodeRecord {
  /** Document number in the text index; -1 when not indexed. */
  docId = -1;
  alive = true;
  /** Bulletins only: hash of the upserted document, to tell an unchanged re-upsert from an edited one. */
  fingerprint: string | null = null;
  private loadedProps: StoredProperties | undefined;
  private loadedOut: EdgeRecord[] | undefined;
  private loadedIn: EdgeRecord[] | undefined;

  constructor(
    readonly id: string,
    readonly label: NodeLabel,
    /** Unique number of the node in this process: its position in the snapshot, or beyond for nodes created since. */
    readonly slot: number,
    private readonly source: RecordSource | null,
    props?: StoredProperties,
  ) {
    if (!source) {
      this.loadedProps = props ?? {};
      this.loadedOut = NO_EDGES;
      this.loadedIn = NO_EDGES;
    }
  }

  get props(): StoredProperties {
    return (this.loadedProps ??= (this.source as RecordSource).propsOf(this));
  }

  set props(props: StoredProperties) {
    this.loadedProps = props;
  }

  get out(): EdgeRecord[] {
    return (this.loadedOut ??= (this.source as RecordSource).outOf(this));
  }

  set out(edges: EdgeRecord[]) {
    this.loadedOut = edges;
  }

  get in(): EdgeRecord[] {
    return (this.loadedIn ??= (this.source as RecordSource).inOf(this));
  }

  set in(edges: EdgeRecord[]) {
    this.loadedIn = edges;
  }

  /** Properties if already decoded or set (the snapshot writer copies the others' bytes as they are). */
  get propsIfLoaded(): StoredProperties | undefined {
    return this.loadedProps;
  }

  get outIfLoaded(): EdgeRecord[] | undefined {
    return this.loadedOut;
  }

  get inIfLoaded(): EdgeRecord[] | undefined {
    return this.loadedIn;
  }
}

export class EdgeRecord {
  private loadedProps: StoredProperties | undefined;

  constructor(
    readonly type: RelationshipType,
    readonly start: NodeRecord,
    readonly end: NodeRecord,
    /** Null when the id is the derived `relationshipId(type, start, end)` — nearly always — to save memory. */
    readonly explicitId: string | null,
    /** Position in the loaded snapshot, or -1 for a relationship created since. */
    readonly baseIndex: number,
    private readonly source: RecordSource | null,
    props?: StoredProperties,
  ) {
    if (!source) this.loadedProps = props ?? NO_PROPERTIES;
  }

  get props(): StoredProperties {
    return (this.loadedProps ??= (this.source as RecordSource).edgePropsOf(this));
  }

  set props(props: StoredProperties) {
    this.loadedProps = props;
  }

  get propsIfLoaded(): StoredProperties | undefined {
    return this.loadedProps;
  }
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
