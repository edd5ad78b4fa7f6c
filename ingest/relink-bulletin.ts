/**
 * Links a stored bulletin again with the current knowledge (gazetteer, lexicon and the researchers' overlay), from
 * what the store keeps of it — no source file: the document a fresh ingest of its source would give with that
 * knowledge, under the same ids, citing the same offsets and pages (stored-items.ts says what is read back).
 */
import type { GraphDocument } from '../graph/graph-document';
import type { StoredBulletin } from '../graph/store/graph-store';
import { buildDocument } from './build/build-document';
import { linkPractices } from './link/link-practices';
import { linkKnowledge, type IngestKnowledge } from './knowledge/create-knowledge';
import { documentTerms, type DocumentTerms } from './segment/document-terms';
import { storedItems } from './stored-items';
import type { IngestMessage } from './types';

export interface RelinkedBulletin {
  document: GraphDocument;
  /** Each practice's analysis terms, cut as the ingest cuts them. */
  terms: DocumentTerms;
  messages: IngestMessage[];
}

export function relinkBulletin(stored: StoredBulletin, knowledge: IngestKnowledge): RelinkedBulletin {
  const { source, kind, header, items, pages } = storedItems(stored);
  const linked = linkPractices({ header, items, file: source.file, knowledge: linkKnowledge(knowledge) });
  const document = buildDocument({
    source,
    bulletinId: stored.bulletin.id,
    pages,
    structure: { kind, header },
    regionChain: linked.region ? knowledge.gazetteer.chain(linked.region.code) : [],
    practices: linked.practices,
    lexicon: knowledge.mechanisms,
  });
  return { document, terms: documentTerms(document, knowledge.terms), messages: linked.messages };
}
