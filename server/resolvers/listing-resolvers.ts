/** Query.stats, Query.localities, Query.mechanisms and Query.adoption: counts, listings and the adoption matrix. */
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import type { ApiContext } from '../api-context';
import type { LocalityLevel, RollupLevel } from '../../graph/schema';
import { presentLocalityPage, presentMechanismPage } from '../presenters/listings';
import { presentStats } from '../presenters/stats';
import { cappedLimit, optional, optionalList, pageRequest, text } from './arguments';

interface AdoptionArgs {
  level: RollupLevel;
  mechanisms?: string[] | null;
  localities?: string[] | null;
  limitLocalities?: number | null;
  limitMechanisms?: number | null;
}

export function listingResolvers(store: GraphStore) {
  return {
    async stats(_: unknown, _args: unknown, { signal }: ApiContext) {
      return presentStats(await store.stats({ signal }), {
        kind: store.kind,
        cypherEnabled: typeof store.cypher === 'function',
      });
    },

    async localities(
      _: unknown,
      args: { level?: LocalityLevel | null; offset?: number | null; limit?: number | null },
      { signal }: ApiContext,
    ) {
      return presentLocalityPage(
        await store.localities(
          {
            level: optional(args.level),
            ...pageRequest({ field: 'localities', args, cap: READ_CAPS.pageSize, fallback: 50 }),
          },
          { signal },
        ),
      );
    },

    async mechanisms(
      _: unknown,
      args: { category?: string | null; curated?: boolean | null; offset?: number | null; limit?: number | null },
      { signal }: ApiContext,
    ) {
      const category =
        args.category === null || args.category === undefined
          ? undefined
          : text({ field: 'mechanisms', name: 'category', value: args.category });
      return presentMechanismPage(
        await store.mechanisms(
          {
            category,
            curated: optional(args.curated),
            ...pageRequest({ field: 'mechanisms', args, cap: READ_CAPS.pageSize, fallback: 50 }),
          },
          { signal },
        ),
      );
    },

    /** Already plain data (codes, names, counts): nothing to present. */
    async adoption(_: unknown, args: AdoptionArgs, { signal }: ApiContext) {
      return store.adoption(
        {
          level: args.level,
          mechanisms: optionalList(args.mechanisms),
          localities: optionalList(args.localities),
          limitLocalities: cappedLimit({
            field: 'adoption',
            value: args.limitLocalities,
            cap: READ_CAPS.adoptionLocalities,
          }),
          limitMechanisms: cappedLimit({
            field: 'adoption',
            value: args.limitMechanisms,
            cap: READ_CAPS.adoptionMechanisms,
          }),
        },
        { signal },
      );
    },
  };
}
