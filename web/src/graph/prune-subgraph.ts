/**
 * Keeps the part of a neighbourhood reachable from its start node over the given relationship types. The server's
 * neighbourhood filters by label only; a mechanism's practices and *their* places need USES and LOCATED_IN, not the
 * SIMILAR_TO links that would bring in other practices without their places.
 */
import type { ApiSubgraph } from '../api/types';

export function pruneSubgraph(subgraph: ApiSubgraph, start: string, types: readonly string[]): ApiSubgraph {
  const edges = subgraph.edges.filter((edge) => types.includes(edge.type));
  const adjacent = new Map<string, string[]>();
  for (const edge of edges) {
    (adjacent.get(edge.source) ?? adjacent.set(edge.source, []).get(edge.source)!).push(edge.target);
    (adjacent.get(edge.target) ?? adjacent.set(edge.target, []).get(edge.target)!).push(edge.source);
  }
  const reached = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of adjacent.get(queue.shift()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return {
    nodes: subgraph.nodes.filter((node) => reached.has(node.id)),
    edges: edges.filter((edge) => reached.has(edge.source) && reached.has(edge.target)),
    trimmed: subgraph.trimmed,
  };
}
