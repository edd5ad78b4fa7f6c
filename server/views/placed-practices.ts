/**
 * How many distinct practices a mechanism has in the places of a view. Groups count a practice located in two places
 * twice, so the distinct number is the union of the groups' practice lists when every list is complete, and
 * otherwise the adoption matrix's column total (distinct practices placed in any row at that level).
 */
import type { RollupLevel } from '../../graph/schema';
import type { GraphStore, ReadOptions } from '../../graph/store/graph-store';
import type { ViewGroup } from './grouped-view';

export async function placedPractices({
  store,
  mechanism,
  level,
  groups,
  options,
}: {
  store: GraphStore;
  mechanism: string;
  level: RollupLevel;
  groups: readonly ViewGroup[];
  options?: ReadOptions;
}): Promise<number> {
  if (groups.every((group) => group.practiceIds.length === group.practices)) {
    return new Set(groups.flatMap((group) => group.practiceIds)).size;
  }
  const matrix = await store.adoption(
    { level, mechanisms: [mechanism], limitMechanisms: 1, limitLocalities: 1 },
    options,
  );
  return matrix.mechanisms.find((column) => column.name === mechanism)?.practices ?? 0;
}
