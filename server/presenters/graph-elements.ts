/** Graph nodes and relationships as the API draws them (GraphNode, GraphEdge, Subgraph in schema.graphql). */
import type { GraphNode, GraphRelationship, PropertyValue } from '../../graph/graph-document';
import type { Subgraph } from '../../graph/store/graph-store';
import type { NodeLabel } from '../../graph/schema';
import { sourceName } from './source-name';

export interface ApiNode {
  id: string;
  label: NodeLabel;
  caption: string;
  /** The node's stored properties as a JSON object. */
  properties: string;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: string;
}

export interface ApiSubgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  trimmed: boolean;
}

export function presentNode(node: GraphNode): ApiNode {
  const label = node.labels[0] as NodeLabel;
  const properties =
    label === 'Bulletin' && typeof node.properties['source'] === 'string'
      ? { ...node.properties, source: sourceName(node.properties['source']) }
      : node.properties;
  return { id: node.id, label, caption: nodeCaption(label, properties), properties: JSON.stringify(properties) };
}

export function presentEdge(relationship: GraphRelationship): ApiEdge {
  return {
    id: relationship.id,
    type: relationship.type,
    source: relationship.start,
    target: relationship.end,
    properties: JSON.stringify(relationship.properties),
  };
}

export function presentSubgraph(subgraph: Subgraph): ApiSubgraph {
  return {
    nodes: subgraph.nodes.map(presentNode),
    edges: subgraph.relationships.map(presentEdge),
    trimmed: subgraph.trimmed,
  };
}

/**
 * What to print on a node: a practice's or bulletin's title (a bulletin's issue after it, since one publisher's
 * bulletins share a title; a bulletin without one by its file name, never a server path), a figure as printed
 * (1800余次: its text keeps 余/近/约/超) or else its value with its unit (3178万元, 3–5个), otherwise the name.
 */
export function nodeCaption(label: NodeLabel, properties: Record<string, PropertyValue>): string {
  const text = (key: string) =>
    typeof properties[key] === 'string' && properties[key] !== '' ? (properties[key] as string) : null;
  switch (label) {
    case 'Metric': {
      const printed = text('text');
      if (printed) return printed;
      const max = properties['valueMax'];
      const value = `${String(properties['value'] ?? '')}${typeof max === 'number' ? `–${max}` : ''}`;
      return `${value}${text('unit') ?? ''}`;
    }
    case 'Bulletin': {
      const issue = properties['issue'];
      const source = text('source');
      const title = text('title') ?? (source ? sourceName(source) : '');
      return typeof issue === 'number' ? `${title} 第${issue}期` : title;
    }
    case 'Practice':
      return text('title') ?? '';
    default:
      return text('name') ?? '';
  }
}
