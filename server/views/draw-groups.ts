/** The practices drawn for expanded groups: each group's listed practices, in order, until the budget is spent. */
import type { GraphStore, ReadOptions } from '../../graph/store/graph-store';
import type { ViewGroup } from './grouped-view';
import { practiceContexts, type PracticeContext } from './practice-context';

export async function drawGroups({
  store,
  groups,
  budget,
  options,
}: {
  store: GraphStore;
  groups: readonly ViewGroup[];
  budget: number;
  options?: ReadOptions;
}): Promise<Map<string, PracticeContext[]>> {
  const wanted = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const group of groups) {
    const taken: string[] = [];
    for (const id of group.practiceIds) {
      // A practice already drawn for another group costs nothing more.
      if (!ids.has(id) && ids.size >= budget) break;
      ids.add(id);
      taken.push(id);
    }
    wanted.set(group.node.id, taken);
  }
  const contexts = await practiceContexts({ store, ids: [...ids], options });
  const drawn = new Map<string, PracticeContext[]>();
  for (const [groupId, taken] of wanted)
    drawn.set(
      groupId,
      taken.map((id) => contexts.get(id)).filter((c): c is PracticeContext => c !== undefined),
    );
  return drawn;
}
