/**
 * What travels through the pipeline for one bulletin: the file, and then what each stage gives — the source text,
 * the cleaned text with its spans, the structure, the linked practices, the document and its terms — with the
 * messages the stages report. A field is filled by the stage that gives it and never changed afterwards; a stage
 * states what it needs and reads it through `needing`, so one run without its giver fails with the names of both.
 */
import type { GraphDocument } from '../../graph/graph-document';
import type { CleanText } from '../clean/clean-text';
import type { LinkedDocument } from '../link/link-practices';
import type { ReadErrorCode } from '../read/read-failure';
import type { ReadResult, SourceText } from '../read/read-source';
import type { DocumentTerms } from '../segment/document-terms';
import type { BulletinStructure } from '../structure/structure-bulletin';
import type { StageMessage } from '../types';

export interface BulletinCarrier {
  /** The path as given. */
  file: string;
  /** A read of `file` the caller started already (the next file is read while this one is processed). */
  reading?: Promise<ReadResult>;
  source?: SourceText;
  clean?: CleanText;
  structure?: BulletinStructure;
  linked?: Omit<LinkedDocument, 'messages'>;
  document?: GraphDocument;
  /** Each practice's analysis terms (not part of the document). */
  terms?: DocumentTerms;
  /** Why the file could not be read: the stages after `read` do not run. */
  unread?: { code: ReadErrorCode; reason: string };
  messages: StageMessage[];
}

/** The fields stages give and need. */
export type CarrierField = Exclude<keyof BulletinCarrier, 'messages' | 'reading'>;

/** What a stage gives: its fields, and the messages it reports. */
export type StageOutput = Partial<Pick<BulletinCarrier, CarrierField>> & { messages?: StageMessage[] };

/** Reads, for `stage`, the carrier fields it needs: each present, or an error naming the stage and the field. */
export function needing(
  carrier: Readonly<BulletinCarrier>,
  stage: string,
): <F extends CarrierField>(field: F) => NonNullable<BulletinCarrier[F]> {
  return (field) => {
    const value = carrier[field];
    if (value === undefined || value === null)
      throw new Error(`ingest stage ${stage} needs ${field}, which no earlier stage gave`);
    return value as NonNullable<BulletinCarrier[typeof field]>;
  };
}
