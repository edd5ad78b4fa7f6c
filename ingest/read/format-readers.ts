/** The reader of each input format, and each format's size limits (documented in the README). */
import type { SourceFormat } from '../../graph/schema';
import { decodeBytes, type TextEncoding } from './decode-bytes';
import { readHtml } from './html/read-html';
import { readMhtml } from './html/read-mhtml';
import { readPdf } from './pdf/read-pdf';
import type { ReadFailure } from './read-failure';
import type { SourceMetadata } from './read-source';
import type { ReadingKnowledge } from './reading-knowledge';
import type { ContainerKind } from './sniff-format';
import { readDoc } from './word/read-doc';
import { readDocx } from './word/read-docx';

export type ReaderKind = Exclude<ContainerKind, 'rtf'> | 'text';

export interface ReaderInput {
  /** For messages only: readers never open files themselves. */
  file: string;
  bytes: Buffer;
  /** The font and meta names the readers recognise (createKnowledge reads them). */
  reading: ReadingKnowledge;
}

export type ReaderResult =
  { ok: true; text: string; format: SourceFormat; encoding: TextEncoding; metadata?: SourceMetadata } | ReadFailure;

export type FormatReader = (input: ReaderInput) => Promise<ReaderResult>;

const MB = 1024 * 1024;

/**
 * Per format: the largest file, and the most text it may yield. Binary formats carry images and fonts, so their
 * files are larger than their text; the text limit is the same everywhere (about 4,000 pages of a bulletin).
 */
export const READER_LIMITS: Record<ReaderKind, { bytes: number; chars: number }> = {
  text: { bytes: 20 * MB, chars: 10_000_000 },
  pdf: { bytes: 200 * MB, chars: 10_000_000 },
  docx: { bytes: 100 * MB, chars: 10_000_000 },
  doc: { bytes: 50 * MB, chars: 10_000_000 },
  html: { bytes: 20 * MB, chars: 10_000_000 },
  mhtml: { bytes: 100 * MB, chars: 10_000_000 },
};

export const FORMAT_READERS: Record<ReaderKind, FormatReader> = {
  text: async ({ bytes }) => {
    const decoded = decodeBytes(bytes);
    return decoded.ok ? { ...decoded, format: 'txt' } : decoded;
  },
  pdf: readPdf,
  docx: readDocx,
  doc: readDoc,
  html: readHtml,
  mhtml: readMhtml,
};
