/**
 * The segment stage of the analyses: each practice of a built document cut into its analysis terms (graph/analytics
 * bulletin-terms.ts) here, in the ingest's own thread, so the text is segmented once; the terms travel beside the
 * document to the store's term cache. They depend on this document and the knowledge only.
 */
import { analysisPracticesOf } from '../../graph/analytics/analysis-practices';
import { segmentPractice, type TermSegmentation } from '../../graph/analytics/bulletin-terms';
import type { GraphDocument } from '../../graph/graph-document';

/** Practice id → term → occurrences. */
export type DocumentTerms = Map<string, Map<string, number>>;

export function documentTerms(document: GraphDocument, segmentation: TermSegmentation): DocumentTerms {
  const practices = analysisPracticesOf(document);
  const whole = new Set(practices.flatMap((p) => p.mechanisms));
  return new Map(practices.map((p) => [p.id, segmentPractice({ practice: p, whole, segmentation })]));
}
