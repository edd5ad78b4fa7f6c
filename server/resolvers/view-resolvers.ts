/**
 * The explorer's research views, built from port reads (server/views/): Query.mechanismView, localityView, spread,
 * cooccurrence, adoptionTable and nodeContexts.
 */
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import type { RollupLevel } from '../../graph/schema';
import type { ApiContext } from '../api-context';
import { badUserInput } from '../api-errors';
import { presentCooccurrence, presentGroupedView } from '../presenters/views';
import { adoptionTable } from '../views/adoption-table';
import { cooccurrence } from '../views/cooccurrence';
import { localityView } from '../views/locality-view';
import { mechanismView } from '../views/mechanism-view';
import { nodeContexts } from '../views/node-contexts';
import { spread } from '../views/spread';
import { cappedLimit, nonNegativeInt, optional, text } from './arguments';

/** Practices one grouped view draws at most: with its groups and edges, about the 2,000 nodes of a neighbourhood. */
const VIEW_PRACTICES = 1500;
/** Ids one nodeContexts request may ask for. */
const CONTEXT_IDS = 100;

const textList = (field: string, name: string, values: readonly string[] | null | undefined) =>
  (values ?? []).map((value) => text({ field, name, value }));

export function viewResolvers(store: GraphStore) {
  return { ...groupedViewResolvers(store), ...tableResolvers(store) };
}

/** The grouped graph views the explorer draws: a mechanism's or a locality's practices, grouped past a limit. */
function groupedViewResolvers(store: GraphStore) {
  return {
    /** Null for an unknown mechanism. */
    async mechanismView(
      _: unknown,
      args: { mechanism: string; level: RollupLevel; expand?: string[] | null; practiceLimit?: number | null },
      { signal }: ApiContext,
    ) {
      const view = await mechanismView({
        store,
        request: {
          mechanism: text({ field: 'mechanismView', name: 'mechanism', value: args.mechanism }),
          level: args.level,
          expand: textList('mechanismView', 'expand', args.expand),
          practiceLimit: Math.min(
            VIEW_PRACTICES,
            nonNegativeInt({
              field: 'mechanismView',
              name: 'practiceLimit',
              value: args.practiceLimit,
              fallback: 1000,
            }),
          ),
        },
        options: { signal },
      });
      return view ? presentGroupedView(view) : null;
    },

    /** Null for an unknown locality code. */
    async localityView(
      _: unknown,
      args: { code: string; expand?: string[] | null; practiceLimit?: number | null },
      { signal }: ApiContext,
    ) {
      const view = await localityView({
        store,
        request: {
          code: text({ field: 'localityView', name: 'code', value: args.code }),
          expand: textList('localityView', 'expand', args.expand),
          practiceLimit: Math.min(
            VIEW_PRACTICES,
            nonNegativeInt({ field: 'localityView', name: 'practiceLimit', value: args.practiceLimit, fallback: 1000 }),
          ),
        },
        options: { signal },
      });
      return view ? presentGroupedView(view) : null;
    },
  };
}

/** The research tables and series: spread over time, co-occurrence, the adoption table, node contexts. */
function tableResolvers(store: GraphStore) {
  return {
    /** Null for an unknown mechanism. */
    async spread(
      _: unknown,
      args: { mechanism: string; family?: boolean | null; level: RollupLevel },
      { signal }: ApiContext,
    ) {
      return spread({
        store,
        request: {
          mechanism: text({ field: 'spread', name: 'mechanism', value: args.mechanism }),
          family: args.family === true,
          level: args.level,
        },
        options: { signal },
      });
    },

    /** Null for an unknown mechanism. */
    async cooccurrence(_: unknown, args: { mechanism: string; limit?: number | null }, { signal }: ApiContext) {
      const result = await cooccurrence({
        store,
        mechanism: text({ field: 'cooccurrence', name: 'mechanism', value: args.mechanism }),
        limit: cappedLimit({ field: 'cooccurrence', value: args.limit, cap: READ_CAPS.pageSize }) ?? 20,
        options: { signal },
      });
      return result ? presentCooccurrence(result) : null;
    },

    async adoptionTable(
      _: unknown,
      args: { level: RollupLevel; mechanisms: string[]; region?: string | null; limitLocalities?: number | null },
      { signal }: ApiContext,
    ) {
      const region = optional(args.region);
      if (region !== undefined && !/^\d{6}$/.test(region.trim()))
        throw badUserInput(`adoptionTable: region must be a six-digit province or city code (got "${region}")`);
      return adoptionTable({
        store,
        request: {
          level: args.level,
          mechanisms: textList('adoptionTable', 'mechanisms', args.mechanisms),
          region: region?.trim() ?? null,
          limitLocalities:
            cappedLimit({ field: 'adoptionTable', value: args.limitLocalities, cap: READ_CAPS.adoptionLocalities }) ??
            200,
        },
        options: { signal },
      });
    },

    async nodeContexts(_: unknown, args: { ids: string[] }, { signal }: ApiContext) {
      if (args.ids.length > CONTEXT_IDS)
        throw badUserInput(`nodeContexts: at most ${CONTEXT_IDS} ids (got ${args.ids.length})`);
      return nodeContexts({ store, ids: textList('nodeContexts', 'ids', args.ids), options: { signal } });
    },
  };
}
