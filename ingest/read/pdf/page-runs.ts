/**
 * One PDF's pages → their text runs with font names. The document is opened from its bytes the same way in every
 * thread that reads pages (./page-reading-pool.ts hands page ranges to helper threads), so a page gives the same runs
 * whichever thread reads it.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { loadPdfjs, pdfjsResources } from './load-pdfjs';
import type { PdfRun } from './pdf-lines';

/** A run with the name of its font (the same name in every thread), which decides later whether it is bold. */
export interface FontRun extends Omit<PdfRun, 'bold'> {
  font: string;
}

/** Pages read ahead of the one being turned into runs: pdfjs inflates the next pages' streams on Node's thread pool meanwhile. */
const PAGES_IN_FLIGHT = 4;

/** pdfjs takes ownership of (and detaches) the array it is given: callers pass a copy when they keep the bytes. */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  const pdfjs = loadPdfjs();
  return pdfjs.getDocument({
    data,
    ...pdfjsResources(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

/**
 * The runs of pages `from`..`to` (1-based, inclusive). Font names are resolved once per font (pdfjs's font ids are
 * the document's), so only a page that brings a new font needs its operator list; `fontNames` carries them from one
 * range to the next.
 */
export async function readPageRange({
  doc,
  from,
  to,
  fontNames,
}: {
  doc: PDFDocumentProxy;
  from: number;
  to: number;
  fontNames: Map<string, string>;
}): Promise<FontRun[][]> {
  const content = (n: number) => doc.getPage(n).then(async (page) => ({ page, text: await page.getTextContent() }));
  const inFlight = new Map<number, ReturnType<typeof content>>();
  const pages: FontRun[][] = [];
  for (let n = from; n <= to; n++) {
    for (let ahead = n; ahead < n + PAGES_IN_FLIGHT && ahead <= to; ahead++) {
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
    runs.push({
      text: item.str,
      x: x ?? 0,
      y: y ?? 0,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0),
      font: item.fontName,
    });
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
