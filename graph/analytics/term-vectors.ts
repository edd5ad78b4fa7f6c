/**
 * Sparse tf-idf vectors of practices, in compressed rows (typed arrays, no object per entry): weight =
 * (1 + ln tf) · ln(1 + N / df), rows L2-normalised so a dot product is a cosine. Terms too common to tell practices
 * apart (SimilaritySettings.maxDocumentFraction) are left out entirely.
 */
import type { SimilaritySettings } from './analysis-knowledge';

export interface TermVectors {
  /** Term id → term. */
  terms: string[];
  /** Term id → practices containing it (after pruning, 0 for pruned terms). */
  documentFrequency: Int32Array;
  /** Row d is termIds / weights [start[d], start[d+1]), term ids ascending. */
  start: Int32Array;
  termIds: Int32Array;
  weights: Float32Array;
}

/**
 * `termsOf(d)` is called once per practice, in order; each practice's terms are turned into term ids at once, so
 * only compact typed rows stay in memory, never a Map per practice (at 100k practices that is gigabytes).
 */
export function buildTermVectors({
  count,
  termsOf,
  settings,
}: {
  count: number;
  termsOf: (practice: number) => Map<string, number>;
  settings: SimilaritySettings;
}): TermVectors {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const df: number[] = [];
  const rawIds: Int32Array[] = [];
  const rawTfs: Uint16Array[] = [];
  for (let d = 0; d < count; d++) {
    const doc = termsOf(d);
    const rowIds = new Int32Array(doc.size);
    const rowTfs = new Uint16Array(doc.size);
    let k = 0;
    for (const [term, tf] of doc) {
      let id = ids.get(term);
      if (id === undefined) {
        ids.set(term, (id = terms.length));
        terms.push(term);
        df.push(0);
      }
      df[id] = (df[id] as number) + 1;
      rowIds[k] = id;
      rowTfs[k++] = Math.min(tf, 0xffff);
    }
    rawIds.push(rowIds);
    rawTfs.push(rowTfs);
  }
  const ceiling = Math.max(settings.maxDocumentFraction * count, settings.commonTermMinDocuments);
  const documentFrequency = Int32Array.from(df, (f) => (f > ceiling ? 0 : f));
  const start = new Int32Array(count + 1);
  for (let d = 0; d < count; d++)
    start[d + 1] =
      (start[d] as number) + (rawIds[d] as Int32Array).filter((id) => (documentFrequency[id] as number) > 0).length;
  const termIds = new Int32Array(start[count] as number);
  const weights = new Float32Array(start[count] as number);
  for (let d = 0; d < count; d++) {
    const row: [number, number][] = [];
    const rowIds = rawIds[d] as Int32Array;
    const rowTfs = rawTfs[d] as Uint16Array;
    for (let k = 0; k < rowIds.length; k++) {
      const id = rowIds[k] as number;
      const f = documentFrequency[id] as number;
      if (f > 0) row.push([id, (1 + Math.log(rowTfs[k] as number)) * Math.log(1 + count / f)]);
    }
    row.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(row.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    let at = start[d] as number;
    for (const [id, w] of row) {
      termIds[at] = id;
      weights[at++] = w / norm;
    }
  }
  return { terms, documentFrequency, start, termIds, weights };
}
