/**
 * Where and when nodes were reported, for lists of hits: a practice's localities and date (its bulletin's when it has
 * none), a bulletin's region and date, a locality's parent. Read from each node's one-hop neighbourhood over
 * localities and bulletins.
 */
import type { GraphNode } from '../../graph/graph-document';
import type { GraphStore, ReadOptions } from '../../graph/store/graph-store';
import { dateOf } from './practice-context';

export interface NodeContext {
  id: string;
  places: string[];
  date: string | null;
}

const CONTEXT_NODES = 50;

export async function nodeContexts({
  store,
  ids,
  options,
}: {
  store: GraphStore;
  ids: readonly string[];
  options?: ReadOptions;
}): Promise<NodeContext[]> {
  const contexts: NodeContext[] = [];
  for (const id of ids) {
    const around = await store.neighborhood(
      { id, depth: 1, labels: ['Locality', 'Bulletin'], limit: CONTEXT_NODES },
      options,
    );
    const self = around.nodes.find((node) => node.id === id);
    if (!self) continue;
    const byId = new Map(around.nodes.map((node) => [node.id, node]));
    const places: string[] = [];
    let bulletin: GraphNode | null = null;
    for (const relationship of around.relationships) {
      const other = byId.get(relationship.start === id ? relationship.end : relationship.start);
      if (!other) continue;
      // Outgoing LOCATED_IN (a practice), IN_REGION (a bulletin), PART_OF (a locality's parent); not a locality's children.
      if (relationship.start === id && ['LOCATED_IN', 'IN_REGION', 'PART_OF'].includes(relationship.type))
        places.push(String(other.properties['name'] ?? other.id));
      if (relationship.type === 'CONTAINS' && relationship.end === id) bulletin = other;
    }
    contexts.push({ id, places, date: dateOf(self) ?? (bulletin ? dateOf(bulletin) : null) });
  }
  return contexts;
}
