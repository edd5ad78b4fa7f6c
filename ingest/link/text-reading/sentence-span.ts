/**
 * The sentence around a span of text (delimited by 。！？；!?; and line breaks, closing punctuation included):
 * the evidence an edge cites, at most MAX_REACH characters each side. Table lookups, since mechanism linking calls it
 * for every mention.
 */
import type { Span } from '../../types';

const ENDS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;') ENDS[ch.charCodeAt(0)] = 1;
const BREAKS = ENDS.slice();
BREAKS[0x0a] = 1;
BREAKS[0x0d] = 1;

/**
 * Evidence reaches at most this far on each side of the span: a text without sentence ends (a run-on PDF line) would
 * otherwise make every mention's evidence the whole text, and the search for it quadratic.
 */
const MAX_REACH = 500;

export function sentenceSpan(text: string, span: Span): Span {
  let start = span.start;
  const floor = Math.max(0, span.start - MAX_REACH);
  while (start > floor && BREAKS[text.charCodeAt(start - 1)] === 0) start--;
  while (start < span.start && /\s/.test(text.charAt(start))) start++;
  let end = span.end;
  const ceiling = Math.min(text.length, span.end + MAX_REACH);
  while (end < ceiling && BREAKS[text.charCodeAt(end)] === 0) end++;
  if (end < text.length && ENDS[text.charCodeAt(end)] === 1) end++;
  return { start, end };
}
