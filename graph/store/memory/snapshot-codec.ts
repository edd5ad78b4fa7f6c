/**
 * Node and relationship records as they are stored in a snapshot: JSON arrays with properties in schema order
 * (no repeated keys), nodes referenced by their slot in the id-sorted node list, relationship ids omitted when
 * derived, long strings moved to the UTF-16LE text section and evidence sentences stored as spans of the start
 * node's text. A number in a string-typed column is such a packed reference: offset · 2^20 + length.
 */
import { relationshipId, type PropertyValue } from '../../graph-document';
import { NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_TYPES, RELATIONSHIPS, type NodeLabel, type PropertySpec, type RelationshipType } from '../../schema';
import { edgeValue, newNodeRecord, NO_EDGES, NO_PROPERTIES, TextRef, TextSpan, type EdgeRecord, type NodeRecord, type StoredProperties, type StoredValue } from './node-records';
import { FIELD_WEIGHTS } from './text-terms';

/** Strings at least this long go to the text section (practice texts, long titles and descriptions). */
const LONG_TEXT = 64;
const PACK = 2 ** 20;

/** Thrown for a malformed record; the reader turns it into StoreError('CorruptSnapshot') naming the file. */
export class SnapshotFormatError extends Error {}

interface Column {
  key: string;
  stringy: boolean;
}

const columnsOf = (properties: Record<string, PropertySpec>): Column[] =>
  Object.entries(properties).map(([key, spec]) => ({ key, stringy: spec.type === 'string' || spec.type === 'date' }));
const NODE_COLUMNS = Object.fromEntries(NODE_LABELS.map((l) => [l, columnsOf(NODE_PROPERTIES[l])])) as Record<NodeLabel, Column[]>;
const EDGE_COLUMNS = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, columnsOf(RELATIONSHIPS[t].properties)])) as Record<RelationshipType, Column[]>;
const LABEL_CODE = new Map<NodeLabel, number>(NODE_LABELS.map((l, i) => [l, i]));
const TYPE_CODE = new Map<RelationshipType, number>(RELATIONSHIP_TYPES.map((t, i) => [t, i]));

/** Collects long strings for the text section; returns each one's offset in characters. */
export class TextSink {
  readonly parts: Buffer[] = [];
  private chars = 0;

  add(value: string | TextRef): number {
    const offset = this.chars;
    if (value instanceof TextRef) this.parts.push(value.buffer.subarray(2 * value.offset, 2 * (value.offset + value.length)));
    else this.parts.push(Buffer.from(value, 'utf16le'));
    this.chars += value.length;
    return offset;
  }
}

export function encodeNode(record: NodeRecord, texts: TextSink): unknown[] {
  const columns = NODE_COLUMNS[record.label];
  const keys = Object.keys(record.props);
  const encoded: unknown[] = [record.id, LABEL_CODE.get(record.label)];
  if (fitsColumns(record.props, keys, columns)) encoded.push(columns.map((c) => encodeValue(record.props[c.key] as StoredValue, c.stringy, texts)));
  else encoded.push(0, Object.fromEntries(keys.map((k) => [k, plain(record.props[k] as StoredValue)])));
  if (record.fingerprint !== null) {
    encoded[3] ??= 0;
    encoded.push(record.fingerprint);
  }
  return encoded;
}

export function decodeNode(raw: unknown, slot: number, texts: Buffer): NodeRecord {
  if (!Array.isArray(raw) || typeof raw[0] !== 'string') throw new SnapshotFormatError(`node record ${slot} is malformed`);
  const label = NODE_LABELS[raw[1] as number];
  if (label === undefined) throw new SnapshotFormatError(`node record ${slot} has an unknown label`);
  let props: StoredProperties;
  const values: unknown = raw[2];
  const columns = NODE_COLUMNS[label];
  if (Array.isArray(values)) {
    if (values.length !== columns.length) throw new SnapshotFormatError(`node record ${slot} has ${values.length} values for ${label}`);
    props = {};
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column;
      const value = values[i] as PropertyValue;
      props[column.key] = column.stringy && typeof value === 'number' ? textRef(texts, value, slot) : value;
    }
  } else if (raw[3] !== null && typeof raw[3] === 'object') props = raw[3] as StoredProperties;
  else throw new SnapshotFormatError(`node record ${slot} has no properties`);
  const record = newNodeRecord(raw[0], label, props);
  if (typeof raw[4] === 'string') record.fingerprint = raw[4];
  if (FIELD_WEIGHTS[label]) record.docId = slot;
  return record;
}

export function encodeEdge(edge: EdgeRecord): unknown[] {
  const columns = EDGE_COLUMNS[edge.type];
  const keys = Object.keys(edge.props);
  const encoded: unknown[] = [TYPE_CODE.get(edge.type), edge.start.slot, edge.end.slot];
  if (fitsColumns(edge.props, keys, columns)) {
    if (columns.length > 0) encoded.push(columns.map((c) => encodeSpan(edge.props[c.key] as StoredValue)));
  } else encoded.push(Object.fromEntries(keys.map((k) => [k, edgeValue(edge, k) ?? null])));
  if (edge.explicitId !== null && edge.explicitId !== relationshipId(edge.type, edge.start.id, edge.end.id)) {
    encoded[3] ??= 0;
    encoded.push(edge.explicitId);
  }
  return encoded;
}

/** Decodes a relationship record and links it into its endpoints' adjacency (returns its type). */
export function decodeEdge(raw: unknown, records: readonly NodeRecord[], row: number): RelationshipType {
  if (!Array.isArray(raw)) throw new SnapshotFormatError(`relationship record ${row} is malformed`);
  const type = RELATIONSHIP_TYPES[raw[0] as number];
  const start = records[raw[1] as number];
  const end = records[raw[2] as number];
  if (type === undefined || start === undefined || end === undefined) throw new SnapshotFormatError(`relationship record ${row} points outside the graph`);
  const values: unknown = raw[3];
  let props: StoredProperties = NO_PROPERTIES;
  if (Array.isArray(values)) {
    const columns = EDGE_COLUMNS[type];
    props = {};
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column;
      const value = values[i] as PropertyValue;
      props[column.key] = column.stringy && typeof value === 'number' ? new TextSpan(Math.floor(value / PACK), Math.floor(value / PACK) + (value % PACK)) : value;
    }
  } else if (values !== null && typeof values === 'object') props = values as StoredProperties;
  const edge: EdgeRecord = { type, start, end, props, explicitId: typeof raw[4] === 'string' ? raw[4] : null };
  if (start.out === NO_EDGES) start.out = [];
  if (end.in === NO_EDGES) end.in = [];
  start.out.push(edge);
  end.in.push(edge);
  return type;
}

/** Positional form needs exactly the schema's keys, and no number where a string belongs (it would read as a reference). */
function fitsColumns(props: StoredProperties, keys: string[], columns: Column[]): boolean {
  return keys.length === columns.length && columns.every((c) => c.key in props && !(c.stringy && typeof props[c.key] === 'number'));
}

function encodeValue(value: StoredValue, stringy: boolean, texts: TextSink): unknown {
  if (value instanceof TextRef) return pack(texts.add(value), value.length);
  if (stringy && typeof value === 'string' && value.length >= LONG_TEXT && value.length < PACK) return pack(texts.add(value), value.length);
  return plain(value);
}

function encodeSpan(value: StoredValue): unknown {
  return value instanceof TextSpan ? pack(value.start, value.end - value.start) : plain(value);
}

/** A stored value as JSON can hold it (spans and refs outside the positional form are decoded). */
function plain(value: StoredValue): PropertyValue {
  if (value instanceof TextRef) return value.decode();
  if (value instanceof TextSpan) throw new SnapshotFormatError('a text span outside its column cannot be stored');
  return value;
}

function pack(offset: number, length: number): number {
  return offset * PACK + length;
}

function textRef(texts: Buffer, packed: number, slot: number): TextRef {
  const offset = Math.floor(packed / PACK);
  const length = packed % PACK;
  if (2 * (offset + length) > texts.length) throw new SnapshotFormatError(`node record ${slot} points past the text section`);
  return new TextRef(texts, offset, length);
}
