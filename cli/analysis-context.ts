/**
 * What the analyses need from the ingest knowledge: jieba with the domain dictionary, and the gazetteer's place
 * names (provinces to towns, names and short names) to mask, so no two items are similar for naming one county.
 */
import type { AnalysisOptions } from '../graph/analytics/compute-analyses';
import type { IngestKnowledge } from '../ingest/pipeline';

const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;

export type AnalysisContext = Pick<AnalysisOptions, 'tokenize' | 'isPlaceName' | 'addWords'>;

export function analysisContext(knowledge: IngestKnowledge): AnalysisContext {
  const places = new Set(knowledge.gazetteer.surfaces(MASKED_LEVELS));
  return {
    tokenize: (text) => knowledge.segmenter.words(text),
    isPlaceName: (word) => places.has(word),
    addWords: (words) => void knowledge.segmenter.addWords(words),
  };
}
