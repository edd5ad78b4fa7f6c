/** Types shared by the ingest stages. Offsets are UTF-16 code-unit indexes (JavaScript string indexes). */

/** A half-open range [start, end) in some text. */
export interface Span {
  start: number;
  end: number;
}

export type MessageLevel = 'warning' | 'error';

/** A problem found while ingesting: collected, not thrown, so one bad file never stops the others. */
export interface IngestMessage {
  level: MessageLevel;
  /** The stage that noticed it, e.g. `read`, `structure`, `linkLocalities`. */
  stage: string;
  /** The input file it concerns. */
  file: string;
  message: string;
  /** Offset in the cleaned bulletin text, when the problem has a place. */
  offset?: number;
}
