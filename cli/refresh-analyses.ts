/**
 * Recomputes the analyses (similar practices, reprints, mechanism families) over the whole stored graph and
 * replaces the stored ones. A full recompute keeps idf weights and top-k lists exact; the practices' segmented terms
 * are cached in the data directory (analysis-term-cache.ts), so after adding a bulletin only new texts (and texts
 * holding a newly learnt mechanism name) are segmented again.
 */
import { computeAnalyses, type AnalysisPhase } from '../graph/analytics/compute-analyses';
import type { AnalysisContext } from './analysis-context';
import { openTermCache } from './analysis-term-cache';
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
  const { cacheTerms: cacheSettings, ...options } = context;
  const cache = cacheSettings
    ? await openTermCache(cacheSettings.file, await cacheSettings.fingerprint(), new Set(practices.flatMap((p) => p.mechanisms)))
    : undefined;
  const { analyses, figures } = computeAnalyses(practices, { ...options, onPhase, ...(cache ? { termCache: cache } : {}) });
  await store.replaceAnalyses(analyses);
  await store.flush?.();
  // The cache only saves time: failing to write it costs the next run its reuse, nothing else.
  await cache?.save(practices).catch((error: unknown) => log(`analyses: could not write the term cache (${(error as Error).message})`));
  const seconds = (performance.now() - start) / 1000;
  const reuse = cache && cache.reused > 0 ? `; ${practices.length - cache.reused} segmented, ${cache.reused} reused from the term cache` : '';
  return `analyses: ${figures.similarPairs} similar pair(s), ${figures.reprints} reprint(s), ${figures.families} mechanism famil${figures.families === 1 ? 'y' : 'ies'} over ${figures.practices} practice(s) in ${seconds.toFixed(1)} s${reuse}`;
}
