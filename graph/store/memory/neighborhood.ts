/**
 * Breadth-first neighbourhood of a node, both directions, up to READ_CAPS depth and node count. The walk stops
 * as soon as the limit is reached (`trimmed`), so a mechanism used by 30,000 practices costs no more than the cap.
 */
import { READ_CAPS, type NeighborhoodRequest, type Subgraph } from '../graph-store';
import type { GraphCore } from './graph-core';
import { memoizedText, toGraphNode, toGraphRelationship, type EdgeRecord, type NodeRecord } from './node-records';
import { clampLimit } from './page';

export function neighborhood(core: GraphCore, request: NeighborhoodRequest): Subgraph {
  const start = core.get(request.id);
  if (!start) return { nodes: [], relationships: [], trimmed: false };
  const depth = clampLimit(request.depth, READ_CAPS.neighborhoodDepth, 1);
  const limit = Math.max(1, clampLimit(request.limit, READ_CAPS.neighborhoodNodes, 200));
  const labels = request.labels && request.labels.length > 0 ? new Set(request.labels) : null;
  const included = new Set<NodeRecord>([start]);
  const edges = new Set<EdgeRecord>();
  let frontier = [start];
  let trimmed = false;
  walk: for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: NodeRecord[] = [];
    for (const node of frontier) {
      for (const direction of ['out', 'in'] as const) {
        for (const edge of core.adjacent(node, direction)) {
          const other = edge.start === node ? edge.end : edge.start;
          if (!included.has(other)) {
            if (labels && !labels.has(other.label)) continue;
            if (included.size >= limit) {
              trimmed = true;
              break walk;
            }
            included.add(other);
            next.push(other);
          }
          edges.add(edge);
        }
      }
    }
    frontier = next;
  }
  const textOf = memoizedText();
  return {
    nodes: [...included].map(toGraphNode),
    relationships: [...edges].map((edge) => toGraphRelationship(edge, textOf)),
    trimmed,
  };
}
