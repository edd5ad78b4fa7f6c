/**
 * The text index as a snapshot stores it: base and delta postings merged term by term (both key lists are kept
 * sorted), dead documents dropped, documents renumbered to their node's slot in the snapshot being written.
 */
import type { Postings, TextIndex } from './text-index';
import type { Term } from './text-terms';

export function compactPostings(index: TextIndex, newSlot: Int32Array, slots: number): Postings {
  const base = index.base;
  const capacity = base.docs.length + index.deltaPostings;
  const out = { docs: new Int32Array(capacity), tfs: new Uint8Array(capacity), offsets: [] as number[], n: 0 };
  // One typed lookup per posting in the loops below.
  const docSlot = index.documentSlots(newSlot);
  const keep = (doc: number, tf: number) => {
    const slot = docSlot[doc] as number;
    if (slot >= 0) {
      out.docs[out.n] = slot;
      out.tfs[out.n++] = tf;
    }
  };
  const mergeTerms = <T extends Term>(baseKeys: ArrayLike<T>, firstIndex: number, deltaKeys: T[]): T[] => {
    const kept: T[] = [];
    let i = 0;
    let j = 0;
    while (i < baseKeys.length || j < deltaKeys.length) {
      const baseKey = i < baseKeys.length ? baseKeys[i] : undefined;
      const deltaKey = deltaKeys[j];
      const key = (deltaKey === undefined || (baseKey !== undefined && baseKey <= deltaKey) ? baseKey : deltaKey) as T;
      const start = out.n;
      if (key === baseKey) {
        const at = firstIndex + i++;
        for (let p = base.offsets[at] ?? 0, end = base.offsets[at + 1] ?? 0; p < end; p++) keep(base.docs[p] as number, base.tfs[p] as number);
      }
      if (key === deltaKey) {
        const { from, to, docs, tfs } = index.deltaRange(key);
        for (let p = from; p < to; p++) keep(docs[p] as number, tfs[p] as number);
        j++;
      }
      if (out.n > start) {
        kept.push(key);
        out.offsets.push(start);
      }
    }
    return kept;
  };
  const deltaKeys = [...index.deltaTerms()];
  const bigrams = mergeTerms(base.bigrams, 0, deltaKeys.filter((k): k is number => typeof k === 'number').sort((a, b) => a - b));
  const words = mergeTerms(base.words, base.bigrams.length, deltaKeys.filter((k): k is string => typeof k === 'string').sort());
  out.offsets.push(out.n);
  const lengths = new Float32Array(slots);
  docSlot.forEach((slot, doc) => {
    if (slot >= 0) lengths[slot] = index.length(doc);
  });
  return {
    // Views, not copies: the result is written out and dropped.
    bigrams: Int32Array.from(bigrams), words, offsets: Int32Array.from(out.offsets), docs: out.docs.subarray(0, out.n), tfs: out.tfs.subarray(0, out.n), lengths,
  };
}
