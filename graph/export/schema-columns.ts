/**
 * Derives export columns from graph/schema.ts and groups a document by label and type in schema order, so every
 * format lists the same properties in the same order and never emits a key the schema does not declare.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph-document';
import {
  NODE_LABELS,
  nodePropertySpecs,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  type NodeLabel,
  type PropertyType,
  type RelationshipType,
} from '../schema';

export interface PropertyColumn {
  key: string;
  type: PropertyType;
}

export function nodeColumns(labels: readonly NodeLabel[]): PropertyColumn[] {
  return Object.entries(nodePropertySpecs(labels)).map(([key, spec]) => ({ key, type: spec.type }));
}

export function relationshipColumns(type: RelationshipType): PropertyColumn[] {
  return Object.entries(RELATIONSHIPS[type].properties).map(([key, spec]) => ({ key, type: spec.type }));
}

export interface NodeGroup {
  /** The primary label (a node's first label), which names the group's file or batch. */
  label: NodeLabel;
  /** Every label carried by a node of this group, primary first: their properties make the columns. */
  labels: NodeLabel[];
  nodes: GraphNode[];
}

/** Nodes grouped by their first label, in NODE_LABELS order; labels without nodes are left out. */
export function groupNodes(document: GraphDocument): NodeGroup[] {
  const groups = new Map<NodeLabel, NodeGroup>();
  for (const node of document.nodes) {
    const label = primaryLabel(node);
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { label, labels: [label], nodes: [] }));
    group.nodes.push(node);
    for (const other of node.labels) if (!group.labels.includes(other)) group.labels.push(other);
  }
  return NODE_LABELS.flatMap((label) => groups.get(label) ?? []);
}

export interface RelationshipGroup {
  type: RelationshipType;
  relationships: GraphRelationship[];
}

/** Relationships grouped by type, in RELATIONSHIP_TYPES order; types without relationships are left out. */
export function groupRelationships(document: GraphDocument): RelationshipGroup[] {
  const groups = new Map<RelationshipType, GraphRelationship[]>();
  for (const rel of document.relationships) {
    const list = groups.get(rel.type);
    if (list) list.push(rel);
    else groups.set(rel.type, [rel]);
  }
  return RELATIONSHIP_TYPES.flatMap((type) => {
    const relationships = groups.get(type);
    return relationships ? [{ type, relationships }] : [];
  });
}

export function primaryLabel(node: GraphNode): NodeLabel {
  const label = node.labels[0];
  if (label === undefined) throw new Error(`primaryLabel: node "${node.id}" has no label`);
  return label;
}
