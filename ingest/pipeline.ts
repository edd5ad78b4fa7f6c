/**
 * The ingest pipeline, one bulletin at a time, as a list of stages over one carrier (stages/bulletin-carrier.ts):
 *   read → clean → structure → link (localities, then per practice mechanisms, organizations, figures) → build →
 *   segment (each practice's analysis terms, handed to the store beside the document: no text is cut twice).
 * Each stage says what it needs and gives (stages/stage.ts); to add, remove or time one, edit the list below.
 * Pure given its knowledge (layout vocabulary, gazetteer, lexicons, segmenter), created once by `createKnowledge`
 * (knowledge/create-knowledge.ts); nothing it ingests changes the knowledge, so the result never depends on what was
 * ingested before.
 */
import { performance } from 'perf_hooks';
import type { GraphDocument } from '../graph/graph-document';
import type { CleanText } from './clean/clean-text';
import type { IngestKnowledge } from './knowledge/create-knowledge';
import type { LinkedPractice } from './link/linked-practice';
import type { ReadResult, SourceText } from './read/read-source';
import type { DocumentTerms } from './segment/document-terms';
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
  return bulletinResult(
    runStages({ carrier: { file: source.file, source, messages: [] }, stages: TEXT_STAGES, knowledge }),
  );
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
