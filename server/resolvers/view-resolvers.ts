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

const textList = (field: string, name: string, values: readonly string[] | null | undefined) => (values ?? []).map((value) => text(field, name, value));

export function viewResolvers(store: GraphStore) {
  return {
    /** Null for an unknown mechanism. */
    async mechanismView(_: unknown, args: { mechanism: string; level: RollupLevel; expand?: string[] | null; practiceLimit?: number | null }, { signal }: ApiContext) {
      const view = await mechanismView(store, {
        mechanism: text('mechanismView', 'mechanism', args.mechanism),
        level: args.level,
        expand: textList('mechanismView', 'expand', args.expand),
        practiceLimit: Math.min(VIEW_PRACTICES, nonNegativeInt('mechanismView', 'practiceLimit', args.practiceLimit, 1000)),
      }, { signal });
      return view ? presentGroupedView(view) : null;
    },

    /** Null for an unknown locality code. */
    async localityView(_: unknown, args: { code: string; expand?: string[] | null; practiceLimit?: number | null }, { signal }: ApiContext) {
      const view = await localityView(store, {
        code: text('localityView', 'code', args.code),
        expand: textList('localityView', 'expand', args.expand),
        practiceLimit: Math.min(VIEW_PRACTICES, nonNegativeInt('localityView', 'practiceLimit', args.practiceLimit, 1000)),
      }, { signal });
      return view ? presentGroupedView(view) : null;
    },

    /** Null for an unknown mechanism. */
    async spread(_: unknown, args: { mechanism: string; family?: boolean | null; level: RollupLevel }, { signal }: ApiContext) {
      return spread(store, { mechanism: text('spread', 'mechanism', args.mechanism), family: args.family === true, level: args.level }, { signal });
    },

    /** Null for an unknown mechanism. */
    async cooccurrence(_: unknown, args: { mechanism: string; limit?: number | null }, { signal }: ApiContext) {
      const result = await cooccurrence(store, {
        mechanism: text('cooccurrence', 'mechanism', args.mechanism),
        limit: cappedLimit('cooccurrence', args.limit, READ_CAPS.pageSize) ?? 20,
      }, { signal });
      return result ? presentCooccurrence(result) : null;
    },

    async adoptionTable(_: unknown, args: { level: RollupLevel; mechanisms: string[]; region?: string | null; limitLocalities?: number | null }, { signal }: ApiContext) {
      const region = optional(args.region);
      if (region !== undefined && !/^\d{6}$/.test(region.trim())) throw badUserInput(`adoptionTable: region must be a six-digit province or city code (got "${region}")`);
      return adoptionTable(store, {
        level: args.level,
        mechanisms: textList('adoptionTable', 'mechanisms', args.mechanisms),
        region: region?.trim() ?? null,
        limitLocalities: cappedLimit('adoptionTable', args.limitLocalities, READ_CAPS.adoptionLocalities) ?? 200,
      }, { signal });
    },

    async nodeContexts(_: unknown, args: { ids: string[] }, { signal }: ApiContext) {
      if (args.ids.length > CONTEXT_IDS) throw badUserInput(`nodeContexts: at most ${CONTEXT_IDS} ids (got ${args.ids.length})`);
      return nodeContexts(store, textList('nodeContexts', 'ids', args.ids), { signal });
    },
  };
}
