/** A mechanism's node from its name or id, as every port read that takes a mechanism accepts either. */
import type { GraphNode } from '../../graph/graph-document';
import type { GraphStore, ReadOptions } from '../../graph/store/graph-store';

export async function resolveMechanism({
  store,
  mechanism,
  options,
}: {
  store: GraphStore;
  mechanism: string;
  options?: ReadOptions;
}): Promise<GraphNode | null> {
  const byId = await store.node(mechanism, options);
  if (byId) return byId.labels[0] === 'Mechanism' ? byId : null;
  // The port resolves names in its mechanism reads; a one-place diffusion is the cheapest of them.
  return (await store.diffusion({ mechanism, limit: 1 }, options))?.mechanism ?? null;
}
