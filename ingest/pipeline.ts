/**
 * The ingest pipeline, one bulletin at a time:
 *   read → clean → structure → linkLocalities → (per practice) linkMechanisms, linkOrganizations, extractFigures →
 *   build → segment (each practice's analysis terms, handed to the store beside the document: no text is cut twice).
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`
 * (knowledge/create-knowledge.ts); nothing it ingests changes the knowledge, so the result never depends on what was
 * ingested before.
 */
import type { GraphDocument } from '../graph/graph-document';
import { buildDocument } from './build/build-document';
import { nodeIds } from './build/node-ids';
import { cleanText, type CleanText } from './clean/clean-text';
import { linkKnowledge, type IngestKnowledge } from './knowledge/create-knowledge';
import { linkPractices } from './link/link-practices';
import type { LinkedPractice } from './link/linked-practice';
import type { SourceText } from './read/read-source';
import { documentTerms, type DocumentTerms } from './segment/document-terms';
import { structureBulletin, type BulletinStructure } from './structure/structure-bulletin';
import type { IngestMessage } from './types';

export interface BulletinResult {
  file: string;
  clean: CleanText;
  structure: BulletinStructure;
  practices: LinkedPractice[];
  document: GraphDocument;
  /** Each practice's analysis terms (not part of the document). */
  terms: DocumentTerms;
  messages: IngestMessage[];
}

export function ingestSource(source: SourceText, knowledge: IngestKnowledge): BulletinResult {
  const clean = cleanText(source.text, knowledge.layout);
  const structure = structureBulletin({ clean, file: source.file, vocab: knowledge.layout, metadata: source.metadata });
  const linked = linkPractices({ header: structure.header, items: structure.items, file: source.file, knowledge: linkKnowledge(knowledge) });
  const document = buildDocument({
    source,
    bulletinId: nodeIds.bulletin(clean.text),
    pages: clean.pages,
    structure,
    regionChain: linked.region ? knowledge.gazetteer.chain(linked.region.code) : [],
    practices: linked.practices,
    lexicon: knowledge.mechanisms,
  });
  const terms = documentTerms(document, knowledge.terms);
  return { file: source.file, clean, structure, practices: linked.practices, document, terms, messages: [...structure.messages, ...linked.messages] };
}
