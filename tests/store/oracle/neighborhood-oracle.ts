/** The neighbourhood as graph/store/CONTRACT.md defines it: hop by hop, candidates by relationship priority, then id. */
import { NEIGHBORHOOD_PRIORITY } from '../../../graph/store/neighborhood-priority';
import type { NodeLabel } from '../../../graph/schema';
import { compare, type GraphIndex } from './graph-index';

export interface ExpectedNeighborhood {
  nodeIds: string[];
  relationshipIds: string[];
  trimmed: boolean;
}

/** `depth` and `limit` are taken as given (the caller keeps them within the caps). */
export function expectedNeighborhood(
  index: GraphIndex,
  request: { id: string; depth: number; limit: number; labels?: NodeLabel[] },
): ExpectedNeighborhood {
  if (!index.nodes.has(request.id)) return { nodeIds: [], relationshipIds: [], trimmed: false };
  const allowed = request.labels && request.labels.length > 0 ? new Set<string>(request.labels) : null;
  const included = [request.id];
  const seen = new Set(included);
  const expanded = new Set<string>();
  let frontier = [request.id];
  let trimmed = false;
  for (let hop = 0; hop < request.depth && frontier.length > 0 && !trimmed; hop++) {
    const best = new Map<string, number>();
    for (const from of frontier) {
      for (const r of index.touching.get(from) ?? []) {
        const other = r.start === from ? r.end : r.start;
        if (seen.has(other) || (allowed && !allowed.has(index.nodes.get(other)?.labels[0] ?? ''))) continue;
        best.set(other, Math.min(best.get(other) ?? Infinity, NEIGHBORHOOD_PRIORITY[r.type]));
      }
    }
    const candidates = [...best].sort(([a, pa], [b, pb]) => pa - pb || compare(a, b)).map(([id]) => id);
    const room = request.limit - included.length;
    trimmed = candidates.length > room;
    for (const id of frontier) expanded.add(id);
    frontier = candidates.slice(0, room);
    for (const id of frontier) {
      included.push(id);
      seen.add(id);
    }
  }
  const relationshipIds = [...new Set(included.flatMap((id) => index.touching.get(id) ?? []))]
    .filter((r) => seen.has(r.start) && seen.has(r.end) && (expanded.has(r.start) || expanded.has(r.end)))
    .map((r) => r.id)
    .sort(compare);
  return { nodeIds: included, relationshipIds, trimmed };
}
