/** Presents server nodes, subgraphs and grouped views as canvas element data (pure: no cytoscape instance needed). */
import { numberProperty, parseProperties, stringProperty } from '../api/node-properties';
import type { ApiEdge, ApiNode, GroupedView, NodeLabel } from '../api/types';

/** A group of a grouped view: the view's root (its seed) and the group's key there (a place code, a mechanism name). */
export interface GroupRef {
  owner: string;
  key: string;
}

/** What a node carries on the canvas: its caption, what the views count for it, and the fields filters read. */
export interface NodeData {
  id: string;
  label: NodeLabel;
  caption: string;
  /** The caption cut to fit under the node. */
  short: string;
  /** Administrative code (Locality) or region (Bulletin), for the province/city filter. */
  code: string | null;
  /** A practice's or bulletin's date, or a group's first report (YYYY-MM-DD), for the period filter. */
  date: string | null;
  /** Practices the node stands for in a view (a group, a view's root); null when the views count nothing for it. */
  count: number | null;
  /** Mechanism family (Louvain) and its name, for colouring. */
  family: number | null;
  familyName: string | null;
  root: boolean;
  group: boolean;
  expanded: boolean;
  /** A practice's own places (names), for the node list and the hover caption. */
  places: string[];
  groups: GroupRef[];
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Practices behind a place's adoption of a mechanism (ADOPTS). */
  count: number | null;
}

export interface ViewPart {
  nodes: NodeData[];
  edges: EdgeData[];
}

const SHORT_CAPTION = 12;

export function toNodeData(node: ApiNode, extra: Partial<NodeData> = {}): NodeData {
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
    count: null,
    family: node.label === 'Mechanism' ? numberProperty(properties, 'family') : null,
    familyName: node.label === 'Mechanism' ? stringProperty(properties, 'familyName') : null,
    root: false,
    group: false,
    expanded: false,
    places: [],
    groups: [],
    ...extra,
  };
}

export function toEdgeData(edge: ApiEdge): EdgeData {
  const properties = parseProperties(edge.properties);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    count: numberProperty(properties, 'practices'),
  };
}

/** A neighbourhood: its nodes and the edges between them (an edge to a node that is not there is dropped). */
export function subgraphPart(subgraph: { nodes: ApiNode[]; edges: ApiEdge[] }, root: string | null): ViewPart {
  const present = new Set(subgraph.nodes.map((n) => n.id));
  return {
    nodes: subgraph.nodes.map((node) => toNodeData(node, { root: node.id === root })),
    edges: subgraph.edges.filter((e) => present.has(e.source) && present.has(e.target)).map(toEdgeData),
  };
}

/** A grouped view: the root with the view's practice count, groups with theirs, practices with their date and places. */
export function groupedPart(view: GroupedView): ViewPart {
  const owner = view.root.id;
  const nodes = view.nodes.map((entry) => {
    const isRoot = entry.node.id === owner;
    const key =
      entry.node.label === 'Locality'
        ? stringProperty(parseProperties(entry.node.properties), 'code')
        : entry.node.caption;
    return toNodeData(entry.node, {
      root: isRoot,
      group: entry.group,
      expanded: entry.expanded,
      count: entry.practices,
      places: entry.places,
      ...(entry.firstReported !== null || entry.group ? { date: entry.firstReported } : {}),
      groups: entry.group && key ? [{ owner, key }] : [],
    });
  });
  return { nodes, edges: view.edges.map(toEdgeData) };
}

/**
 * Several views on one canvas: a node met twice keeps the larger count, the earlier date and every group it is part
 * of; an edge met twice keeps its larger count.
 */
export function mergeParts(parts: readonly ViewPart[]): ViewPart {
  const nodes = new Map<string, NodeData>();
  const edges = new Map<string, EdgeData>();
  for (const part of parts) {
    for (const node of part.nodes) {
      const seen = nodes.get(node.id);
      nodes.set(node.id, seen ? mergeNode(seen, node) : node);
    }
    for (const edge of part.edges) {
      const seen = edges.get(edge.id);
      edges.set(edge.id, seen ? { ...seen, count: larger(seen.count, edge.count) } : edge);
    }
  }
  const present = new Set(nodes.keys());
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => present.has(e.source) && present.has(e.target)),
  };
}

function mergeNode(a: NodeData, b: NodeData): NodeData {
  return {
    ...a,
    count: larger(a.count, b.count),
    date: a.date === null ? b.date : b.date === null ? a.date : a.date < b.date ? a.date : b.date,
    root: a.root || b.root,
    group: a.group || b.group,
    expanded: a.expanded || b.expanded,
    places: [...new Set([...a.places, ...b.places])],
    groups: [...a.groups, ...b.groups.filter((g) => !a.groups.some((h) => h.owner === g.owner && h.key === g.key))],
  };
}

function larger(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
