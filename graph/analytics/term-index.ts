/**
 * The inverted index of the tf-idf vectors: per term, the practices containing it, heaviest first, at most
 * `postingsCap` of them. A term's postings beyond the cap are practices where it weighs least, so a query that
 * walks only capped lists still meets the practices where a shared term matters — and the work per practice is
 * bounded whatever the corpus size (no O(n²)). Terms in a single practice cannot pair anything and get no list.
 */
import type { TermVectors } from './term-vectors';

export interface TermIndex {
  /** Term t's postings are docs / weights [start[t], start[t+1]). */
  start: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

export function buildTermIndex(vectors: TermVectors, postingsCap: number): TermIndex {
  const { documentFrequency, start: rowStart, termIds, weights } = vectors;
  const termCount = documentFrequency.length;
  const full = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    const df = documentFrequency[t] as number;
    full[t + 1] = (full[t] as number) + (df >= 2 ? df : 0);
  }
  const fillAt = full.slice(0, termCount);
  const allDocs = new Int32Array(full[termCount] as number);
  const allWeights = new Float32Array(full[termCount] as number);
  const rows = rowStart.length - 1;
  for (let d = 0; d < rows; d++) {
    for (let k = rowStart[d] as number; k < (rowStart[d + 1] as number); k++) {
      const t = termIds[k] as number;
      if ((documentFrequency[t] as number) < 2) continue;
      const at = fillAt[t] as number;
      allDocs[at] = d;
      allWeights[at] = weights[k] as number;
      fillAt[t] = at + 1;
    }
  }
  const start = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++)
    start[t + 1] = (start[t] as number) + Math.min(postingsCap, (full[t + 1] as number) - (full[t] as number));
  const docs = new Int32Array(start[termCount] as number);
  const kept = new Float32Array(start[termCount] as number);
  for (let t = 0; t < termCount; t++) {
    const from = full[t] as number;
    const length = (full[t + 1] as number) - from;
    if (length === 0) continue;
    const order = Array.from({ length }, (_, i) => from + i);
    // Heaviest first; equal weights keep document order, so the cut is deterministic.
    if (length > postingsCap) order.sort((a, b) => (allWeights[b] as number) - (allWeights[a] as number) || a - b);
    const to = start[t] as number;
    for (let i = 0; i < Math.min(length, postingsCap); i++) {
      docs[to + i] = allDocs[order[i] as number] as number;
      kept[to + i] = allWeights[order[i] as number] as number;
    }
  }
  return { start, docs, weights: kept };
}
