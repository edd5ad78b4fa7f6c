/**
 * The inverted index behind search. Like a small LSM tree: a base segment (typed arrays, read straight from the
 * snapshot, documents numbered by snapshot slot) plus a delta of documents indexed since, in plain arrays.
 * Removing a document only marks it dead (its owner's docId no longer points at it); writing a snapshot
 * compacts both segments into a new base, so dead postings never outlive a flush.
 */
import type { NodeLabel } from '../../schema';
import type { NodeRecord } from './node-records';
import type { Term } from './text-terms';

/**
 * A compacted segment. Bigram terms (int32) come first, then word terms: the postings of the i-th term overall
 * are docs/tfs[offsets[i] .. offsets[i+1]). Both key lists are sorted, so a term is found by binary search.
 */
export interface Postings {
  bigrams: Int32Array;
  /** Sorted in UTF-16 code unit order, as `<` compares. */
  words: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint8Array;
  /** Indexed length of each document, by slot (0 for nodes that are not indexed). */
  lengths: Float32Array;
}

export const EMPTY_POSTINGS: Postings = {
  bigrams: new Int32Array(0), words: [], offsets: new Int32Array(1), docs: new Int32Array(0), tfs: new Uint8Array(0), lengths: new Float32Array(0),
};

export class TextIndex {
  base: Postings = EMPTY_POSTINGS;
  private baseOwners: readonly NodeRecord[] = [];
  /** Delta postings per term, as flat [doc, tf, doc, tf, …]. */
  private readonly delta = new Map<Term, number[]>();
  private deltaOwners: NodeRecord[] = [];
  private deltaLengths: number[] = [];
  private readonly labels = new Map<NodeLabel, { docs: number; length: number }>();
  private live = 0;
  /** Documents removed since the last compaction; while there are any, postings may point at dead documents. */
  private dead = 0;

  /** Number of document ids handed out (the size scratch arrays need). */
  get docSpace(): number {
    return this.baseOwners.length + this.deltaOwners.length;
  }

  get liveDocs(): number {
    return this.live;
  }

  get hasDeadDocs(): boolean {
    return this.dead > 0;
  }

  /** The live node that document `doc` belongs to, or undefined for a dead document. */
  owner(doc: number): NodeRecord | undefined {
    const base = this.baseOwners.length;
    const record = doc < base ? this.baseOwners[doc] : this.deltaOwners[doc - base];
    return record && record.docId === doc ? record : undefined;
  }

  length(doc: number): number {
    const base = this.baseOwners.length;
    return doc < base ? (this.base.lengths[doc] ?? 0) : (this.deltaLengths[doc - base] ?? 0);
  }

  averageLength(label: NodeLabel): number {
    const stats = this.labels.get(label);
    return stats && stats.docs > 0 ? Math.max(1, stats.length / stats.docs) : 1;
  }

  /** [from, to) range of the term's base postings. */
  baseRange(term: Term): [number, number] {
    const { bigrams, words, offsets } = this.base;
    const i = typeof term === 'number' ? findSorted(bigrams, term) : findSorted(words, term);
    const at = typeof term === 'number' || i < 0 ? i : bigrams.length + i;
    return at < 0 ? [0, 0] : [offsets[at] ?? 0, offsets[at + 1] ?? 0];
  }

  deltaPostings(term: Term): readonly number[] | undefined {
    return this.delta.get(term);
  }

  add(record: NodeRecord, terms: Map<Term, number>, length: number): void {
    this.remove(record);
    const doc = this.docSpace;
    this.deltaOwners.push(record);
    this.deltaLengths.push(length);
    for (const [term, tf] of terms) {
      const list = this.delta.get(term);
      if (list) list.push(doc, tf);
      else this.delta.set(term, [doc, tf]);
    }
    record.docId = doc;
    this.count(record.label, 1, length);
  }

  remove(record: NodeRecord): void {
    if (record.docId < 0) return;
    this.count(record.label, -1, -this.length(record.docId));
    record.docId = -1;
    this.dead++;
  }

  /** Replaces the index with a loaded segment; `owners[slot]` is the node at each slot, indexed ones with docId = slot. */
  load(postings: Postings, owners: readonly NodeRecord[]): void {
    this.clear();
    this.rebase(postings, owners);
    for (let slot = 0; slot < owners.length; slot++) {
      const record = owners[slot] as NodeRecord;
      if (record.docId >= 0) this.count(record.label, 1, postings.lengths[slot] ?? 0);
    }
  }

  /** Adopts a compacted segment; every indexed owner's docId becomes its slot. Statistics do not change. */
  rebase(postings: Postings, owners: readonly NodeRecord[]): void {
    this.base = postings;
    this.baseOwners = owners;
    this.delta.clear();
    this.deltaOwners = [];
    this.deltaLengths = [];
    this.dead = 0;
    for (let slot = 0; slot < owners.length; slot++) {
      const record = owners[slot] as NodeRecord;
      if (record.docId >= 0) record.docId = slot;
    }
  }

  /** Both segments merged, dead postings dropped, documents renumbered to their owner's `slot`. */
  compact(slots: number): Postings {
    const base = this.base;
    const capacity = base.docs.length + [...this.delta.values()].reduce((n, list) => n + list.length / 2, 0);
    const out = { docs: new Int32Array(capacity), tfs: new Uint8Array(capacity), offsets: [] as number[], n: 0 };
    const keep = (doc: number, tf: number) => {
      const owner = this.owner(doc);
      if (owner) {
        out.docs[out.n] = owner.slot;
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
          const list = this.delta.get(key) as number[];
          for (let p = 0; p < list.length; p += 2) keep(list[p] as number, list[p + 1] as number);
          j++;
        }
        if (out.n > start) {
          kept.push(key);
          out.offsets.push(start);
        }
      }
      return kept;
    };
    const deltaKeys = [...this.delta.keys()];
    const bigrams = mergeTerms(base.bigrams, 0, deltaKeys.filter((k): k is number => typeof k === 'number').sort((a, b) => a - b));
    const words = mergeTerms(base.words, base.bigrams.length, deltaKeys.filter((k): k is string => typeof k === 'string').sort());
    out.offsets.push(out.n);
    const lengths = new Float32Array(slots);
    for (let doc = 0; doc < this.docSpace; doc++) {
      const owner = this.owner(doc);
      if (owner) lengths[owner.slot] = this.length(doc);
    }
    return {
      bigrams: Int32Array.from(bigrams), words, offsets: Int32Array.from(out.offsets), docs: out.docs.slice(0, out.n), tfs: out.tfs.slice(0, out.n), lengths,
    };
  }

  clear(): void {
    this.base = EMPTY_POSTINGS;
    this.baseOwners = [];
    this.delta.clear();
    this.deltaOwners = [];
    this.deltaLengths = [];
    this.labels.clear();
    this.live = 0;
    this.dead = 0;
  }

  private count(label: NodeLabel, docs: number, length: number): void {
    const stats = this.labels.get(label) ?? { docs: 0, length: 0 };
    stats.docs += docs;
    stats.length += length;
    this.labels.set(label, stats);
    this.live += docs;
  }
}

function findSorted<T extends Term>(keys: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = keys[mid] as T;
    if (value === key) return mid;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
