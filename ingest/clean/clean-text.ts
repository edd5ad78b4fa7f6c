/**
 * The clean stage: raw extracted text → paragraphs of clean text, with emphasis spans and the source's page starts
 * kept as offsets.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';
import { finishParagraph } from './finish-paragraph';
import { joinBrokenLines } from './join-broken-lines';
import { locatePages, type PageStart } from './locate-pages';
import { readPages } from './read-pages';

export interface CleanText {
  /** Paragraphs joined by "\n"; all later offsets of the bulletin refer to this string. */
  text: string;
  paragraphs: Span[];
  emphasis: Span[];
  /** Where each source page begins (form feeds: physical pages; printed marks: their numbers); empty when unknown. */
  pages: PageStart[];
}

export function cleanText(raw: string, vocab: LayoutVocabulary): CleanText {
  const { lines, pages } = readPages(raw.replace(/^\uFEFF/, ''));
  const paragraphs: Span[] = [];
  const emphasis: Span[] = [];
  let text = '';
  for (const rawParagraph of joinBrokenLines(lines, vocab)) {
    const finished = finishParagraph(rawParagraph);
    if (finished.text.trim() === '') continue;
    if (text !== '') text += '\n';
    const start = text.length;
    text += finished.text;
    paragraphs.push({ start, end: text.length });
    for (const span of finished.emphasis) emphasis.push({ start: start + span.start, end: start + span.end });
  }
  return { text, paragraphs, emphasis, pages: locatePages(text, pages) };
}
