/**
 * The ingest pipeline, one bulletin at a time:
 *   read → clean → structure → linkLocalities → (per practice) linkMechanisms (new mechanism names join the
 *   segmenter's dictionary), linkOrganizations, extractFigures → build.
 * The segmenter (nodejieba + domain dictionary) is part of the knowledge; its tokens are consumed where they are
 * needed — the store's search index and the similarity analyses — so no text is cut twice.
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`.
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
import { structureBulletin, type BulletinStructure } from './structure/structure-bulletin';
import type { IngestMessage } from './types';

export interface IngestKnowledge {
  layout: LayoutVocabulary;
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  units: UnitLexicon;
  organizations: OrganizationPatterns;
  segmenter: Segmenter;
}

export function createKnowledge(): IngestKnowledge {
  const gazetteer = createGazetteer();
  const mechanisms = loadMechanismLexicon();
  const organizations = loadOrganizationPatterns();
  return {
    layout: loadLayoutVocabulary(),
    gazetteer,
    mechanisms,
    units: loadUnitLexicon(),
    organizations,
    segmenter: createSegmenter({ words: domainWords({ gazetteer, mechanisms, organizations }) }),
  };
}

export interface BulletinResult {
  file: string;
  clean: CleanText;
  structure: BulletinStructure;
  practices: LinkedPractice[];
  document: GraphDocument;
  messages: IngestMessage[];
}

export function ingestSource(source: SourceText, knowledge: IngestKnowledge): BulletinResult {
  const clean = cleanText(source.text, knowledge.layout);
  const structure = structureBulletin({ clean, file: source.file, vocab: knowledge.layout, metadata: source.metadata });
  const localities = linkLocalities({ header: structure.header, items: structure.items, file: source.file, gazetteer: knowledge.gazetteer });
  const practices: LinkedPractice[] = structure.items.map((item, index) => {
    const locality = localities.practices[index]!;
    const mechanisms = linkMechanisms(item.text, knowledge.mechanisms);
    knowledge.segmenter.addWords(mechanisms.discovered);
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
    pages: clean.pages,
    structure,
    regionChain: localities.region ? knowledge.gazetteer.chain(localities.region.code) : [],
    practices,
    lexicon: knowledge.mechanisms,
  });
  return { file: source.file, clean, structure, practices, document, messages: [...structure.messages, ...localities.messages] };
}
