/**
 * Splits a paragraph longer than the layout's limit (`maxParagraphLength`) into pieces that end at a sentence end
 * where one lies in the last half of the limit, else at the limit. A file of one endless line (a dump, a page saved
 * without line breaks) then costs linear time in every later stage, and still yields its sentences.
 */
import type { Span } from '../types';
import type { FinishedParagraph } from './finish-paragraph';

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

export function splitLongParagraph(paragraph: FinishedParagraph, max: number): FinishedParagraph[] {
  const { text } = paragraph;
  if (text.length <= max) return [paragraph];
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = start + max;
    for (let k = start + max; k > start + max / 2; k--) {
      if (SENTENCE_END.has(text[k - 1] ?? '')) {
        cut = k;
        break;
      }
    }
    // Never between the halves of a surrogate pair.
    if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
    cuts.push(cut);
    start = cut;
  }
  cuts.push(text.length);
  const pieces: FinishedParagraph[] = [];
  let from = 0;
  let e = 0;
  const emphasis = paragraph.emphasis;
  for (const to of cuts) {
    const spans: Span[] = [];
    while (e < emphasis.length && (emphasis[e] as Span).end <= from) e++;
    for (let k = e; k < emphasis.length && (emphasis[k] as Span).start < to; k++) {
      const span = emphasis[k] as Span;
      spans.push({ start: Math.max(span.start, from) - from, end: Math.min(span.end, to) - from });
    }
    pieces.push({ text: text.slice(from, to), emphasis: spans });
    from = to;
  }
  return pieces;
}
