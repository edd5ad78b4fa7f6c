/**
 * The inverted index behind search. Like a small LSM tree: a base segment (typed arrays, read straight from the
 * snapshot, documents numbered by node slot) plus a delta of documents indexed since (delta-postings.ts).
 * Removing a document only marks it dead (a bitmap for base documents; for delta ones, the owner's docId no
 * longer points at it); a flush writes both segments compacted (compact-postings.ts) and the store reloads them,
 * so dead postings never outlive a flush.
 * Liveness and label are answered without making node records: search only makes records for the hits it returns.
 */
import { NODE_LABELS, type NodeLabel } from '../../schema';
import { DeltaPostings } from './delta-postings';
import type { NodeRecord } from './node-records';
import { isSearchable } from './node-terms';
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
  private baseLabels: Uint8Array = new Uint8Array(0);
  /** Base documents removed (their node deleted or re-indexed) since the snapshot. */
  private baseDead: Uint8Array = new Uint8Array(0);
  private recordAt: (slot: number) => NodeRecord = () => {
    throw new Error('TextIndex: no snapshot loaded');
  };
  private delta = new DeltaPostings();
  private deltaOwners: NodeRecord[] = [];
  private deltaLengths: number[] = [];
  private readonly labels = new Map<NodeLabel, { docs: number; length: number }>();
  private live = 0;
  /** Documents removed since the last compaction; while there are any, postings may point at dead documents. */
  private dead = 0;

  /** Number of document ids handed out (the size scratch arrays need); base ones are the snapshot's node slots. */
  get docSpace(): number {
    return this.baseLabels.length + this.deltaOwners.length;
  }

  get liveDocs(): number {
    return this.live;
  }

  get hasDeadDocs(): boolean {
    return this.dead > 0;
  }

  isLive(doc: number): boolean {
    const base = this.baseLabels.length;
    if (doc < base) return this.baseDead[doc] === 0 && isSearchable(NODE_LABELS[this.baseLabels[doc] as number] as NodeLabel);
    return this.deltaOwners[doc - base]?.docId === doc;
  }

  labelOf(doc: number): NodeLabel {
    const base = this.baseLabels.length;
    return doc < base ? (NODE_LABELS[this.baseLabels[doc] as number] as NodeLabel) : (this.deltaOwners[doc - base] as NodeRecord).label;
  }

  /** The live node that document `doc` belongs to (its record is made if need be), or undefined. */
  owner(doc: number): NodeRecord | undefined {
    if (!this.isLive(doc)) return undefined;
    const base = this.baseLabels.length;
    return doc < base ? this.recordAt(doc) : this.deltaOwners[doc - base];
  }

  length(doc: number): number {
    const base = this.baseLabels.length;
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

  /** The term's delta postings: [from, to) into the grouped arrays. */
  deltaRange(term: Term): { from: number; to: number; docs: Int32Array; tfs: Uint8Array } {
    const [from, to] = this.delta.range(term);
    const { docs, tfs } = this.delta.group();
    return { from, to, docs, tfs };
  }

  add(record: NodeRecord, terms: Map<Term, number>, length: number): void {
    this.remove(record);
    const doc = this.docSpace;
    this.deltaOwners.push(record);
    this.deltaLengths.push(length);
    for (const [term, tf] of terms) this.delta.add(term, doc, tf);
    record.docId = doc;
    this.count(record.label, 1, length);
  }

  remove(record: NodeRecord): void {
    if (record.docId < 0) return;
    this.count(record.label, -1, -this.length(record.docId));
    if (record.docId < this.baseLabels.length) this.baseDead[record.docId] = 1;
    record.docId = -1;
    this.dead++;
  }

  /** Replaces the index with a loaded segment over the snapshot's nodes (`labels` by slot). */
  load(postings: Postings, labels: Uint8Array, recordAt: (slot: number) => NodeRecord): void {
    this.clear();
    this.base = postings;
    this.baseLabels = labels;
    this.baseDead = new Uint8Array(labels.length);
    this.recordAt = recordAt;
    for (let slot = 0; slot < labels.length; slot++) {
      const label = NODE_LABELS[labels[slot] as number] as NodeLabel;
      if (isSearchable(label)) this.count(label, 1, postings.lengths[slot] ?? 0);
    }
  }

  /** Each document's slot in a snapshot being written (`newSlot` of its node's slot), or -1 when dead. */
  documentSlots(newSlot: Int32Array): Int32Array {
    const baseDocs = this.baseLabels.length;
    const docSlot = new Int32Array(this.docSpace);
    for (let doc = 0; doc < docSlot.length; doc++) {
      docSlot[doc] = this.isLive(doc) ? (newSlot[doc < baseDocs ? doc : (this.deltaOwners[doc - baseDocs] as NodeRecord).slot] as number) : -1;
    }
    return docSlot;
  }

  deltaTerms(): readonly Term[] {
    return this.delta.terms();
  }

  get deltaPostings(): number {
    return this.delta.postings;
  }

  clear(): void {
    this.base = EMPTY_POSTINGS;
    this.baseLabels = new Uint8Array(0);
    this.baseDead = new Uint8Array(0);
    this.delta = new DeltaPostings();
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
