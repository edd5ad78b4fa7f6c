/**
 * Turns one bulletin's GraphDocument into what `upsertBulletin` sends: checked (../check-document.ts), fingerprinted,
 * and grouped into UNWIND batches by label and type in schema order (nodes before the relationships that need
 * them), with schema `int` properties as Cypher INTEGERs. Pure, so its output is snapshot-tested without a database.
 */
import { createHash } from 'crypto';
import neo4j from 'neo4j-driver';
import type { GraphNode, GraphRelationship, PropertyValue } from '../../graph-document';
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  isSharedLabel,
  type NodeLabel,
  type PropertySpec,
} from '../../schema';
import type { CypherStatement, ParamValue } from './cypher/statement';
import { UPSERT_NODES, UPSERT_RELATIONSHIPS } from './cypher/write-statements';
import { checkDocument } from '../check-document';

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep one statement's memory modest. */
export const WRITE_BATCH_SIZE = 500;

export type PropertyParams = { readonly [key: string]: ParamValue };
/** `lists`: the schema's list properties, unioned with what is stored rather than overwritten. */
export type NodeRow = { readonly id: string; readonly properties: PropertyParams; readonly lists: PropertyParams };
export type RelationshipRow = {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly properties: PropertyParams;
};

export interface Batch<Row> {
  statement: CypherStatement<'rows'>;
  rows: Row[];
}

export interface BulletinWritePlan {
  bulletinId: string;
  source: string;
  /** Hash of the whole document: the same bulletin upserted again with the same fingerprint is `unchanged`. */
  fingerprint: string;
  /** Every node id with its label, to find ids already stored under another label or bulletin. */
  nodes: { id: string; label: NodeLabel }[];
  nodeBatches: Batch<NodeRow>[];
  relationshipBatches: Batch<RelationshipRow>[];
}

export function planBulletinWrite(value: unknown): BulletinWritePlan {
  const { document, bulletin, source, labels } = checkDocument(value);
  const labelOf = (node: GraphNode) => labels.get(node.id) as NodeLabel;
  const nodeBatches = NODE_LABELS.flatMap((label) =>
    batches(
      UPSERT_NODES[label],
      document.nodes.filter((n) => labelOf(n) === label).map((n) => nodeRow(n, label)),
    ),
  );
  const relationshipBatches = RELATIONSHIP_TYPES.flatMap((type) =>
    batches(UPSERT_RELATIONSHIPS[type], document.relationships.filter((r) => r.type === type).map(relationshipRow)),
  );
  return {
    bulletinId: bulletin.id,
    source,
    // The SQLite store's fingerprint (sqlite/write-bulletin.ts), computed the same way.
    fingerprint: createHash('sha1').update(JSON.stringify(document)).digest('hex'),
    nodes: document.nodes.map((n) => ({ id: n.id, label: labelOf(n) })),
    nodeBatches,
    relationshipBatches,
  };
}

function nodeRow(node: GraphNode, label: NodeLabel): NodeRow {
  const specs = NODE_PROPERTIES[label];
  const properties: Record<string, ParamValue> = {};
  const lists: Record<string, ParamValue> = {};
  // A shared node's lists are unioned with the stored ones (write-statements.ts); an owned node's are its own.
  const shared = isSharedLabel(label);
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'id') continue;
    if (shared && specs[key]?.type === 'string[]' && Array.isArray(value)) lists[key] = value;
    else properties[key] = toParam(value, specs[key]);
  }
  return { id: node.id, properties, lists };
}

function relationshipRow(rel: GraphRelationship): RelationshipRow {
  const specs = RELATIONSHIPS[rel.type].properties;
  const properties: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(rel.properties))
    if (key !== 'id') properties[key] = toParam(value, specs[key]);
  return { id: rel.id, start: rel.start, end: rel.end, properties };
}

/**
 * Nulls are sent as they are: `SET n += {key: null}` removes a stored value, as a null in a newer document should.
 * JavaScript numbers would all be stored as FLOAT, so whole numbers the schema declares `int` go as INTEGER.
 */
function toParam(value: PropertyValue, spec: PropertySpec | undefined): ParamValue {
  return spec?.type === 'int' && typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
}

function batches<Row>(statement: CypherStatement<'rows'>, rows: Row[]): Batch<Row>[] {
  const out: Batch<Row>[] = [];
  for (let i = 0; i < rows.length; i += WRITE_BATCH_SIZE)
    out.push({ statement, rows: rows.slice(i, i + WRITE_BATCH_SIZE) });
  return out;
}
