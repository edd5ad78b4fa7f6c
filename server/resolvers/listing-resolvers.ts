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
      return presentStats(await store.stats({ signal }), { kind: store.kind, cypherEnabled: typeof store.cypher === 'function' });
    },

    async localities(_: unknown, args: { level?: LocalityLevel | null; offset?: number | null; limit?: number | null }, { signal }: ApiContext) {
      return presentLocalityPage(await store.localities({ level: optional(args.level), ...pageRequest('localities', args, READ_CAPS.pageSize, 50) }, { signal }));
    },

    async mechanisms(_: unknown, args: { category?: string | null; curated?: boolean | null; offset?: number | null; limit?: number | null }, { signal }: ApiContext) {
      const category = args.category === null || args.category === undefined ? undefined : text('mechanisms', 'category', args.category);
      return presentMechanismPage(
        await store.mechanisms({ category, curated: optional(args.curated), ...pageRequest('mechanisms', args, READ_CAPS.pageSize, 50) }, { signal }),
      );
    },

    /** Already plain data (codes, names, counts): nothing to present. */
    async adoption(_: unknown, args: AdoptionArgs, { signal }: ApiContext) {
      return store.adoption({
        level: args.level,
        mechanisms: optionalList(args.mechanisms),
        localities: optionalList(args.localities),
        limitLocalities: cappedLimit('adoption', args.limitLocalities, READ_CAPS.adoptionLocalities),
        limitMechanisms: cappedLimit('adoption', args.limitMechanisms, READ_CAPS.adoptionMechanisms),
      }, { signal });
    },
  };
}
