/**
 * Analyses at scale: computeAnalyses over 100k practices of the synthetic graph (synthetic-graph.ts: bulletins,
 * counties, skewed mechanisms). Its texts are made varied — each practice keeps half of its template's sentences
 * and draws the rest from every sample sentence — and 1% are reprints of an earlier practice, so similarity,
 * reprint detection and families all have work. jieba runs for real on every text (no memoizing). Target: minutes
 * on 2 cores. Prints the time per phase, pairs kept, reprints, families and peak memory.
 */
import path from 'path';
import { analysisContext } from '../cli/analysis-context';
import { analysisPracticesOf } from '../graph/analytics/analysis-practices';
import { computeAnalyses } from '../graph/analytics/compute-analyses';
import type { AnalysisPractice, TermCache } from '../graph/store/graph-store';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/knowledge/create-knowledge';
import { loadCounties, mechanismPool, mergeSamples, PER_BULLETIN, pick, syntheticBulletin } from './synthetic-graph';
import { seededRandom } from '../graph/analytics/seeded-random';

const PRACTICES = 100_000;
const REPRINT_SHARE = 0.01;

export async function analyticsBench(root: string, practices = PRACTICES): Promise<Record<string, string>> {
  const knowledge = createKnowledge();
  const run = await ingestFiles([path.join(root, 'data', 'samples')], { workers: 1, knowledge });
  const samples = mergeSamples(run.bulletins.map((b) => b.document));
  const counties = loadCounties();
  const mechanisms = mechanismPool(samples.nodes.filter((n) => n.labels[0] === 'Mechanism'));
  const sentences = samples.practices.flatMap((p) => sentencesOf(String(p.properties.text)));
  const random = seededRandom(7);
  const input: AnalysisPractice[] = [];
  for (let b = 0; b * PER_BULLETIN < practices; b++) {
    const document = syntheticBulletin({
      index: b,
      samples,
      counties,
      mechanisms,
      random,
      count: Math.min(PER_BULLETIN, practices - b * PER_BULLETIN),
    });
    const date = `20${String(20 + (b % 5))}-${String(1 + (b % 12)).padStart(2, '0')}-15`;
    for (const practice of analysisPracticesOf(document).map((p) => ({ ...p, date }))) {
      const earlier = input.length > 0 && random() < REPRINT_SHARE ? pick(input, random) : null;
      practice.text = earlier ? `（转载）${earlier.text}` : varied(practice.text, sentences, random);
      input.push(practice);
    }
  }
  const characters = input.reduce((n, p) => n + p.text.length, 0);
  const context = analysisContext(knowledge);
  const options = { tokenize: context.tokenize, ...(context.isPlaceName ? { isPlaceName: context.isPlaceName } : {}) };
  // The terms of every practice, kept as the store's term cache keeps them: a second run (as after adding a
  // bulletin) reads them instead of segmenting.
  const cached = new Map<string, Map<string, number>>();
  let reused = 0;
  const termCache: TermCache = {
    get: (practice) => {
      const terms = cached.get(practice.id);
      if (terms) reused++;
      return terms;
    },
    set: (practice, terms) => void cached.set(practice.id, terms),
  };
  const start = performance.now();
  const { figures } = computeAnalyses(input, { ...options, termCache });
  const seconds = (performance.now() - start) / 1000;
  const again = performance.now();
  computeAnalyses(input, { ...options, termCache });
  const recomputeSeconds = (performance.now() - again) / 1000;
  const t = figures.timings;
  return {
    practices: `${figures.practices} (${(characters / 1e6).toFixed(1)} M characters, ${figures.terms} distinct terms)`,
    computeAnalyses: `${seconds.toFixed(1)} s (target: minutes on 2 cores), every text segmented`,
    'recompute, terms cached': `${recomputeSeconds.toFixed(1)} s (${reused} practices' terms read from the cache, as the ingest hands them over)`,
    phases: `terms (jieba + masking) ${(t.terms / 1000).toFixed(1)} s, similarity ${(t.similarity / 1000).toFixed(1)} s, reprints ${(t.reprints / 1000).toFixed(1)} s, families ${(t.families / 1000).toFixed(1)} s`,
    kept: `${figures.similarPairs} SIMILAR_TO pairs, ${figures.reprints} REPRINT_OF (≈${Math.round(practices * REPRINT_SHARE)} planted), ${figures.families} mechanism families`,
    'peak memory (RSS)': `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  };
}

/** The template's locality prefix, then each of its sentences kept or swapped for a random sample sentence. */
function varied(text: string, pool: readonly string[], random: () => number): string {
  const split = text.indexOf('：') + 1;
  return (
    text.slice(0, split) +
    sentencesOf(text.slice(split))
      .map((s) => (random() < 0.5 ? s : pick(pool, random)))
      .join('')
  );
}

function sentencesOf(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/g) ?? [];
}
