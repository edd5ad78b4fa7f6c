/**
 * Reads one input file into text: picks the reader by extension, or by the bytes where the extension lies (a `.doc`
 * that is really DOCX or HTML), applies the format's size limit, then the conventions every reader shares
 * (ideographs normalized, traditional script converted). Failures come back as a code and a reason rather than an
 * exception, so a batch goes on with the other files.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { SourceFormat } from '../../graph/schema';
import type { TextEncoding } from './decode-bytes';
import { FORMAT_READERS, READER_LIMITS, type ReaderKind } from './format-readers';
import { loadReadingKnowledge, type ReadingKnowledge } from './reading-knowledge';
import { normalizeIdeographs } from './normalize-ideographs';
import type { ReadErrorCode } from './read-failure';
import { sniffFormat } from './sniff-format';
import { convertToSimplified, toSimplified } from './to-simplified';

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
 * lines separated by "\n"; where the format knows its paragraphs, a blank line between them and the first line of
 * each set with the typeset two-character indent (U+3000 U+3000) that the clean stage reads as a paragraph start;
 * a form feed ("\f") where a new page of the source begins; `**…**` around runs the source sets in bold or as
 * headings (the clean stage keeps them as emphasis spans).
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

export type ReadResult =
  { ok: true; source: SourceText } | { ok: false; file: string; code: ReadErrorCode; reason: string };

/** The largest plain-text file: a bulletin is a few pages; anything this large is a wrong file (an archive, a dump). */
export const MAX_SOURCE_BYTES = READER_LIMITS.text.bytes;

const EXTENSIONS: Record<string, ReaderKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

export function isSupportedFile(file: string): boolean {
  return path.extname(file).toLowerCase() in EXTENSIONS;
}

/** `reading`: the knowledge's, when there is one; tools reading a single file may leave it to load the shipped file. */
export async function readSource(
  file: string,
  reading: ReadingKnowledge = loadReadingKnowledge(),
): Promise<ReadResult> {
  const fail = (code: ReadErrorCode, reason: string): ReadResult => ({ ok: false, file, code, reason });
  const named = EXTENSIONS[path.extname(file).toLowerCase()];
  if (!named) {
    return fail(
      'UNSUPPORTED_FORMAT',
      `unsupported format "${path.extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail('CANNOT_READ', 'not a regular file');
    const limit = READER_LIMITS[named].bytes;
    if (stat.size > limit)
      return fail('TOO_LARGE', `too large (${stat.size} bytes; limit ${limit} for ${named} files)`);
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail('CANNOT_READ', `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length === 0) return fail('EMPTY', 'empty file');
  const kind = sniffFormat(bytes) ?? named;
  if (kind === 'rtf')
    return fail(
      'UNSUPPORTED_FORMAT',
      'RTF content (WPS and Word save it under .doc): not supported; save the file as .docx',
    );
  if (bytes.length > READER_LIMITS[kind].bytes) {
    return fail('TOO_LARGE', `too large (${bytes.length} bytes; limit ${READER_LIMITS[kind].bytes} for ${kind} files)`);
  }
  const read = await FORMAT_READERS[kind]({ file, bytes, reading });
  if (!read.ok) return fail(read.code, read.reason);
  const text = normalizeIdeographs(read.text, reading.radicalIdeographs);
  if (text.trim() === '') return fail('EMPTY', `no text in this ${kind} file`);
  const maxChars = READER_LIMITS[kind].chars;
  if (text.length > maxChars) return fail('TOO_LARGE', `too much text (${text.length} characters; limit ${maxChars})`);
  const script = toSimplified(text);
  // PDF fonts share one glyph between a simplified character and its traditional twin (户/戶) and may name either:
  // in a simplified PDF such strays are read as the simplified form.
  if (read.format === 'pdf' && !script.traditional) script.text = convertToSimplified(text);
  return {
    ok: true,
    source: {
      file,
      text: script.text,
      format: read.format,
      encoding: read.encoding,
      traditional: script.traditional,
      bytes: bytes.length,
      ...(read.metadata ? { metadata: simplifiedMetadata(read.metadata, script.traditional) } : {}),
    },
  };
}

/** Metadata follows the text's script, so a traditional page's title matches its simplified headline. */
function simplifiedMetadata(metadata: SourceMetadata, traditional: boolean): SourceMetadata {
  if (!traditional) return metadata;
  const out: SourceMetadata = { ...metadata };
  for (const key of ['title', 'publisher', 'author'] as const) {
    const value = out[key];
    if (value !== undefined) out[key] = convertToSimplified(value);
  }
  return out;
}
