/** The clean stage: raw extracted text → paragraphs of clean text, with emphasis spans kept as offsets. */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';
import { dropArtifactLines } from './drop-artifact-lines';
import { finishParagraph } from './finish-paragraph';
import { joinBrokenLines } from './join-broken-lines';

export interface CleanText {
  /** Paragraphs joined by "\n"; all later offsets of the bulletin refer to this string. */
  text: string;
  paragraphs: Span[];
  emphasis: Span[];
}

export function cleanText(raw: string, vocab: LayoutVocabulary): CleanText {
  const lines = dropArtifactLines(raw.replace(/^\uFEFF/, '').split('\n'));
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
  return { text, paragraphs, emphasis };
}
