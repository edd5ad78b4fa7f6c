/**
 * Properties as stored in a snapshot: one small JSON array per node or relationship, values in schema order (no
 * repeated keys), decoded only when the record is read. Long node strings move to the UTF-16LE text section and
 * relationship evidence is a span of the start node's text; either way a number in a string-typed column is a
 * packed reference, offset · 2^20 + length. Node form: [values] or [0, {props}], then the bulletin fingerprint.
 */
import type { PropertyValue } from '../../graph-document';
import { NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_TYPES, RELATIONSHIPS, type NodeLabel, type PropertySpec, type RelationshipType } from '../../schema';
import { NO_PROPERTIES, TextRef, TextSpan, type StoredProperties, type StoredValue } from './node-records';

/** Strings at least this long go to the text section (practice texts, long titles and descriptions). */
const LONG_TEXT = 64;
const PACK = 2 ** 20;

/** Thrown for a malformed record; the reader turns it into StoreError('CorruptSnapshot') naming the file. */
export class SnapshotFormatError extends Error {}

interface Column {
  key: string;
  stringy: boolean;
  nullable: boolean;
}

const columnsOf = (properties: Record<string, PropertySpec>): Column[] =>
  Object.entries(properties).map(([key, spec]) => ({ key, stringy: spec.type === 'string' || spec.type === 'date', nullable: spec.nullable === true }));
const NODE_COLUMNS = Object.fromEntries(NODE_LABELS.map((l) => [l, columnsOf(NODE_PROPERTIES[l])])) as Record<NodeLabel, Column[]>;
const EDGE_COLUMNS = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, columnsOf(RELATIONSHIPS[t].properties)])) as Record<RelationshipType, Column[]>;

/**
 * Collects long strings for the text section (written as UTF-16LE after the node properties); returns each one's
 * offset in characters. Strings are kept as they are — making a Buffer of each costs more than the rest of a flush.
 */
export class TextSink {
  readonly parts: (string | Buffer)[] = [];
  private chars = 0;

  add(value: string | TextRef): number {
    const offset = this.chars;
    this.parts.push(value instanceof TextRef ? value.buffer.subarray(2 * value.offset, 2 * (value.offset + value.length)) : value);
    this.chars += value.length;
    return offset;
  }
}

/** `textRefs`: whether the JSON points into the text section (then it must be re-encoded when texts move). */
export function encodeNodeProps(label: NodeLabel, props: StoredProperties, fingerprint: string | null, texts: TextSink): { json: string; textRefs: boolean } {
  const columns = NODE_COLUMNS[label];
  let textRefs = false;
  const encoded: unknown[] = [];
  if (fitsColumns(props, columns)) {
    // A plain loop: this runs once per node of a 100k-practice graph on every flush.
    const values: unknown[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column;
      const value = props[column.key] as StoredValue;
      if (value instanceof TextRef || (column.stringy && typeof value === 'string' && value.length >= LONG_TEXT && value.length < PACK)) {
        textRefs = true;
        values[i] = pack(texts.add(value), value.length);
      } else values[i] = plain(value);
    }
    encoded.push(values);
  } else encoded.push(0, Object.fromEntries(Object.keys(props).map((k) => [k, plain(props[k] as StoredValue)])));
  if (fingerprint !== null) {
    encoded[1] ??= 0;
    encoded.push(fingerprint);
  }
  return { json: JSON.stringify(encoded), textRefs };
}

export function decodeNodeProps(label: NodeLabel, json: string, texts: Buffer): { props: StoredProperties; fingerprint: string | null } {
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) throw new SnapshotFormatError(`the properties of a ${label} are malformed`);
  const fingerprint = typeof raw[2] === 'string' ? raw[2] : null;
  if (!Array.isArray(raw[0])) {
    if (raw[1] === null || typeof raw[1] !== 'object') throw new SnapshotFormatError(`a ${label} has no properties`);
    return { props: raw[1] as StoredProperties, fingerprint };
  }
  const values = raw[0] as PropertyValue[];
  const columns = NODE_COLUMNS[label];
  // A snapshot written before nullable columns were appended to the schema has fewer values: those are missing.
  if (values.length > columns.length || columns.slice(values.length).some((c) => !c.nullable)) throw new SnapshotFormatError(`a ${label} has ${values.length} values`);
  const props: StoredProperties = {};
  for (let i = 0; i < values.length; i++) {
    const column = columns[i] as Column;
    const value = values[i] as PropertyValue;
    props[column.key] = column.stringy && typeof value === 'number' ? textRef(texts, value) : value;
  }
  return { props, fingerprint };
}

/** Null when the relationship has no properties (its JSON is then left out). */
export function encodeEdgeProps(type: RelationshipType, props: StoredProperties, resolve: (key: string) => PropertyValue): string | null {
  const columns = EDGE_COLUMNS[type];
  if (props === NO_PROPERTIES) return null;
  if (fitsColumns(props, columns)) {
    if (columns.length === 0) return null;
    const values: unknown[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const value = props[(columns[i] as Column).key] as StoredValue;
      values[i] = value instanceof TextSpan ? pack(value.start, value.end - value.start) : plain(value);
    }
    return JSON.stringify(values);
  }
  return JSON.stringify(Object.fromEntries(Object.keys(props).map((k) => [k, resolve(k)])));
}

export function decodeEdgeProps(type: RelationshipType, json: string): StoredProperties {
  if (json === '') return NO_PROPERTIES;
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) {
    if (raw === null || typeof raw !== 'object') throw new SnapshotFormatError(`the properties of a ${type} are malformed`);
    return raw as StoredProperties;
  }
  const columns = EDGE_COLUMNS[type];
  const props: StoredProperties = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as Column;
    const value = raw[i] as PropertyValue;
    props[column.key] = column.stringy && typeof value === 'number' ? new TextSpan(Math.floor(value / PACK), Math.floor(value / PACK) + (value % PACK)) : value;
  }
  return props;
}

/** Positional form needs exactly the schema's keys, and no number where a string belongs (it would read as a reference). */
function fitsColumns(props: StoredProperties, columns: Column[]): boolean {
  let keys = 0;
  for (const key in props) if (Object.prototype.hasOwnProperty.call(props, key)) keys++;
  if (keys !== columns.length) return false;
  for (const column of columns) {
    if (!Object.prototype.hasOwnProperty.call(props, column.key)) return false;
    if (column.stringy && typeof props[column.key] === 'number') return false;
  }
  return true;
}

function plain(value: StoredValue): PropertyValue {
  if (value instanceof TextRef) return value.decode();
  if (value instanceof TextSpan) throw new SnapshotFormatError('a text span outside its column cannot be stored');
  return value;
}

function pack(offset: number, length: number): number {
  return offset * PACK + length;
}

function textRef(texts: Buffer, packed: number): TextRef {
  const offset = Math.floor(packed / PACK);
  const length = packed % PACK;
  if (2 * (offset + length) > texts.length) throw new SnapshotFormatError('a property points past the text section');
  return new TextRef(texts, offset, length);
}
