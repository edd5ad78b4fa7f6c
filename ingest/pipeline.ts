/**
 * The ingest pipeline, one bulletin at a time: read → clean → structure → build. Pure given its knowledge
 * (layout vocabulary, later gazetteer, lexicon and segmenter), which is created once by `createKnowledge`.
 */
import type { GraphDocument } from '../graph/graph-document';
import { buildDocument } from './build/build-document';
import { cleanText, type CleanText } from './clean/clean-text';
import { loadLayoutVocabulary, type LayoutVocabulary } from './knowledge/layout-vocabulary';
import type { SourceText } from './read/read-source';
import { structureBulletin, type BulletinStructure } from './structure/structure-bulletin';
import type { IngestMessage } from './types';

export interface IngestKnowledge {
  layout: LayoutVocabulary;
}

export function createKnowledge(): IngestKnowledge {
  return { layout: loadLayoutVocabulary() };
}

export interface BulletinResult {
  file: string;
  clean: CleanText;
  structure: BulletinStructure;
  document: GraphDocument;
  messages: IngestMessage[];
}

export function ingestSource(source: SourceText, knowledge: IngestKnowledge): BulletinResult {
  const clean = cleanText(source.text, knowledge.layout);
  const structure = structureBulletin(clean, source.file, knowledge.layout);
  const document = buildDocument({ source, cleanText: clean.text, structure });
  return { file: source.file, clean, structure, document, messages: structure.messages };
}
