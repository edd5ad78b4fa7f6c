/**
 * Top-k similar practices per practice, without comparing all pairs: each practice walks the capped postings of
 * its heaviest terms (term-index.ts) to gather candidates, keeps the best `candidates` by that partial score, then
 * scores those exactly — cosine of the full tf-idf vectors blended with the overlap of their mechanisms.
 * Work per practice is bounded by queryTerms × postingsCap, so n practices cost O(n), not O(n²).
 */
import type { SimilaritySettings } from './analysis-knowledge';
import type { TermIndex } from './term-index';
import type { TermVectors } from './term-vectors';

/** Mechanism ids per practice (rows ascending) and each mechanism's weight (its idf). */
export interface MechanismRows {
  start: Int32Array;
  ids: Int32Array;
  weight: Float64Array;
}

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  cosine: number;
  mechanisms: number;
}

export interface SimilarPairs {
  /** For each practice a, its kept neighbours b (at most topK, best first). */
  neighbours: ScoredPair[];
  /** Pairs (a < b) at least `nearCosine` alike: the candidates of the reprint test. */
  nearDuplicates: [number, number][];
}

export function findSimilarPairs(input: {
  vectors: TermVectors;
  index: TermIndex;
  mechanisms: MechanismRows;
  settings: SimilaritySettings;
  nearCosine: number;
}): SimilarPairs {
  const { vectors, index, mechanisms, settings, nearCosine } = input;
  const n = vectors.start.length - 1;
  const partial = new Float32Array(n);
  const touched = new Int32Array(n);
  const dense = new Float32Array(vectors.terms.length);
  const scratch = new Float32Array(n);
  const neighbours: ScoredPair[] = [];
  let near: Float64Array = new Float64Array(1024);
  let nearCount = 0;
  for (let d = 0; d < n; d++) {
    const from = vectors.start[d] as number;
    const to = vectors.start[d + 1] as number;
    if (from === to) continue;
    let touchedCount = 0;
    for (const k of heaviest(vectors.weights, from, to, settings.queryTerms)) {
      const t = vectors.termIds[k] as number;
      const w = vectors.weights[k] as number;
      for (let p = index.start[t] as number; p < (index.start[t + 1] as number); p++) {
        const e = index.docs[p] as number;
        if (e === d) continue;
        if (partial[e] === 0) touched[touchedCount++] = e;
        partial[e] = (partial[e] as number) + w * (index.weights[p] as number);
      }
    }
    const candidates = best({ partial, touched, touchedCount, count: settings.candidates, scratch });
    for (let i = 0; i < touchedCount; i++) partial[touched[i] as number] = 0;

    for (let k = from; k < to; k++) dense[vectors.termIds[k] as number] = vectors.weights[k] as number;
    const scored: ScoredPair[] = [];
    for (const e of candidates) {
      let cosine = 0;
      for (let k = vectors.start[e] as number; k < (vectors.start[e + 1] as number); k++)
        cosine += (dense[vectors.termIds[k] as number] as number) * (vectors.weights[k] as number);
      cosine = Math.min(1, cosine);
      if (cosine >= nearCosine) {
        if (nearCount === near.length) near = grow(near);
        near[nearCount++] = d < e ? d * n + e : e * n + d;
      }
      const shared = mechanismOverlap({ rows: mechanisms, a: d, b: e });
      const score = settings.textWeight * cosine + settings.mechanismWeight * shared;
      if (score >= settings.minScore) scored.push({ a: d, b: e, score, cosine, mechanisms: shared });
    }
    for (let k = from; k < to; k++) dense[vectors.termIds[k] as number] = 0;
    scored.sort((x, y) => y.score - x.score || x.b - y.b);
    neighbours.push(...scored.slice(0, settings.topK));
  }
  return { neighbours, nearDuplicates: uniquePairs(near.subarray(0, nearCount), n) };
}

/** Pair keys a·n + b, sorted and deduplicated (each pair is usually met from both sides). */
function uniquePairs(keys: Float64Array, n: number): [number, number][] {
  keys.sort();
  const pairs: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (i > 0 && key === keys[i - 1]) continue;
    pairs.push([Math.floor(key / n), key % n]);
  }
  return pairs;
}

function grow(array: Float64Array): Float64Array {
  const larger = new Float64Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** Positions [from, to) of the `count` largest weights. */
function heaviest(weights: Float32Array, from: number, to: number, count: number): number[] {
  const positions = Array.from({ length: to - from }, (_, i) => from + i);
  if (positions.length <= count) return positions;
  positions.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  return positions.slice(0, count);
}

/** The touched practices with the `count` highest partial scores (ties by practice number), found in linear time. */
function best({
  partial,
  touched,
  touchedCount,
  count,
  scratch,
}: {
  partial: Float32Array;
  touched: Int32Array;
  touchedCount: number;
  count: number;
  scratch: Float32Array;
}): number[] {
  if (touchedCount <= count) return Array.from(touched.subarray(0, touchedCount)).sort((a, b) => a - b);
  for (let i = 0; i < touchedCount; i++) scratch[i] = partial[touched[i] as number] as number;
  const threshold = kthLargest(scratch, touchedCount, count);
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < touchedCount; i++) {
    const e = touched[i] as number;
    const value = partial[e] as number;
    if (value > threshold) above.push(e);
    else if (value === threshold) at.push(e);
  }
  at.sort((a, b) => a - b);
  return [...above, ...at.slice(0, count - above.length)];
}

/** The k-th largest of values[0, length) (1-based k), by quickselect; reorders `values`. */
function kthLargest(values: Float32Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/**
 * Σ weight of shared mechanisms / Σ weight of the smaller side's mechanisms (a weighted overlap coefficient): an item
 * about one mechanism matches a long report that also practises it, which Jaccard would drown in the report's
 * other mechanisms. 0 when either has none.
 */
export function mechanismOverlap({ rows, a, b }: { rows: MechanismRows; a: number; b: number }): number {
  let i = rows.start[a] as number;
  let j = rows.start[b] as number;
  const endA = rows.start[a + 1] as number;
  const endB = rows.start[b + 1] as number;
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  while (i < endA || j < endB) {
    const x = i < endA ? (rows.ids[i] as number) : Infinity;
    const y = j < endB ? (rows.ids[j] as number) : Infinity;
    if (x === y) {
      shared += rows.weight[x] as number;
      sumA += rows.weight[x] as number;
      sumB += rows.weight[x] as number;
      i++;
      j++;
    } else if (x < y) {
      sumA += rows.weight[x] as number;
      i++;
    } else {
      sumB += rows.weight[y] as number;
      j++;
    }
  }
  const smaller = Math.min(sumA, sumB);
  return smaller === 0 ? 0 : shared / smaller;
}
