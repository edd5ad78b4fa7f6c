/**
 * BM25 over query units. A document matches a unit when it holds every bigram of the unit (a substring match,
 * up to bigram order); the rarest bigram is walked first and later ones only advance documents still in the
 * running, so the work is the postings of the query's terms, never the collection. Whole words add to the
 * score of documents that matched. Scratch arrays are reused across queries and reset after each.
 */
import type { NodeLabel } from '../../schema';
import type { TextIndex } from './text-index';
import type { QueryUnit, Term } from './text-terms';

const K1 = 1.2;
const B = 0.75;
const WORD_WEIGHT = 0.5;

export interface ScoredDocs {
  docs: number[];
  scores: number[];
}

export class QueryScorer {
  private count = new Uint8Array(0);
  private norm = new Float64Array(0);
  private unitScore = new Float64Array(0);
  private total = new Float64Array(0);
  private matched = new Uint8Array(0);

  /**
   * Scores live documents whose label is `accept`ed, plus `bonus` (doc → extra score, e.g. an exact name).
   * The final score is the sum over matched units, scaled by the share of units matched.
   */
  score(index: TextIndex, units: QueryUnit[], accept: (label: NodeLabel) => boolean, bonus: Map<number, number>): ScoredDocs {
    this.ensure(index.docSpace);
    const hits: number[] = [];
    for (const unit of units) this.scoreUnit(index, unit, accept, hits);
    for (const doc of bonus.keys()) if (this.matched[doc] === 0 && index.isLive(doc)) hits.push(doc);
    const scores = hits.map((doc) => (this.total[doc] as number) * (Math.max(1, this.matched[doc] as number) / units.length) + (bonus.get(doc) ?? 0));
    for (const doc of hits) {
      this.total[doc] = 0;
      this.matched[doc] = 0;
    }
    return { docs: hits, scores };
  }

  private scoreUnit(index: TextIndex, unit: QueryUnit, accept: (label: NodeLabel) => boolean, hits: number[]): void {
    const terms = unit.bigrams.map((term) => ({ term, df: documentFrequency(index, term) })).sort((a, b) => a.df - b.df);
    if (terms.length === 0 || (terms[0] as { df: number }).df === 0) return;
    const n = Math.max(index.liveDocs, 1);
    const touched: number[] = [];
    const { count, norm, unitScore } = this;
    terms.forEach(({ term, df }, k) => {
      const idf = Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5));
      forEachPosting(index, term, (doc, tf) => {
        if (k === 0) {
          if (!index.isLive(doc)) return;
          const label = index.labelOf(doc);
          if (!accept(label)) return;
          norm[doc] = K1 * (1 - B + (B * index.length(doc)) / index.averageLength(label));
          touched.push(doc);
        } else if (count[doc] !== k) return;
        count[doc] = k + 1;
        unitScore[doc] = (k === 0 ? 0 : (unitScore[doc] as number)) + (idf * tf * (K1 + 1)) / (tf + (norm[doc] as number));
      });
    });
    const required = terms.length;
    for (const word of unit.words) {
      const df = documentFrequency(index, word);
      const idf = Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5));
      forEachPosting(index, word, (doc, tf) => {
        if (count[doc] === required) unitScore[doc] = (unitScore[doc] as number) + (WORD_WEIGHT * idf * tf * (K1 + 1)) / (tf + (norm[doc] as number));
      });
    }
    for (const doc of touched) {
      if (count[doc] === required) {
        if (this.matched[doc] === 0) hits.push(doc);
        this.matched[doc] = (this.matched[doc] as number) + 1;
        this.total[doc] = (this.total[doc] as number) + (unitScore[doc] as number);
      }
      count[doc] = 0;
      unitScore[doc] = 0;
    }
  }

  private ensure(size: number): void {
    if (this.count.length >= size) return;
    const capacity = Math.max(size, Math.ceil(this.count.length * 1.5), 1024);
    this.count = new Uint8Array(capacity);
    this.norm = new Float64Array(capacity);
    this.unitScore = new Float64Array(capacity);
    this.total = new Float64Array(capacity);
    this.matched = new Uint8Array(capacity);
  }
}

/** Live documents holding the term; dead postings (removed since the last flush) are counted out, so scores do not change when a flush compacts them. */
function documentFrequency(index: TextIndex, term: Term): number {
  if (!index.hasDeadDocs) {
    const [from, to] = index.baseRange(term);
    const delta = index.deltaRange(term);
    return to - from + delta.to - delta.from;
  }
  let live = 0;
  forEachPosting(index, term, (doc) => {
    if (index.isLive(doc)) live++;
  });
  return live;
}

function forEachPosting(index: TextIndex, term: Term, visit: (doc: number, tf: number) => void): void {
  const [from, to] = index.baseRange(term);
  const { docs, tfs } = index.base;
  for (let p = from; p < to; p++) visit(docs[p] as number, tfs[p] as number);
  const delta = index.deltaRange(term);
  for (let p = delta.from; p < delta.to; p++) visit(delta.docs[p] as number, delta.tfs[p] as number);
}
