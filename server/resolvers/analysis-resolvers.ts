/** The analyses: Query.diffusion, localityPortfolio, comparePortfolios, similarLocalities, mechanismFamily and mechanismUsage. */
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import type { RollupLevel } from '../../graph/schema';
import type { ApiContext } from '../api-context';
import { notFound } from '../api-errors';
import {
  presentComparison,
  presentDiffusion,
  presentFamily,
  presentPortfolio,
  presentSimilarLocality,
  presentUsage,
} from '../presenters/analyses';
import { cappedLimit, optional, text } from './arguments';

export function analysisResolvers(store: GraphStore) {
  return {
    /** Null for an unknown mechanism. */
    async diffusion(
      _: unknown,
      args: { mechanism: string; level?: RollupLevel | null; limit?: number | null },
      { signal }: ApiContext,
    ) {
      const diffusion = await store.diffusion(
        {
          mechanism: text({ field: 'diffusion', name: 'mechanism', value: args.mechanism }),
          level: optional(args.level),
          limit: cappedLimit({ field: 'diffusion', value: args.limit, cap: READ_CAPS.adoptionLocalities }),
        },
        { signal },
      );
      return diffusion ? presentDiffusion(diffusion) : null;
    },

    /** Null for an unknown locality code. */
    async localityPortfolio(_: unknown, args: { code: string }, { signal }: ApiContext) {
      const portfolio = await store.localityPortfolio(
        text({ field: 'localityPortfolio', name: 'code', value: args.code }),
        { signal },
      );
      return portfolio ? presentPortfolio(portfolio) : null;
    },

    /** Null when either code is unknown. */
    async comparePortfolios(_: unknown, args: { a: string; b: string }, { signal }: ApiContext) {
      const comparison = await store.comparePortfolios(
        text({ field: 'comparePortfolios', name: 'a', value: args.a }),
        text({ field: 'comparePortfolios', name: 'b', value: args.b }),
        { signal },
      );
      return comparison ? presentComparison(comparison) : null;
    },

    /** NOT_FOUND for an unknown locality code; a locality nothing resembles has an empty list. */
    async similarLocalities(
      _: unknown,
      args: { code: string; level?: RollupLevel | null; limit?: number | null },
      { signal }: ApiContext,
    ) {
      const code = text({ field: 'similarLocalities', name: 'code', value: args.code });
      const similar = await store.similarLocalities(
        {
          code,
          level: optional(args.level),
          limit: cappedLimit({ field: 'similarLocalities', value: args.limit, cap: READ_CAPS.similar }),
        },
        { signal },
      );
      if (similar.length === 0 && !(await store.localityPortfolio(code, { signal })))
        throw notFound(`similarLocalities: no locality with code "${code}"`);
      return similar.map(presentSimilarLocality);
    },

    /** Null for an unknown mechanism, or before the analyses have run. */
    async mechanismFamily(_: unknown, args: { mechanism: string }, { signal }: ApiContext) {
      const family = await store.mechanismFamily(
        text({ field: 'mechanismFamily', name: 'mechanism', value: args.mechanism }),
        { signal },
      );
      return family ? presentFamily(family) : null;
    },

    /** Null for an unknown mechanism name. */
    async mechanismUsage(_: unknown, args: { mechanism: string }, { signal }: ApiContext) {
      const [usage] = await store.mechanismUsage(
        [text({ field: 'mechanismUsage', name: 'mechanism', value: args.mechanism })],
        { signal },
      );
      return usage ? presentUsage(usage) : null;
    },
  };
}
