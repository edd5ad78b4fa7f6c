/** Types shared by the ingest stages. Offsets are UTF-16 code-unit indexes (JavaScript string indexes). */

/** A half-open range [start, end) in some text. */
export interface Span {
  start: number;
  end: number;
}

export type MessageLevel = 'warning' | 'error';

/**
 * A problem a link module noticed, placed by one offset in the cleaned bulletin text (the start of the item it
 * concerns). The pipeline's link stage turns it into a StageMessage spanning that item.
 */
export interface IngestMessage {
  level: MessageLevel;
  /** The stage that noticed it, e.g. `linkLocalities`, `extractFigures`. */
  stage: string;
  /** The input file it concerns. */
  file: string;
  message: string;
  offset?: number;
}

/**
 * A problem found while ingesting a document: collected, not thrown, so one bad file never stops the others. It
 * spans the part of the cleaned bulletin text it concerns: an item, or the whole text for the document itself.
 */
export interface StageMessage extends Span {
  level: MessageLevel;
  /** The stage that noticed it, e.g. `structure`, `linkLocalities`. */
  stage: string;
  /** The input file it concerns. */
  file: string;
  message: string;
}

/** A problem with a file as a whole, before or beside its text (it cannot be read, it repeats another). */
export interface FileMessage {
  level: MessageLevel;
  stage: 'read';
  file: string;
  message: string;
}

/** What an ingest run reports. */
export type RunMessage = StageMessage | FileMessage;
