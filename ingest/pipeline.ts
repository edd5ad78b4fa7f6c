/**
 * The ingest pipeline, one bulletin at a time:
 *   read → clean → structure → linkLocalities → (per practice) linkMechanisms, linkOrganizations, extractFigures →
 *   build → segment (each practice's analysis terms, handed to the store beside the document: no text is cut twice).
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`;
 * nothing it ingests changes the knowledge, so the result never depends on what was ingested before.
 */
import type { GraphDocument } from '../graph/graph-document';
import { buildDocument } from './build/build-document';
import { cleanText, type CleanText } from './clean/clean-text';
import { loadLayoutVocabulary, type LayoutVocabulary } from './knowledge/layout-vocabulary';
import { extractFigures } from './link/extract-figures';
import { createGazetteer, type Gazetteer } from './link/gazetteer';
import { linkLocalities } from './link/link-localities';
import { linkMechanisms } from './link/link-mechanisms';
import { linkOrganizations } from './link/link-organizations';
import type { LinkedPractice } from './link/linked-practice';
import { loadMechanismLexicon, type MechanismLexicon } from './link/mechanism-lexicon';
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

/** Place names masked in analysis terms: no two items are similar for naming one county. */
const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;

export function createKnowledge(): IngestKnowledge {
  const gazetteer = createGazetteer();
  const mechanisms = loadMechanismLexicon();
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
  const structure = structureBulletin(clean, source.file, knowledge.layout);
  const localities = linkLocalities({ header: structure.header, items: structure.items, file: source.file, gazetteer: knowledge.gazetteer });
  const practices: LinkedPractice[] = structure.items.map((item, index) => {
    const locality = localities.practices[index]!;
    const mechanisms = linkMechanisms(item.text, knowledge.mechanisms);
    return {
      item,
      locality,
      mechanisms,
      organizations: linkOrganizations({ text: item.text, reportedBy: item.reportedBy, locality, patterns: knowledge.organizations }),
      figures: extractFigures(item.text, knowledge.units),
    };
  });
  const document = buildDocument({
    source,
    cleanText: clean.text,
    structure,
    regionChain: localities.region ? knowledge.gazetteer.chain(localities.region.code) : [],
    practices,
    lexicon: knowledge.mechanisms,
  });
  const terms = documentTerms(document, knowledge.terms);
  return { file: source.file, clean, structure, practices, document, terms, messages: [...structure.messages, ...localities.messages] };
}
