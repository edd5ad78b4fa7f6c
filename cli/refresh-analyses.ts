/**
 * Recomputes the analyses (similar practices, reprints, mechanism families) over the whole stored graph and
 * replaces the stored ones. A full recompute keeps idf weights and top-k lists exact; the practices' terms come from
 * the store's term cache (filled by the ingest, which segments each text once), so only texts without cached terms
 * — a loaded export, a change of the segmentation knowledge — are segmented here. The replace names the graph version
 * it was computed from, so a write that landed meanwhile leaves the analyses marked stale; an interruption (`signal`)
 * stops before the replace, or between its transactions where the store writes in several (Neo4j), and leaves them so
 * too.
 */
import os from 'os';
import { bulletinWords } from '../graph/analytics/bulletin-terms';
import { computeAnalyses, type AnalysisPhase } from '../graph/analytics/compute-analyses';
import type { AnalysisPractice, GraphStore, StoredTermCache } from '../graph/store/graph-store';
import { segmentInWorkers } from '../ingest/segment/terms-in-workers';
import type { AnalysisContext } from './analysis-context';

/** Below this many practices the run takes a blink: no line when it starts. */
const SILENT_BELOW = 100;
/** Below this many, no line per phase either. */
const QUIET_BELOW = 5_000;
/** Below this many texts to cut, starting worker threads (each loads its own dictionary) costs more than it saves. */
const PARALLEL_MIN_TEXTS = 2_000;
const PHASES: Record<AnalysisPhase, string> = {
  terms: 'reading and segmenting practice terms',
  similarity: 'finding similar practices',
  reprints: 'detecting reprints',
  families: 'grouping mechanism families',
};

/** Returns the summary line. */
export async function refreshAnalyses({
  store,
  context,
  log = (line) => console.error(line),
  signal,
}: {
  store: GraphStore;
  context: AnalysisContext;
  log?: (line: string) => void;
  signal?: AbortSignal;
}): Promise<string> {
  const start = performance.now();
  const { practices, graphVersion } = await store.analysisInput();
  if (practices.length >= SILENT_BELOW) log(`analyses: recomputing over ${practices.length} practice(s)…`);
  const loud = practices.length >= QUIET_BELOW;
  const onPhase = (phase: AnalysisPhase) => {
    if (loud) log(`analyses: ${PHASES[phase]} (${practices.length} practices)…`);
  };
  const cache = store.termCache ? await store.termCache(await context.fingerprint()) : undefined;
  signal?.throwIfAborted();
  if (cache) await segmentMissing(practices, cache, context, (line) => loud && log(line));
  signal?.throwIfAborted();
  const { analyses, figures } = computeAnalyses(practices, {
    tokenize: context.tokenize,
    ...(context.isPlaceName ? { isPlaceName: context.isPlaceName } : {}),
    onPhase,
    ...(cache ? { termCache: cache } : {}),
  });
  // The computation holds the thread: a signal that came meanwhile is seen here, before anything is written.
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
  if (practices.length >= SILENT_BELOW)
    log(`analyses: storing ${analyses.relationships.length} relationship(s) in ${store.kind}…`);
  await store.replaceAnalyses(analyses, { computedFrom: graphVersion, ...(signal ? { signal } : {}) });
  // The cache only saves time: failing to write it costs the next run its reuse, nothing else.
  await cache
    ?.save()
    .catch((error: unknown) => log(`analyses: could not store the segmented terms (${(error as Error).message})`));
  const seconds = (performance.now() - start) / 1000;
  const reuse = cache ? `; ${practices.length - cache.reused} segmented, ${cache.reused} from the term cache` : '';
  return `analyses: ${figures.similarPairs} similar pair(s), ${figures.reprints} reprint(s), ${figures.families} mechanism famil${figures.families === 1 ? 'y' : 'ies'} over ${figures.practices} practice(s) in ${seconds.toFixed(1)} s${reuse}`;
}

/** Texts without cached terms, when there are many, are cut on every core first; the analyses then read them all. */
async function segmentMissing(
  practices: readonly AnalysisPractice[],
  cache: StoredTermCache,
  context: AnalysisContext,
  log: (line: string) => void,
): Promise<void> {
  const missing = practices.filter((p) => !cache.cached.has(p.id));
  const helpers = os.availableParallelism() - 1;
  if (missing.length < PARALLEL_MIN_TEXTS || helpers < 1 || !context.segmentation) return;
  log(`analyses: segmenting ${missing.length} practice text(s) on ${helpers + 1} threads…`);
  const words = bulletinWords(practices);
  const byId = new Map(missing.map((p) => [p.id, p]));
  await segmentInWorkers({
    items: missing.map((practice) => ({ practice, whole: [...(words.get(practice.bulletinId) ?? [])] })),
    helpers,
    segmentation: context.segmentation,
    onTerms: (id, terms) => cache.set(byId.get(id) as AnalysisPractice, terms),
  });
}
