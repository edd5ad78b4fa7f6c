/**
 * Recomputes the analyses (similar practices, reprints, mechanism families) over the whole stored graph and
 * replaces the stored ones. A full recompute: at 100k practices it takes well under the time of ingesting them
 * (see `npm run bench`), and unlike an incremental update it keeps idf weights and top-k lists exact.
 */
import { computeAnalyses, type AnalysisPhase } from '../graph/analytics/compute-analyses';
import type { AnalysisContext } from './analysis-context';
import type { GraphStore } from '../graph/store/graph-store';

/** Below this many practices the run takes a blink: no progress lines. */
const QUIET_BELOW = 5_000;
const PHASES: Record<AnalysisPhase, string> = {
  terms: 'segmenting practice texts',
  similarity: 'finding similar practices',
  reprints: 'detecting reprints',
  families: 'grouping mechanism families',
};

/** Returns the summary line. */
export async function refreshAnalyses(store: GraphStore, context: AnalysisContext, log: (line: string) => void = (line) => console.error(line)): Promise<string> {
  const start = performance.now();
  const practices = await store.analysisInput();
  const loud = practices.length >= QUIET_BELOW;
  const onPhase = (phase: AnalysisPhase) => {
    if (loud) log(`analyses: ${PHASES[phase]} (${practices.length} practices)…`);
  };
  const { analyses, figures } = computeAnalyses(practices, { ...context, onPhase });
  await store.replaceAnalyses(analyses);
  await store.flush?.();
  const seconds = (performance.now() - start) / 1000;
  return `analyses: ${figures.similarPairs} similar pair(s), ${figures.reprints} reprint(s), ${figures.families} mechanism famil${figures.families === 1 ? 'y' : 'ies'} over ${figures.practices} practice(s) in ${seconds.toFixed(1)} s`;
}
