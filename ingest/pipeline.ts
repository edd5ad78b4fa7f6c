/**
 * The ingest pipeline, one bulletin at a time, as a list of stages over one carrier (stages/bulletin-carrier.ts):
 *   read → clean → structure → link (localities, then per practice mechanisms, organizations, figures) → build →
 *   segment (each practice's analysis terms, handed to the store beside the document: no text is cut twice).
 * Each stage says what it needs and gives (stages/stage.ts); to add, remove or time one, edit the list below.
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`;
 * nothing it ingests changes the knowledge, so the result never depends on what was ingested before.
 */
import { performance } from 'perf_hooks';
import type { GraphDocument } from '../graph/graph-document';
import type { CleanText } from './clean/clean-text';
import { loadLayoutVocabulary, type LayoutVocabulary } from './knowledge/layout-vocabulary';
import { createGazetteer, type Gazetteer } from './link/gazetteer';
import type { LinkKnowledge } from './link/link-practices';
import type { LinkedPractice } from './link/linked-practice';
import { loadMechanismLexicon, type MechanismLexicon } from './link/mechanism-lexicon';
import { loadMechanismOverlay, type MechanismOverlay } from './link/mechanism-overlay';
import { withMechanismOverlay } from './link/with-mechanism-overlay';
import { loadOrganizationPatterns, type OrganizationPatterns } from './link/organization-patterns';
import { loadUnitLexicon, type UnitLexicon } from './link/unit-lexicon';
import type { ReadResult, SourceText } from './read/read-source';
import { createSegmenter, type Segmenter } from './segment/create-segmenter';
import { domainWords } from './segment/domain-words';
import type { DocumentTerms } from './segment/document-terms';
import { loadAnalysisKnowledge } from '../graph/analytics/analysis-knowledge';
import type { TermSegmentation } from '../graph/analytics/bulletin-terms';
import { buildStage } from './stages/build-stage';
import { needing, type BulletinCarrier } from './stages/bulletin-carrier';
import { cleanStage } from './stages/clean-stage';
import { linkStage } from './stages/link-stage';
import { readStage } from './stages/read-stage';
import { checkOrder, runStages, withOutput } from './stages/run-stages';
import { segmentStage } from './stages/segment-stage';
import type { Stage, StageTimer } from './stages/stage';
import { structureStage } from './stages/structure-stage';
import type { BulletinStructure } from './structure/structure-bulletin';
import type { StageMessage } from './types';

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

/** The stages over text, in order. */
export const TEXT_STAGES: readonly Stage[] = [cleanStage, structureStage, linkStage, buildStage, segmentStage];

/** The whole pipeline: `read` (the only asynchronous stage: file I/O and the format readers), then the stages over text. */
export const PIPELINE = [readStage, ...TEXT_STAGES] as const;

export interface BulletinResult {
  file: string;
  clean: CleanText;
  structure: BulletinStructure;
  practices: LinkedPractice[];
  document: GraphDocument;
  /** Each practice's analysis terms (not part of the document). */
  terms: DocumentTerms;
  messages: StageMessage[];
}

/** A text already read, through the stages over text. */
export function ingestSource(source: SourceText, knowledge: IngestKnowledge): BulletinResult {
  return bulletinResult(runStages({ carrier: { file: source.file, source, messages: [] }, stages: TEXT_STAGES, knowledge }));
}

export interface FileIngest {
  file: string;
  knowledge: IngestKnowledge;
  /** A read of `file` the caller started already. */
  reading?: Promise<ReadResult>;
  onStage?: StageTimer;
}

/** One file through the whole pipeline: the carrier as the last stage left it (`unread` set when it could not be read). */
export async function ingestFile({ file, knowledge, reading, onStage }: FileIngest): Promise<BulletinCarrier> {
  const start: BulletinCarrier = { file, ...(reading ? { reading } : {}), messages: [] };
  checkOrder(start, PIPELINE);
  const [read, ...overText] = PIPELINE;
  const started = onStage ? performance.now() : 0;
  const carrier = withOutput(start, await read.run(start, knowledge));
  onStage?.(read.name, performance.now() - started);
  return runStages({ carrier, stages: overText, knowledge, ...(onStage ? { onStage } : {}) });
}

/** What the stages over text gave, all of it. */
export function bulletinResult(carrier: BulletinCarrier): BulletinResult {
  const need = needing(carrier, 'result');
  return {
    file: need('source').file,
    clean: need('clean'),
    structure: need('structure'),
    practices: need('linked').practices,
    document: need('document'),
    terms: need('terms'),
    messages: carrier.messages,
  };
}
