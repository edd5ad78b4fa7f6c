/**
 * A mechanism's grouped view: its adopting places rolled up to a level (the port's `diffusion`), each one node with
 * its practice count and first report; the places asked to be expanded with their practices drawn (up to a budget),
 * each practice tied to its place. "Who uses it, where" at any corpus size, in at most a few hundred nodes.
 */
import type { RollupLevel } from '../../graph/schema';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';
import { drawGroups } from './draw-groups';
import { groupedView, type GroupedView, type ViewGroup } from './grouped-view';
import { placedPractices } from './placed-practices';

export interface MechanismViewRequest {
  mechanism: string;
  level: RollupLevel;
  /** Codes of the places whose practices are drawn, in the order they were expanded. */
  expand: readonly string[];
  /** Most practices drawn over all expanded places. */
  practiceLimit: number;
}

/** Null for an unknown mechanism. */
export async function mechanismView({
  store,
  request,
  options,
}: {
  store: GraphStore;
  request: MechanismViewRequest;
  options?: ReadOptions;
}): Promise<GroupedView | null> {
  const diffusion = await store.diffusion(
    { mechanism: request.mechanism, level: request.level, limit: READ_CAPS.adoptionLocalities },
    options,
  );
  if (!diffusion) return null;
  const root = diffusion.mechanism;
  const groups: ViewGroup[] = diffusion.events.map((event) => ({
    node: event.locality,
    practices: event.practices,
    firstReported: event.firstReported,
    practiceIds: event.practiceIds,
  }));
  const byCode = new Map(groups.map((group) => [String(group.node.properties['code'] ?? ''), group]));
  const expanded = request.expand
    .map((code) => byCode.get(code))
    .filter((group): group is ViewGroup => group !== undefined);
  const drawn = await drawGroups({ store, groups: expanded, budget: request.practiceLimit, options });
  const name = typeof root.properties['name'] === 'string' ? root.properties['name'] : request.mechanism;
  return groupedView({
    root,
    level: request.level,
    groups,
    drawn,
    groupEdge: (place) => ({ start: place.id, end: root.id }),
    mechanismOf: () => root,
    placeOf: (place) => place,
    practices: await placedPractices({ store, mechanism: name, level: request.level, groups, options }),
    trimmed: diffusion.trimmed,
  });
}
