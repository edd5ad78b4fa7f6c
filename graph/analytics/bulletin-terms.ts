/**
 * The analysis terms of practices, one rule wherever they are cut — by the ingest, right after it built a document,
 * or by an analysis run for a practice whose terms it was not given: jieba with the shared dictionary, keeping whole
 * the names of the mechanisms the practice's bulletin uses (its own discoveries included), then practiceTerms. The
 * terms of a practice therefore depend on its bulletin and the knowledge only, never on what else was ingested.
 */
import type { AnalysisPractice } from '../store/graph-store';
import type { AnalysisKnowledge } from './analysis-knowledge';
import { practiceTerms } from './practice-terms';

/** Word segmentation keeping the given words whole (the caller passes nodejieba with the domain dictionary). */
export type TokenizeWith = (text: string, whole: ReadonlySet<string>) => string[];

export interface TermSegmentation {
  tokenize: TokenizeWith;
  knowledge: AnalysisKnowledge;
  /** Place names to mask (gazetteer names and short names). */
  isPlaceName?: (word: string) => boolean;
}

/** By bulletin id: the names of the mechanisms its practices use. */
export function bulletinWords(practices: readonly AnalysisPractice[]): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const p of practices) {
    let set = words.get(p.bulletinId);
    if (!set) words.set(p.bulletinId, (set = new Set()));
    for (const name of p.mechanisms) set.add(name);
  }
  return words;
}

/** The terms of one practice; `whole`: the names of its bulletin (bulletinWords). */
export function segmentPractice({
  practice,
  whole,
  segmentation,
}: {
  practice: AnalysisPractice;
  whole: ReadonlySet<string>;
  segmentation: TermSegmentation;
}): Map<string, number> {
  const tokenize = (text: string) => segmentation.tokenize(text, whole);
  return practiceTerms({
    title: practice.title,
    text: practice.text,
    context: {
      tokenize,
      knowledge: segmentation.knowledge,
      ...(segmentation.isPlaceName ? { isPlaceName: segmentation.isPlaceName } : {}),
    },
  });
}
