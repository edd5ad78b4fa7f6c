/**
 * The mechanisms used together with one mechanism: for each other mechanism, how many of this one's practices also
 * use it (reprints counted once). Read from the mechanism's two-hop neighbourhood over practices and mechanisms,
 * where relation priority brings each practice's mechanisms before similar practices; when the neighbourhood was
 * cut at its size limit the counts are lower bounds, and the answer says so.
 */
import type { GraphNode } from '../../graph/graph-document';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';
import { resolveMechanism } from './resolve-mechanism';

export interface Cooccurrence {
  mechanism: GraphNode;
  practices: number;
  items: { mechanism: GraphNode; practices: number }[];
  complete: boolean;
}

/** Null for an unknown mechanism. */
export async function cooccurrence({
  store,
  mechanism,
  limit,
  options,
}: {
  store: GraphStore;
  mechanism: string;
  limit: number;
  options?: ReadOptions;
}): Promise<Cooccurrence | null> {
  const root = await resolveMechanism({ store, mechanism, options });
  if (!root) return null;
  const around = await store.neighborhood(
    { id: root.id, depth: 2, labels: ['Practice', 'Mechanism'], limit: READ_CAPS.neighborhoodNodes },
    options,
  );
  const byId = new Map(around.nodes.map((node) => [node.id, node]));
  const uses = around.relationships.filter((r) => r.type === 'USES');
  const practices = new Set(uses.filter((r) => r.end === root.id).map((r) => r.start));
  for (const reprint of around.relationships) if (reprint.type === 'REPRINT_OF') practices.delete(reprint.start);
  const counts = new Map<string, number>();
  for (const use of uses) {
    if (use.end !== root.id && practices.has(use.start)) counts.set(use.end, (counts.get(use.end) ?? 0) + 1);
  }
  const items = [...counts]
    .flatMap(([id, count]) => {
      const node = byId.get(id);
      return node ? [{ mechanism: node, practices: count }] : [];
    })
    .sort((a, b) => b.practices - a.practices || compareNames(a.mechanism, b.mechanism))
    .slice(0, limit);
  return { mechanism: root, practices: practices.size, items, complete: !around.trimmed };
}

function compareNames(a: GraphNode, b: GraphNode): number {
  const x = String(a.properties['name'] ?? a.id);
  const y = String(b.properties['name'] ?? b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}
