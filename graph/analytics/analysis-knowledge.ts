/**
 * The analyses' knowledge (graph/analytics/knowledge/analysis.json, format in ANALYSIS.md): stop words, boilerplate
 * phrases, numeral characters, and every weight and threshold of the similarity, reprint and family analyses.
 * Loaded and checked once per call of `loadAnalysisKnowledge`; a bad file fails naming the field.
 */
import raw from './knowledge/analysis.json';

export interface SimilaritySettings {
  /** Similar practices kept per practice. */
  topK: number;
  /** Pairs scoring below this (0–1) are not kept. */
  minScore: number;
  /** score = textWeight · cosine(tf-idf) + mechanismWeight · idf-weighted overlap of mechanisms; the weights sum to 1. */
  textWeight: number;
  mechanismWeight: number;
  /** A term in more than this share of practices (and more than commonTermMinDocuments) is too common to compare on. */
  maxDocumentFraction: number;
  commonTermMinDocuments: number;
  /** Postings kept per term (the practices where the term weighs most): bounds the work per query term. */
  postingsCap: number;
  /** A practice looks for candidates through its heaviest terms only, at most this many. */
  queryTerms: number;
  /** Candidates re-scored exactly per practice. */
  candidates: number;
  /** Shared terms stored on SIMILAR_TO to explain the match. */
  sharedTermsShown: number;
}

export interface ReprintSettings {
  /** Characters per shingle in the near-duplicate test. */
  shingleLength: number;
  /** Smallest shingle hashes kept per text (a bottom-k sketch): texts up to this many shingles compare exactly. */
  sketchSize: number;
  /** Only pairs this similar in tf-idf are tested. */
  minCosine: number;
  /** Share of the later text's shingles found in the earlier text for it to count as a reprint. */
  minContainment: number;
}

export interface FamilySettings {
  /** Two mechanisms are linked when at least this many practices use both. */
  minCooccurrence: number;
  /** Louvain resolution (higher: smaller families). */
  resolution: number;
  /** Seed of the Louvain random order, so the families are the same on every run. */
  seed: number;
}

export interface AnalysisKnowledge {
  version: number;
  boilerplate: string[];
  stopWords: ReadonlySet<string>;
  numeralCharacters: ReadonlySet<string>;
  minTermLength: number;
  similarity: SimilaritySettings;
  reprint: ReprintSettings;
  families: FamilySettings;
}

const FILE = 'graph/analytics/knowledge/analysis.json';

export function loadAnalysisKnowledge(data: unknown = raw): AnalysisKnowledge {
  const root = record(data, 'the file');
  const similarity = numbers(root.similarity, 'similarity', [
    'topK',
    'minScore',
    'textWeight',
    'mechanismWeight',
    'maxDocumentFraction',
    'commonTermMinDocuments',
    'postingsCap',
    'queryTerms',
    'candidates',
    'sharedTermsShown',
  ]);
  if (Math.abs(similarity.textWeight + similarity.mechanismWeight - 1) > 1e-9)
    fail('similarity.textWeight + similarity.mechanismWeight must be 1');
  return {
    version: numbers(root, 'the file', ['version']).version,
    // Longest first, so a long phrase is masked before a shorter one inside it.
    boilerplate: strings(root.boilerplate, 'boilerplate').sort((a, b) => b.length - a.length),
    stopWords: new Set(strings(root.stopWords, 'stopWords')),
    numeralCharacters: new Set(
      typeof root.numeralCharacters === 'string'
        ? [...root.numeralCharacters]
        : fail('numeralCharacters must be a string'),
    ),
    minTermLength: numbers(root, 'the file', ['minTermLength']).minTermLength,
    similarity,
    reprint: numbers(root.reprint, 'reprint', ['shingleLength', 'sketchSize', 'minCosine', 'minContainment']),
    families: numbers(root.families, 'families', ['minCooccurrence', 'resolution', 'seed']),
  };
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0))
    fail(`${where} must be a list of non-empty strings`);
  return [...(value as string[])];
}

function numbers<K extends string>(value: unknown, where: string, keys: readonly K[]): Record<K, number> {
  const object = record(value, where);
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const n = object[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) fail(`${where}.${key} must be a non-negative number`);
    out[key] = n as number;
  }
  return out;
}

function fail(reason: string): never {
  throw new Error(`loadAnalysisKnowledge: ${FILE}: ${reason}`);
}
