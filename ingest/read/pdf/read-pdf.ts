/**
 * The PDF reader (pdfjs-dist): every page's text items with their positions and fonts → columns in reading order →
 * lines → running headers, footers and page numbers dropped → paragraphs, headings and bold runs marked, a form feed
 * between pages.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { composeSourceText } from '../compose-source-text';
import type { ReaderInput, ReaderResult } from '../format-readers';
import { errorDetails, readFailure } from '../read-failure';
import type { SourceMetadata } from '../read-source';
import { readingKnowledge } from '../reading-knowledge';
import { dropRunningLines } from './drop-running-lines';
import { loadPdfjs, pdfjsResources } from './load-pdfjs';
import { pdfLines, type PdfRun } from './pdf-lines';
import { pdfParagraphs } from './pdf-paragraphs';
import { framedColumn, splitColumns } from './split-columns';

/** A long report is a few hundred pages; thousands mean a book or a scan archive, not a document to ingest. */
export const MAX_PDF_PAGES = 2000;
const PAGES_IN_FLIGHT = 4;

interface FontRun extends Omit<PdfRun, 'bold'> {
  font: string;
}

export async function readPdf({ bytes }: ReaderInput): Promise<ReaderResult> {
  const pdfjs = loadPdfjs();
  // pdfjs takes ownership of (and detaches) the array it is given: a copy keeps the caller's buffer intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsResources(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return openFailure(error);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) return readFailure('TOO_LARGE', `too many pages (${doc.numPages}; limit ${MAX_PDF_PAGES})`);
    const pages = await allPageRuns(doc);
    const bold = boldFonts(pages.flat());
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

/**
 * Every page's runs, a few pages in flight at once: pdfjs inflates content streams on Node's thread pool, so the next
 * pages decompress while this one's text is built. Font names are resolved once per font (pdfjs's font ids are the
 * document's), so only a page that brings a new font needs its operator list.
 */
async function allPageRuns(doc: PDFDocumentProxy): Promise<FontRun[][]> {
  const fontNames = new Map<string, string>();
  const content = (n: number) => doc.getPage(n).then(async (page) => ({ page, text: await page.getTextContent() }));
  const inFlight = new Map<number, ReturnType<typeof content>>();
  const pages: FontRun[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (let ahead = n; ahead < n + PAGES_IN_FLIGHT && ahead <= doc.numPages; ahead++) {
      if (!inFlight.has(ahead)) inFlight.set(ahead, content(ahead));
    }
    const { page, text } = await (inFlight.get(n) as ReturnType<typeof content>);
    inFlight.delete(n);
    pages.push(await pageRuns(page, text, fontNames));
  }
  return pages;
}

async function pageRuns(page: PDFPageProxy, content: TextContent, fontNames: Map<string, string>): Promise<FontRun[]> {
  const runs: FontRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c, d, x, y] = item.transform as number[];
    runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.hypot(c ?? 0, d ?? 0), font: item.fontName });
  }
  // Font names reach this thread with a page's operator list; the text content only has pdfjs's ids.
  if (runs.some((run) => !fontNames.has(run.font))) {
    await page.getOperatorList();
    for (const run of runs) if (!fontNames.has(run.font)) fontNames.set(run.font, fontName(page, run.font));
  }
  for (const run of runs) run.font = fontNames.get(run.font) as string;
  page.cleanup();
  return runs;
}

function fontName(page: PDFPageProxy, id: string): string {
  if (!page.commonObjs.has(id)) return id;
  const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown };
  const name = typeof font.name === 'string' ? font.name.replace(/^[A-Z]{6}\+/, '') : id;
  return font.bold === true ? `${name} bold` : name;
}

/** Fonts whose names say bold, except the body font (the one most characters are set in). */
function boldFonts(runs: FontRun[]): Set<string> {
  const { boldFontWords, notBoldFontWords } = readingKnowledge().pdf;
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
