/**
 * A locality's grouped view: its mechanisms (its descendants' practices included, from the port's `localityPortfolio`),
 * each one node with its practice count and first report; the mechanisms asked to be expanded with the locality's
 * practices using them drawn (up to a budget), each practice tied to the locality and to its mechanism.
 */
import type { GraphNode } from '../../graph/graph-document';
import { ROLLUP_LEVELS, type RollupLevel } from '../../graph/schema';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';
import { drawGroups } from './draw-groups';
import { groupedView, type GroupedView, type ViewGroup } from './grouped-view';
import { localityCount } from './locality-count';

export interface LocalityViewRequest {
  code: string;
  /** Names of the mechanisms whose practices here are drawn, in the order they were expanded. */
  expand: readonly string[];
  practiceLimit: number;
}

/** Null for an unknown locality code. */
export async function localityView({
  store,
  request,
  options,
}: {
  store: GraphStore;
  request: LocalityViewRequest;
  options?: ReadOptions;
}): Promise<GroupedView | null> {
  const portfolio = await store.localityPortfolio(request.code, options);
  if (!portfolio) return null;
  const root = portfolio.locality;
  const level = String(root.properties['level'] ?? '');
  const groups: ViewGroup[] = portfolio.mechanisms.slice(0, READ_CAPS.adoptionMechanisms).map((entry) => ({
    node: entry.mechanism,
    practices: entry.practices,
    firstReported: entry.firstReported,
    practiceIds: [],
  }));
  const byName = new Map(groups.map((group) => [mechanismName(group.node), group]));
  const expanded: ViewGroup[] = [];
  for (const name of request.expand) {
    const group = byName.get(name);
    if (group)
      expanded.push({
        ...group,
        practiceIds: await practicesHere(store, { mechanism: name, code: request.code, level }, options),
      });
  }
  const drawn = await drawGroups({ store, groups: expanded, budget: request.practiceLimit, options });
  const counted = await localityCount({ store, code: request.code, level, options });
  return groupedView({
    root,
    level: null,
    groups,
    drawn,
    groupEdge: (mechanism) => ({ start: root.id, end: mechanism.id }),
    mechanismOf: (mechanism) => mechanism,
    placeOf: () => root,
    practices: counted ?? Math.max(0, ...groups.map((group) => group.practices)),
    trimmed: portfolio.mechanisms.length > groups.length,
  });
}

/** The locality's practices (at or below it) using the mechanism: its row of the mechanism's diffusion at its level. */
async function practicesHere(
  store: GraphStore,
  where: { mechanism: string; code: string; level: string },
  options?: ReadOptions,
): Promise<string[]> {
  const rollup = (ROLLUP_LEVELS as readonly string[]).includes(where.level) ? (where.level as RollupLevel) : undefined;
  const diffusion = await store.diffusion(
    { mechanism: where.mechanism, level: rollup, limit: READ_CAPS.adoptionLocalities },
    options,
  );
  return diffusion?.events.find((event) => event.locality.properties['code'] === where.code)?.practiceIds ?? [];
}

function mechanismName(node: GraphNode): string {
  const name = node.properties['name'];
  return typeof name === 'string' ? name : node.id;
}
