/**
 * Driver values → the port's types. Everything the store returns passes through here, so no driver type (Integer,
 * Node, Relationship) and no `any` leaves the adapter.
 */
import { isInt, isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { relationshipId, type GraphNode, type GraphRelationship, type PropertyValue } from '../../graph-document';
import {
  NODE_PROPERTIES,
  RELATIONSHIPS,
  isNodeLabel,
  isRelationshipType,
  type NodeLabel,
  type PropertySpec,
} from '../../schema';
import { StoreError } from '../store-error';
import { HIDDEN_NODE_PROPERTIES, HIDDEN_RELATIONSHIP_PROPERTIES } from './cypher/stored-properties';

/** Integers within ±2^53 become numbers; larger ones (never written by this store) become their decimal string. */
export function toNumberValue(value: unknown): number | string | null {
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  return typeof value === 'number' ? value : null;
}

/** A count or other integer the store's own queries return. */
export function toCount(value: unknown, what: string): number {
  const n = toNumberValue(value);
  if (typeof n !== 'number')
    throw new StoreError('StoreUnavailable', `neo4j: expected a number for ${what}, got ${describe(value)}`);
  return n;
}

/** A stored property value as the port sees it; anything else Neo4j can hold (dates, points) becomes a string. */
export function toPropertyValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (isInt(value)) return toNumberValue(value);
  if (Array.isArray(value)) return value.map((v: unknown) => String(toPropertyValue(v)));
  return String(value);
}

/**
 * The node without the store's own properties (`id`, the fingerprint). Neo4j cannot store null, so a nullable
 * schema property that is missing comes back as null ("missing and null are the same",
 * graph/document-problems.ts), as ingest writes it; so do the derived analysis properties (family,
 * familyName) of nodes no analysis set them on, as in the embedded store's export. Properties come in schema
 * order (then any others by name), the order ingest writes them, so exports of equal graphs are equal byte for byte.
 */
export function toGraphNode(node: Node): GraphNode {
  const labels = node.labels.filter(isNodeLabel);
  const stored = node.properties as Record<string, unknown>;
  const declared: Record<string, PropertySpec> = Object.assign({}, ...labels.map((l) => NODE_PROPERTIES[l]));
  const properties = schemaOrdered({ stored, declared, hidden: HIDDEN_NODE_PROPERTIES });
  const id = stored['id'];
  return { id: typeof id === 'string' ? id : node.elementId, labels, properties };
}

/** The relationship with its graph id, properties as a node's; endpoints are node ids the query returned beside it. */
export function toGraphRelationship({
  rel,
  start,
  end,
}: {
  rel: Relationship;
  start: string;
  end: string;
}): GraphRelationship {
  if (!isRelationshipType(rel.type))
    throw new StoreError('StoreUnavailable', `neo4j: relationship type ${rel.type} is not in the schema`);
  const stored = rel.properties as Record<string, unknown>;
  const properties = schemaOrdered({
    stored,
    declared: RELATIONSHIPS[rel.type].properties,
    hidden: HIDDEN_RELATIONSHIP_PROPERTIES,
  });
  const id = stored['id'];
  return {
    id: typeof id === 'string' ? id : relationshipId({ type: rel.type, start, end }),
    type: rel.type,
    start,
    end,
    properties,
  };
}

/** Declared keys first (missing nullable ones as null), then the other stored keys by name, less `hidden`. */
function schemaOrdered(input: {
  stored: Record<string, unknown>;
  declared: Record<string, PropertySpec>;
  hidden: ReadonlySet<string>;
}): Record<string, PropertyValue> {
  const { stored, declared, hidden } = input;
  const properties: Record<string, PropertyValue> = {};
  for (const [key, spec] of Object.entries(declared)) {
    if (key in stored) properties[key] = toPropertyValue(stored[key]);
    else if (spec.nullable) properties[key] = null;
  }
  for (const key of Object.keys(stored).sort()) {
    if (!(key in declared) && !hidden.has(key)) properties[key] = toPropertyValue(stored[key]);
  }
  return properties;
}

/** The node's schema label; the store only writes single-label nodes, so the first is the one. */
export function primaryLabel(node: GraphNode): NodeLabel {
  const l = node.labels[0];
  if (!l) throw new StoreError('StoreUnavailable', `neo4j: node ${node.id} carries no schema label`);
  return l;
}

export function asNode(value: unknown, what: string): Node {
  if (!isNode(value))
    throw new StoreError('StoreUnavailable', `neo4j: expected a node for ${what}, got ${describe(value)}`);
  return value;
}

export function asRelationship(value: unknown, what: string): Relationship {
  if (!isRelationship(value))
    throw new StoreError('StoreUnavailable', `neo4j: expected a relationship for ${what}, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
