/** Query.node, Query.neighborhood and Query.search: reading the graph around nodes. */
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import type { NodeLabel } from '../../graph/schema';
import type { ApiContext } from '../api-context';
import { badUserInput, notFound } from '../api-errors';
import { presentNode, presentSubgraph } from '../presenters/graph-elements';
import { presentSearchPage } from '../presenters/listings';
import { cappedLimit, optionalList, pageRequest, text } from './arguments';
import { searchText } from './search-text';

interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  labels?: NodeLabel[] | null;
  limit?: number | null;
}

interface SearchArgs {
  text: string;
  labels?: NodeLabel[] | null;
  offset?: number | null;
  limit?: number | null;
}

export function graphResolvers(store: GraphStore) {
  return {
    /** Null for an unknown id. */
    async node(_: unknown, args: { id: string }, { signal }: ApiContext) {
      const node = await store.node(text({ field: 'node', name: 'id', value: args.id }), { signal });
      return node ? presentNode(node) : null;
    },

    /** NOT_FOUND for an unknown id (the start node is always part of its neighbourhood). Depth above the cap is clamped. */
    async neighborhood(_: unknown, args: NeighborhoodArgs, { signal }: ApiContext) {
      const id = text({ field: 'neighborhood', name: 'id', value: args.id });
      const depth = args.depth ?? 1;
      if (depth < 1) throw badUserInput(`neighborhood: depth must be 1 or more (got ${depth})`);
      const subgraph = await store.neighborhood(
        {
          id,
          depth: Math.min(depth, READ_CAPS.neighborhoodDepth),
          labels: optionalList(args.labels),
          limit: cappedLimit({ field: 'neighborhood', value: args.limit, cap: READ_CAPS.neighborhoodNodes }),
        },
        { signal },
      );
      if (subgraph.nodes.length === 0) throw notFound(`neighborhood: no node with id "${id}"`);
      return presentSubgraph(subgraph);
    },

    async search(_: unknown, args: SearchArgs, { signal }: ApiContext) {
      const page = await store.search(
        {
          text: searchText(
            text({ field: 'search', name: 'text', value: args.text, options: { allowEmpty: true, maxLength: 200 } }),
          ),
          labels: optionalList(args.labels),
          ...pageRequest({ field: 'search', args, cap: READ_CAPS.searchHits, fallback: 20 }),
        },
        { signal },
      );
      return presentSearchPage(page);
    },
  };
}
