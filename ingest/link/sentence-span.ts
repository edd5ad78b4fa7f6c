/**
 * The sentence around a span of text (delimited by 。！？；!?; and line breaks, closing punctuation included):
 * the evidence an edge cites. Table lookups, since mechanism linking calls it for every mention.
 */
import type { Span } from '../types';

const ENDS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;') ENDS[ch.charCodeAt(0)] = 1;
const BREAKS = ENDS.slice();
BREAKS[0x0a] = 1;
BREAKS[0x0d] = 1;

export function sentenceSpan(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && BREAKS[text.charCodeAt(start - 1)] === 0) start--;
  while (start < span.start && /\s/.test(text.charAt(start))) start++;
  let end = span.end;
  while (end < text.length && BREAKS[text.charCodeAt(end)] === 0) end++;
  if (end < text.length && ENDS[text.charCodeAt(end)] === 1) end++;
  return { start, end };
}
