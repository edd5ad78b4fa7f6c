/**
 * The ingest pipeline, one bulletin at a time:
 *   read → clean → structure → linkLocalities → (per practice) linkMechanisms, linkOrganizations, extractFigures →
 *   build → segment (each practice's analysis terms, handed to the store beside the document: no text is cut twice).
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`;
 * nothing it ingests changes the knowledge, so the result never depends on what was ingested before.
 */
import type { GraphDocument } from '../graph/graph-document';
import { buildDocument } from './build/build-document';
import { nodeIds } from './build/node-ids';
import { cleanText, type CleanText } from './clean/clean-text';
import { loadLayoutVocabulary, type LayoutVocabulary } from './knowledge/layout-vocabulary';
import { createGazetteer, type Gazetteer } from './link/gazetteer';
import { linkPractices, type LinkKnowledge } from './link/link-practices';
import type { LinkedPractice } from './link/linked-practice';
import { loadMechanismLexicon, type MechanismLexicon } from './link/mechanism-lexicon';
import { loadMechanismOverlay, type MechanismOverlay } from './link/mechanism-overlay';
import { withMechanismOverlay } from './link/with-mechanism-overlay';
import { loadOrganizationPatterns, type OrganizationPatterns } from './link/organization-patterns';
import { loadUnitLexicon, type UnitLexicon } from './link/unit-lexicon';
import type { SourceText } from './read/read-source';
import { createSegmenter, type Segmenter } from './segment/create-segmenter';
import { domainWords } from './segment/domain-words';
import { documentTerms, type DocumentTerms } from './segment/document-terms';
import { loadAnalysisKnowledge } from '../graph/analytics/analysis-knowledge';
import type { TermSegmentation } from '../graph/analytics/bulletin-terms';
import { structureBulletin, type BulletinStructure } from './structure/structure-bulletin';
import type { IngestMessage } from './types';

export interface IngestKnowledge {
  layout: LayoutVocabulary;
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  units: UnitLexicon;
  organizations: OrganizationPatterns;
  segmenter: Segmenter;
  /** How practices are cut into analysis terms (the segment stage and the analyses share it). */
  terms: TermSegmentation;
}

export interface KnowledgeOptions {
  /**
   * The researchers' lexicon overlay (a `mechanism-overlay.json` path, or one already loaded): it wins over the shipped
   * lexicon. Read once, here; a bad file throws MechanismLexiconError naming it and the field.
   */
  mechanismOverlay?: string | MechanismOverlay;
}

/** Place names masked in analysis terms: no two items are similar for naming one county. */
const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;

export function createKnowledge(options: KnowledgeOptions = {}): IngestKnowledge {
  const gazetteer = createGazetteer();
  const shipped = loadMechanismLexicon();
  const overlay = typeof options.mechanismOverlay === 'string' ? loadMechanismOverlay(options.mechanismOverlay) : options.mechanismOverlay;
  const mechanisms = overlay === undefined ? shipped : withMechanismOverlay(shipped, overlay);
  const organizations = loadOrganizationPatterns();
  const segmenter = createSegmenter({ words: domainWords({ gazetteer, mechanisms, organizations }) });
  const places = new Set(gazetteer.surfaces(MASKED_LEVELS));
  return {
    layout: loadLayoutVocabulary(),
    gazetteer,
    mechanisms,
    units: loadUnitLexicon(),
    organizations,
    segmenter,
    terms: { tokenize: (text, whole) => segmenter.wordsWith(text, whole), knowledge: loadAnalysisKnowledge(), isPlaceName: (word) => places.has(word) },
  };
}

/** The part of the knowledge the link stages read. */
export function linkKnowledge(knowledge: IngestKnowledge): LinkKnowledge {
  const { gazetteer, mechanisms, units, organizations } = knowledge;
  return { gazetteer, mechanisms, units, organizations };
}

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
