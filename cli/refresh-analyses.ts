/**
 * Recomputes the analyses (similar practices, reprints, mechanism families) over the whole stored graph and
 * replaces the stored ones. A full recompute keeps idf weights and top-k lists exact; the practices' terms come from
 * the store's term cache (filled by the ingest, which segments each text once), so only texts without cached terms
 * — a loaded export, a change of the segmentation knowledge — are segmented here.
 */
import { computeAnalyses, type AnalysisPhase } from '../graph/analytics/compute-analyses';
import type { GraphStore } from '../graph/store/graph-store';
import type { AnalysisContext } from './analysis-context';

/** Below this many practices the run takes a blink: no progress lines. */
const QUIET_BELOW = 5_000;
const PHASES: Record<AnalysisPhase, string> = {
  terms: 'reading and segmenting practice terms',
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
  const cache = store.termCache ? await store.termCache(await context.fingerprint()) : undefined;
  const { analyses, figures } = computeAnalyses(practices, {
    tokenize: context.tokenize,
    ...(context.isPlaceName ? { isPlaceName: context.isPlaceName } : {}),
    onPhase,
    ...(cache ? { termCache: cache } : {}),
  });
  await store.replaceAnalyses(analyses);
  // The cache only saves time: failing to write it costs the next run its reuse, nothing else.
  await cache?.save().catch((error: unknown) => log(`analyses: could not store the segmented terms (${(error as Error).message})`));
  const seconds = (performance.now() - start) / 1000;
  const reuse = cache ? `; ${practices.length - cache.reused} segmented, ${cache.reused} from the term cache` : '';
  return `analyses: ${figures.similarPairs} similar pair(s), ${figures.reprints} reprint(s), ${figures.families} mechanism famil${figures.families === 1 ? 'y' : 'ies'} over ${figures.practices} practice(s) in ${seconds.toFixed(1)} s${reuse}`;
}
