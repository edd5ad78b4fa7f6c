/** The store's counts (GraphStats in schema.graphql), as lists the client can iterate. */
import type { GraphStats } from '../../graph/store/graph-store';

export function presentStats(stats: GraphStats, store: { kind: string; cypherEnabled: boolean }) {
  return {
    store: store.kind,
    cypherEnabled: store.cypherEnabled,
    bulletins: stats.bulletins,
    practices: stats.practices,
    nodes: Object.entries(stats.nodes).map(([name, count]) => ({ name, count })),
    relationships: Object.entries(stats.relationships).map(([name, count]) => ({ name, count })),
  };
}
