/**
 * The analyses of a whole graph, from its practices: similar practices (SIMILAR_TO, top-k per practice, one edge
 * per pair from the smaller id), reprints (REPRINT_OF, later → earlier) and mechanism families (Mechanism.family,
 * familyName). Pure and deterministic: the same practices give the same analyses in any input order.
 */
import { relationshipId, type GraphRelationship } from '../graph-document';
import type { AnalysisPractice, GraphAnalyses, TermCache } from '../store/graph-store';
import { loadAnalysisKnowledge, type AnalysisKnowledge } from './analysis-knowledge';
import { bulletinWords, segmentPractice, type TokenizeWith } from './bulletin-terms';
import { mechanismFamilies } from './mechanism-families';
import { findReprints, shingleSketch, type Reprint, type ShingleSketch } from './reprints';
import { findSimilarPairs, type MechanismRows, type ScoredPair } from './similar-pairs';
import { buildTermIndex } from './term-index';
import { buildTermVectors, type TermVectors } from './term-vectors';

export interface AnalysisOptions {
  /** Segmentation keeping a bulletin's mechanism names whole (bulletin-terms.ts). */
  tokenize: TokenizeWith;
  /** Place names to mask (gazetteer names and short names). */
  isPlaceName?: (word: string) => boolean;
  knowledge?: AnalysisKnowledge;
  /**
   * Terms of practices segmented in an earlier run. `get` answers only when the cached terms are still what
   * segmenting would give now; whatever it does not answer is segmented and handed to `set`.
   */
  termCache?: TermCache;
  /** Called as each phase starts (for progress on long runs). */
  onPhase?: (phase: AnalysisPhase) => void;
}

export type AnalysisPhase = 'terms' | 'similarity' | 'reprints' | 'families';

export interface AnalysisRun {
  analyses: GraphAnalyses;
  figures: {
    practices: number;
    terms: number;
    similarPairs: number;
    reprints: number;
    families: number;
    /** Milliseconds per phase. */
    timings: Record<AnalysisPhase, number>;
  };
}

const ROUND = 1e4;

export function computeAnalyses(input: readonly AnalysisPractice[], options: AnalysisOptions): AnalysisRun {
  const knowledge = options.knowledge ?? loadAnalysisKnowledge();
  const practices = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const timings = { terms: 0, similarity: 0, reprints: 0, families: 0 };
  const phase = <T>(name: AnalysisPhase, work: () => T): T => {
    options.onPhase?.(name);
    const start = performance.now();
    const result = work();
    timings[name] = performance.now() - start;
    return result;
  };
  const termsOf = practiceTerms({ practices, options, knowledge });
  const vectors = phase('terms', () =>
    buildTermVectors({
      count: practices.length,
      termsOf: (i) => termsOf(practices[i] as AnalysisPractice),
      settings: knowledge.similarity,
    }),
  );

  const { neighbours, nearDuplicates } = phase('similarity', () =>
    findSimilarPairs({
      vectors,
      index: buildTermIndex(vectors, knowledge.similarity.postingsCap),
      mechanisms: mechanismRows(practices),
      settings: knowledge.similarity,
      nearCosine: knowledge.reprint.minCosine,
    }),
  );

  const reprints = phase('reprints', () => practiceReprints({ practices, pairs: nearDuplicates, knowledge }));

  const families = phase('families', () => {
    const reprinted = new Set(reprints.map((r) => r.later));
    return mechanismFamilies(
      practices.filter((_, i) => !reprinted.has(i)).map((p) => p.mechanisms),
      knowledge.families,
    );
  });

  const relationships = [
    ...similarRelationships({ practices, vectors, neighbours, reprints, knowledge }),
    ...reprints.map((reprint) => reprintOf(practices, reprint)),
  ];
  const mechanismProperties: GraphAnalyses['mechanismProperties'] = {};
  for (const [name, family] of families.family)
    mechanismProperties[name] = { family, familyName: families.names.get(family) ?? name };
  return {
    analyses: { relationships, mechanismProperties },
    figures: {
      practices: practices.length,
      terms: vectors.terms.length,
      similarPairs: relationships.length - reprints.length,
      reprints: reprints.length,
      families: families.names.size,
      timings,
    },
  };
}

/** A practice's terms: from the term cache where it answers, else segmented (and handed to the cache). */
function practiceTerms({
  practices,
  options,
  knowledge,
}: {
  practices: readonly AnalysisPractice[];
  options: AnalysisOptions;
  knowledge: AnalysisKnowledge;
}): (practice: AnalysisPractice) => Map<string, number> {
  const segmentation = {
    tokenize: options.tokenize,
    knowledge,
    ...(options.isPlaceName ? { isPlaceName: options.isPlaceName } : {}),
  };
  const words = bulletinWords(practices);
  return (practice) => {
    const cached = options.termCache?.get(practice);
    if (cached) return cached;
    const terms = segmentPractice({ practice, whole: words.get(practice.bulletinId) ?? new Set(), segmentation });
    options.termCache?.set(practice, terms);
    return terms;
  };
}

/** The reprints among near-duplicate pairs; each practice's shingles are computed once, when a pair needs them. */
function practiceReprints({
  practices,
  pairs,
  knowledge,
}: {
  practices: readonly AnalysisPractice[];
  pairs: readonly [number, number][];
  knowledge: AnalysisKnowledge;
}): Reprint[] {
  const sketches = new Map<number, ShingleSketch>();
  const sketchOf = (i: number) => {
    let sketch = sketches.get(i);
    if (!sketch) sketches.set(i, (sketch = shingleSketch((practices[i] as AnalysisPractice).text, knowledge.reprint)));
    return sketch;
  };
  return findReprints({
    pairs,
    sketchOf,
    dateOf: (i) => (practices[i] as AnalysisPractice).date,
    idOf: (i) => (practices[i] as AnalysisPractice).id,
    settings: knowledge.reprint,
  });
}

/** SIMILAR_TO for each similar pair that is not also a reprint. */
function similarRelationships({
  practices,
  vectors,
  neighbours,
  reprints,
  knowledge,
}: {
  practices: readonly AnalysisPractice[];
  vectors: TermVectors;
  neighbours: readonly ScoredPair[];
  reprints: readonly Reprint[];
  knowledge: AnalysisKnowledge;
}): GraphRelationship[] {
  const reprintPairs = new Set(reprints.map((r) => pairKey(r.later, r.earlier)));
  return uniqueSimilarPairs(neighbours)
    .filter((pair) => !reprintPairs.has(pairKey(pair.a, pair.b)))
    .map((pair) => similarTo(practices, vectors, pair, knowledge.similarity.sharedTermsShown));
}

function reprintOf(practices: readonly AnalysisPractice[], reprint: Reprint): GraphRelationship {
  const start = (practices[reprint.later] as AnalysisPractice).id;
  const end = (practices[reprint.earlier] as AnalysisPractice).id;
  return {
    id: relationshipId({ type: 'REPRINT_OF', start, end }),
    type: 'REPRINT_OF',
    start,
    end,
    properties: { score: round(reprint.containment) },
  };
}

/** Each pair once (kept by either side's top-k), with the better of its two scores; smaller index first. */
function uniqueSimilarPairs(neighbours: readonly ScoredPair[]): ScoredPair[] {
  const pairs = new Map<number, ScoredPair>();
  for (const pair of neighbours) {
    const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = pairKey(a, b);
    const seen = pairs.get(key);
    if (!seen || pair.score > seen.score) pairs.set(key, { ...pair, a, b });
  }
  return [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

function similarTo(
  practices: readonly AnalysisPractice[],
  vectors: TermVectors,
  pair: ScoredPair,
  shown: number,
): GraphRelationship {
  const a = practices[pair.a] as AnalysisPractice;
  const b = practices[pair.b] as AnalysisPractice;
  const other = new Set(b.mechanisms);
  return {
    id: relationshipId({ type: 'SIMILAR_TO', start: a.id, end: b.id }),
    type: 'SIMILAR_TO',
    start: a.id,
    end: b.id,
    properties: {
      score: round(pair.score),
      sharedMechanisms: [...new Set(a.mechanisms.filter((m) => other.has(m)))].sort(),
      sharedTerms: sharedTerms(vectors, pair.a, pair.b, shown),
    },
  };
}

/** The shared terms that weigh most in the cosine (product of the two weights). */
function sharedTerms(vectors: TermVectors, a: number, b: number, shown: number): string[] {
  const { start, termIds, weights, terms } = vectors;
  const shared: [string, number][] = [];
  let i = start[a] as number;
  let j = start[b] as number;
  while (i < (start[a + 1] as number) && j < (start[b + 1] as number)) {
    const x = termIds[i] as number;
    const y = termIds[j] as number;
    if (x === y) shared.push([terms[x] as string, (weights[i++] as number) * (weights[j++] as number)]);
    else if (x < y) i++;
    else j++;
  }
  return shared
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, shown)
    .map(([term]) => term);
}

/** Mechanism ids per practice, weighted by idf so a rare shared mechanism says more than 网格化管理. */
function mechanismRows(practices: readonly AnalysisPractice[]): MechanismRows {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const rows = practices.map((p) => {
    const row = [...new Set(p.mechanisms)].map((name) => {
      let id = ids.get(name);
      if (id === undefined) {
        ids.set(name, (id = df.length));
        df.push(0);
      }
      df[id] = (df[id] as number) + 1;
      return id;
    });
    return row.sort((x, y) => x - y);
  });
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (start[i + 1] = (start[i] as number) + row.length));
  return {
    start,
    ids: Int32Array.from(rows.flat()),
    weight: Float64Array.from(df, (f) => Math.log(1 + practices.length / f)),
  };
}

function pairKey(a: number, b: number): number {
  return a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
}

function round(value: number): number {
  return Math.round(value * ROUND) / ROUND;
}
