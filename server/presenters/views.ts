/** The grouped views and the research reads built on the port (server/views/) as the API sends them. */
import type { GraphNode } from '../../graph/graph-document';
import type { Cooccurrence } from '../views/cooccurrence';
import type { GroupedView, ViewRelationship } from '../views/grouped-view';
import { presentNode, type ApiEdge, type ApiNode } from './graph-elements';

/** A node of a view: a practice without its full text, which the practice panel reads on its own. */
export function presentViewNode(node: GraphNode): ApiNode {
  if (node.labels[0] !== 'Practice' || !('text' in node.properties)) return presentNode(node);
  return presentNode({
    ...node,
    properties: Object.fromEntries(Object.entries(node.properties).filter(([key]) => key !== 'text')),
  });
}

export function presentGroupedView(view: GroupedView) {
  return {
    root: presentNode(view.root),
    level: view.level,
    nodes: view.nodes.map((entry) => ({ ...entry, node: presentViewNode(entry.node) })),
    edges: view.relationships.map(presentViewEdge),
    practices: view.practices,
    shownPractices: view.shownPractices,
    groupedPractices: view.groupedPractices,
    groupedIn: view.groupedIn,
    groups: view.groups,
    trimmed: view.trimmed,
  };
}

export function presentCooccurrence(result: Cooccurrence) {
  return {
    mechanism: presentNode(result.mechanism),
    practices: result.practices,
    items: result.items.map((item) => ({ mechanism: presentNode(item.mechanism), practices: item.practices })),
    complete: result.complete,
  };
}

export function presentViewEdge(relationship: ViewRelationship): ApiEdge {
  return {
    id: relationship.id,
    type: relationship.type,
    source: relationship.start,
    target: relationship.end,
    properties: JSON.stringify(relationship.properties),
  };
}
