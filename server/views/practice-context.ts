/** A practice's own places and report date, read from its one-hop neighbourhood (its localities and its bulletin). */
import type { GraphNode } from '../../graph/graph-document';
import type { GraphStore, ReadOptions } from '../../graph/store/graph-store';

export interface PracticeContext {
  practice: GraphNode;
  /** The localities it is LOCATED_IN (its own, most specific places). */
  localities: GraphNode[];
  /** Its own date, else its bulletin's (YYYY-MM-DD); null when neither is dated. */
  date: string | null;
}

/** Practices located in more places than this are rare; their further places are left out of the context. */
const CONTEXT_NODES = 50;

export async function practiceContext({
  store,
  id,
  options,
}: {
  store: GraphStore;
  id: string;
  options?: ReadOptions;
}): Promise<PracticeContext | null> {
  const around = await store.neighborhood(
    { id, depth: 1, labels: ['Locality', 'Bulletin'], limit: CONTEXT_NODES },
    options,
  );
  const practice = around.nodes.find((node) => node.id === id);
  if (!practice || practice.labels[0] !== 'Practice') return null;
  const byId = new Map(around.nodes.map((node) => [node.id, node]));
  const localities: GraphNode[] = [];
  let bulletin: GraphNode | null = null;
  for (const relationship of around.relationships) {
    if (relationship.type === 'LOCATED_IN' && relationship.start === id) {
      const locality = byId.get(relationship.end);
      if (locality) localities.push(locality);
    }
    if (relationship.type === 'CONTAINS' && relationship.end === id)
      bulletin = byId.get(relationship.start) ?? bulletin;
  }
  return { practice, localities, date: dateOf(practice) ?? (bulletin ? dateOf(bulletin) : null) };
}

export function dateOf(node: GraphNode): string | null {
  const date = node.properties['date'];
  return typeof date === 'string' && date !== '' ? date : null;
}

/** Contexts of many practices, read a few at a time so a long list neither floods the store nor waits on one read. */
export async function practiceContexts({
  store,
  ids,
  options,
}: {
  store: GraphStore;
  ids: readonly string[];
  options?: ReadOptions;
}): Promise<Map<string, PracticeContext>> {
  const contexts = new Map<string, PracticeContext>();
  const width = 8;
  for (let from = 0; from < ids.length; from += width) {
    const batch = await Promise.all(ids.slice(from, from + width).map((id) => practiceContext({ store, id, options })));
    for (const context of batch) if (context) contexts.set(context.practice.id, context);
  }
  return contexts;
}
