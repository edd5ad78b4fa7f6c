/**
 * Reads one input file into text. Formats plug in here by extension; today only plain text (`.txt`).
 * Failures come back as a reason rather than an exception so a batch can go on with the other files.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { SourceFormat } from '../../graph/schema';
import { decodeBytes, type TextEncoding } from './decode-bytes';
import { toSimplified } from './to-simplified';

/**
 * What a reader found in a file's own metadata (HTML <title> and meta tags, DOCX core properties, the PDF info
 * dictionary): used by the structure stage where the text itself prints no masthead. Never practice text.
 */
export interface SourceMetadata {
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  publisher?: string;
  author?: string;
  url?: string;
}

/**
 * One file as text. Every reader produces the same conventions, so the later stages need not know the format:
 * lines separated by "\n"; a form feed ("\f") where a new page of the source begins; `**…**` around runs the source
 * sets in bold or as headings (the clean stage keeps them as emphasis spans).
 */
export interface SourceText {
  /** The path as given (relative paths stay relative so ids and exports do not depend on the machine). */
  file: string;
  text: string;
  format: SourceFormat;
  encoding: TextEncoding;
  traditional: boolean;
  bytes: number;
  metadata?: SourceMetadata;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; file: string; reason: string };

/** A bulletin is a few pages; anything this large is a wrong file (an archive, a database dump). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

type FormatReader = (bytes: Uint8Array) => ReturnType<typeof decodeBytes>;

const readers: Record<string, FormatReader> = {
  '.txt': decodeBytes,
  '.text': decodeBytes,
};

export const SUPPORTED_EXTENSIONS = Object.keys(readers);

export function isSupportedFile(file: string): boolean {
  return path.extname(file).toLowerCase() in readers;
}

export async function readSource(file: string): Promise<ReadResult> {
  const reader = readers[path.extname(file).toLowerCase()];
  if (!reader) {
    return { ok: false, file, reason: `unsupported format "${path.extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` };
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, file, reason: 'not a regular file' };
    if (stat.size > MAX_SOURCE_BYTES) {
      return { ok: false, file, reason: `too large (${stat.size} bytes; limit ${MAX_SOURCE_BYTES}) for a bulletin` };
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, file, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const decoded = reader(bytes);
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
  const script = toSimplified(decoded.text);
  return {
    ok: true,
    source: { file, text: script.text, format: 'txt', encoding: decoded.encoding, traditional: script.traditional, bytes: bytes.length },
  };
}
