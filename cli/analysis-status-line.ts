/** How the command line tells whether the store's analyses are current (`kg stats`, interrupted runs). */
import type { AnalysisStatus, GraphStore } from '../graph/store/graph-store';

export const RECOMPUTE_HINT = '`kg analyse` (or the next `kg ingest` or `kg start`) recomputes them';

export function analysisStatusLine(status: AnalysisStatus): string {
  return status.stale
    ? `analyses: STALE since ${status.since ?? 'an earlier run'} (a run stopped before finishing them, or the graph changed after); ${RECOMPUTE_HINT}`
    : 'analyses: current';
}

/** What an interrupted write left: the store's bulletins and whether its analyses still need recomputing. */
export async function storeOutcome(store: GraphStore): Promise<string> {
  const [stats, status] = await Promise.all([store.stats(), store.analysisStatus()]);
  const analyses = status.stale ? `its analyses are stale; ${RECOMPUTE_HINT}` : 'its analyses are current';
  return `the ${store.kind} store holds ${stats.bulletins} bulletin(s), ${stats.practices} practice(s); ${analyses}`;
}
