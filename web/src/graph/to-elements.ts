/** Presents a server subgraph as cytoscape element definitions (pure: no cytoscape instance needed). */
import { parseProperties, stringProperty } from '../api/node-properties';
import type { ApiEdge, ApiNode, NodeLabel } from '../api/types';

/** What a node carries on the canvas: its caption, a short display name, and the fields the filters read. */
export interface NodeData {
  id: string;
  label: NodeLabel;
  caption: string;
  /** The caption cut to fit under the node. */
  short: string;
  /** Administrative code (Locality) or region (Bulletin), for the province/city filter. */
  code: string | null;
  /** Date (Practice, Bulletin), for the date-range filter. */
  date: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface Elements {
  nodes: { group: 'nodes'; data: NodeData }[];
  edges: { group: 'edges'; data: EdgeData }[];
}

const SHORT_CAPTION = 12;

export function toNodeData(node: ApiNode): NodeData {
  const properties = parseProperties(node.properties);
  const code = node.label === 'Locality' ? stringProperty(properties, 'code') : stringProperty(properties, 'region');
  const chars = Array.from(node.caption);
  return {
    id: node.id,
    label: node.label,
    caption: node.caption,
    short: chars.length > SHORT_CAPTION ? `${chars.slice(0, SHORT_CAPTION - 1).join('')}…` : node.caption,
    code,
    date: stringProperty(properties, 'date'),
  };
}

/** Nodes and edges; an edge whose end is not among the nodes (or already known) is dropped, since cytoscape rejects it. */
export function toElements(subgraph: { nodes: ApiNode[]; edges: ApiEdge[] }, known: ReadonlySet<string> = new Set()): Elements {
  const nodes = subgraph.nodes.map((node) => ({ group: 'nodes' as const, data: toNodeData(node) }));
  const present = new Set([...known, ...subgraph.nodes.map((n) => n.id)]);
  const edges = subgraph.edges
    .filter((edge) => present.has(edge.source) && present.has(edge.target))
    .map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
    }));
  return { nodes, edges };
}
