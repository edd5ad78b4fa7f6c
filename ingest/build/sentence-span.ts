/** The sentence around a span of text (delimited by 。！？； and line breaks): the evidence an edge cites. */
import type { Span } from '../types';

const END = /[。！？；!?;\n]/;

export function sentenceSpan(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !END.test(text[start - 1] ?? '')) start--;
  let end = span.end;
  while (end < text.length && !END.test(text[end] ?? '')) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}
