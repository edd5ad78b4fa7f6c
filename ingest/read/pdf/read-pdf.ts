/**
 * The PDF reader (pdfjs-dist): every page's text items with their positions and fonts (a long PDF's pages read in
 * parallel threads) → columns in reading order → lines → running headers, footers and page numbers dropped →
 * paragraphs, headings and bold runs marked, a form feed between pages.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { composeSourceText } from '../compose-source-text';
import type { ReaderInput, ReaderResult } from '../format-readers';
import type { ReadingKnowledge } from '../reading-knowledge';
import { errorDetails, readFailure } from '../read-failure';
import type { SourceMetadata } from '../read-source';
import { dropRunningLines } from './drop-running-lines';
import { readAllPages } from './page-reading-pool';
import { openPdf, type FontRun } from './page-runs';
import { pdfLines } from './pdf-lines';
import { pdfParagraphs } from './pdf-paragraphs';
import { framedColumn, splitColumns } from './split-columns';

/** A long report is a few hundred pages; thousands mean a book or a scan archive, not a document to ingest. */
export const MAX_PDF_PAGES = 2000;

export async function readPdf({ bytes, reading }: ReaderInput): Promise<ReaderResult> {
  // A copy: pdfjs detaches the array it is given, and helper threads are sent the caller's bytes.
  const task = openPdf(new Uint8Array(bytes));
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return openFailure(error);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      return readFailure('TOO_LARGE', `too many pages (${doc.numPages}; limit ${MAX_PDF_PAGES})`);
    const { pages } = await readAllPages({ doc, bytes });
    const bold = boldFonts(pages.flat(), reading.pdf);
    const lines = pages.map((runs) =>
      splitColumns(runs.map(({ font, ...run }) => ({ ...run, bold: bold.has(font) }))).flatMap((group) =>
        group.column ? framedColumn(pdfLines(group.runs)) : pdfLines(group.runs),
      ),
    );
    if (lines.every((page) => page.length === 0)) {
      return readFailure('NO_TEXT_LAYER', 'no text layer: scanned PDF; OCR is not supported');
    }
    const text = composeSourceText(pdfParagraphs(dropRunningLines(lines)));
    return { ok: true, text, format: 'pdf', encoding: 'embedded', metadata: await documentInfo(doc) };
  } catch (error) {
    return readFailure('CORRUPT', `broken PDF: ${errorDetails(error).message}`);
  } finally {
    await doc.destroy();
  }
}

function openFailure(error: unknown): ReaderResult {
  const { name, message } = errorDetails(error);
  if (name === 'PasswordException') return readFailure('ENCRYPTED', 'encrypted PDF: it needs a password to open');
  return readFailure('CORRUPT', `broken PDF: ${message}`);
}

/** Fonts whose names say bold, except the body font (the one most characters are set in). */
function boldFonts(runs: FontRun[], { boldFontWords, notBoldFontWords }: ReadingKnowledge['pdf']): Set<string> {
  const chars = new Map<string, number>();
  for (const run of runs) chars.set(run.font, (chars.get(run.font) ?? 0) + run.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0];
  const bold = new Set<string>();
  for (const font of chars.keys()) {
    const name = font.toLowerCase();
    if (font === body || notBoldFontWords.some((w) => name.includes(w))) continue;
    if (boldFontWords.some((w) => name.includes(w))) bold.add(font);
  }
  return bold;
}

/** The info dictionary's title and author, when they are real (not a file name or a browser's about:blank). */
async function documentInfo(doc: PDFDocumentProxy): Promise<SourceMetadata | undefined> {
  const { info } = await doc.getMetadata();
  const fields = info as { Title?: unknown; Author?: unknown };
  const metadata: SourceMetadata = {};
  if (typeof fields.Title === 'string' && /[\u4e00-\u9fff]/.test(fields.Title) && !/\.\w{2,5}$/.test(fields.Title)) {
    metadata.title = fields.Title.trim();
  }
  if (typeof fields.Author === 'string' && fields.Author.trim() !== '') metadata.author = fields.Author.trim();
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}
