/**
 * The clean stage: raw extracted text → paragraphs of clean text, with emphasis spans and the source's page starts
 * kept as offsets. The document's metadata lines (source lines, bylines, datelines, page marks, catalogue fields)
 * are taken out of the text and kept beside it; paragraphs longer than the layout's limit are split at sentence ends.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';
import { finishParagraph, type FinishedParagraph } from './finish-paragraph';
import { joinBrokenLines } from './join-broken-lines';
import { locatePages, type PageStart } from './locate-pages';
import { readMetadataLine, type MetadataLine } from './read-metadata-line';
import { inkLength, readPages, withoutRemovedInk, type RemovedInk } from './read-pages';
import { splitLongParagraph } from './split-long-paragraph';

/** A metadata line taken out of the text, and where it stood. */
export interface PlacedMetadataLine extends MetadataLine {
  /** Index of the paragraph it stood before (`paragraphs.length` when it came after all of them). */
  beforeParagraph: number;
}

export interface CleanText {
  /** Paragraphs joined by "\n"; all later offsets of the bulletin refer to this string. */
  text: string;
  paragraphs: Span[];
  emphasis: Span[];
  /** Where each source page begins (form feeds: physical pages; printed marks: their numbers); empty when unknown. */
  pages: PageStart[];
  /** The document's metadata lines, in order; never part of `text`. */
  metadata: PlacedMetadataLine[];
  /** How many paragraphs were longer than the layout's `maxParagraphLength` and were split. */
  splitParagraphs: number;
}

export function cleanText(raw: string, vocab: LayoutVocabulary): CleanText {
  const { lines, pages } = readPages(raw.replace(/^\uFEFF/, ''));
  const paragraphs: Span[] = [];
  const emphasis: Span[] = [];
  const metadata: PlacedMetadataLine[] = [];
  // Ink the metadata lines took out of the text: page starts counted in the source's ink move back by it.
  const removed: RemovedInk[] = [];
  let sourceInk = 0;
  let splitParagraphs = 0;
  let text = '';
  for (const rawParagraph of joinBrokenLines(lines, vocab)) {
    let finished = finishParagraph(rawParagraph);
    const ink = inkLength(finished.text);
    const at = sourceInk;
    sourceInk += ink;
    if (finished.text.trim() === '') continue;
    const read = readMetadataLine(finished.text, vocab);
    if (read) {
      metadata.push({ ...read.line, beforeParagraph: paragraphs.length });
      const kept = read.keepFrom === null ? null : withoutPrefix(finished, read.keepFrom);
      removed.push({ at, length: ink - (kept ? inkLength(kept.text) : 0) });
      if (kept === null || kept.text.trim() === '') continue;
      finished = kept;
    }
    const pieces = splitLongParagraph(finished, vocab.article.maxParagraphLength);
    if (pieces.length > 1) splitParagraphs++;
    for (const piece of pieces) {
      if (text !== '') text += '\n';
      const start = text.length;
      text += piece.text;
      paragraphs.push({ start, end: text.length });
      for (const span of piece.emphasis) emphasis.push({ start: start + span.start, end: start + span.end });
    }
  }
  return {
    text,
    paragraphs,
    emphasis,
    pages: locatePages(text, withoutRemovedInk(pages, removed)),
    metadata,
    splitParagraphs,
  };
}

/** The paragraph after a run-in dateline or a field label, its emphasis moved along. */
function withoutPrefix(paragraph: FinishedParagraph, from: number): FinishedParagraph {
  let start = from;
  while (/\s/.test(paragraph.text[start] ?? '')) start++;
  return {
    text: paragraph.text.slice(start),
    emphasis: paragraph.emphasis
      .filter((e) => e.end > start)
      .map((e) => ({ start: Math.max(e.start, start) - start, end: e.end - start })),
  };
}
