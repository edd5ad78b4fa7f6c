/** The GraphDocument: what ingest produces for one bulletin and every store and export consumes (DESIGN.md's JSON contract). */
import type { NodeLabel, RelationshipType } from './schema';

export type PropertyValue = string | number | boolean | null | string[];

export interface GraphNode {
  id: string;
  labels: NodeLabel[];
  properties: Record<string, PropertyValue>;
}

export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  /** Node ids. */
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

export interface GraphDocument {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Relationship ids derive from their endpoints, so re-ingesting the same text yields the same ids. */
export function relationshipId({ type, start, end }: { type: RelationshipType; start: string; end: string }): string {
  return `${type}:${start}->${end}`;
}

/**
 * Concatenates documents. A node id seen twice (a shared Locality or Mechanism) keeps its first properties,
 * except list properties (a mechanism's aliases), which are unioned.
 */
export function mergeDocuments(documents: GraphDocument[]): GraphDocument {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const doc of documents) {
    for (const node of doc.nodes) {
      const seen = nodes.get(node.id);
      if (!seen) nodes.set(node.id, { ...node, properties: { ...node.properties } });
      else unionLists(seen, node);
    }
    for (const rel of doc.relationships) if (!relationships.has(rel.id)) relationships.set(rel.id, rel);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function unionLists(into: GraphNode, from: GraphNode): void {
  for (const [key, value] of Object.entries(from.properties)) {
    const current = into.properties[key];
    if (Array.isArray(value) && Array.isArray(current)) {
      into.properties[key] = [...new Set([...current, ...value])];
    }
  }
}
