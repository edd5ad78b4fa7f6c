/**
 * Postings of the documents indexed since the snapshot: appended as (term, document, tf) to typed arrays — a few
 * integers per posting, nothing for the garbage collector to trace — and grouped by term (a counting sort, in
 * sequential passes) when a query or a flush first needs them after a change. Grouping costs time proportional
 * to the postings added since the last flush, which a flush empties.
 */
import type { Term } from './text-terms';

export interface GroupedPostings {
  /** Postings of term number n are docs/tfs[start[n] .. start[n+1]). */
  start: Int32Array;
  docs: Int32Array;
  tfs: Uint8Array;
}

export class DeltaPostings {
  private readonly numbers = new Map<Term, number>();
  private readonly termList: Term[] = [];
  private termOf = new Int32Array(1 << 16);
  private docs = new Int32Array(1 << 16);
  private tfs = new Uint8Array(1 << 16);
  private size = 0;
  private grouped: GroupedPostings | null = null;

  get postings(): number {
    return this.size;
  }

  terms(): readonly Term[] {
    return this.termList;
  }

  add(term: Term, doc: number, tf: number): void {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.termList.length;
      this.numbers.set(term, n);
      this.termList.push(term);
    }
    if (this.size === this.docs.length) {
      this.termOf = grow(this.termOf);
      this.docs = grow(this.docs);
      this.tfs = grow(this.tfs);
    }
    this.termOf[this.size] = n;
    this.docs[this.size] = doc;
    this.tfs[this.size++] = tf;
    this.grouped = null;
  }

  /** [from, to) of the term in `group()`'s arrays ([0, 0] for an unknown term). */
  range(term: Term): [number, number] {
    const n = this.numbers.get(term);
    if (n === undefined) return [0, 0];
    const { start } = this.group();
    return [start[n] as number, start[n + 1] as number];
  }

  group(): GroupedPostings {
    if (this.grouped) return this.grouped;
    const terms = this.termList.length;
    const start = new Int32Array(terms + 1);
    for (let p = 0; p < this.size; p++) start[(this.termOf[p] as number) + 1] = (start[(this.termOf[p] as number) + 1] as number) + 1;
    for (let n = 1; n <= terms; n++) start[n] = (start[n] as number) + (start[n - 1] as number);
    const fill = start.slice(0, terms);
    const docs = new Int32Array(this.size);
    const tfs = new Uint8Array(this.size);
    for (let p = 0; p < this.size; p++) {
      const n = this.termOf[p] as number;
      const at = fill[n] as number;
      docs[at] = this.docs[p] as number;
      tfs[at] = this.tfs[p] as number;
      fill[n] = at + 1;
    }
    return (this.grouped = { start, docs, tfs });
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}
