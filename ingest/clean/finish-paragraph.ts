/**
 * Final touches to one rebuilt paragraph: markdown bold markers become emphasis spans (they mark sub-measure
 * headings, which the structure stage needs), and spaces that PDF extraction put between Chinese and digits or
 * Latin letters are removed ("1226 人" → "1226人"). Spaces between two wide characters are kept (collapsed to one):
 * titles use them as separators.
 */
import type { Span } from '../types';
import { isWide } from './char-classes';

export interface FinishedParagraph {
  text: string;
  /** Emphasised (bold) ranges, as offsets into `text`. */
  emphasis: Span[];
}

export function finishParagraph(raw: string): FinishedParagraph {
  const withoutBold = stripBold(raw);
  const spacing = removeInsertedSpaces(withoutBold.text);
  const emphasis = withoutBold.emphasis
    .map((span) => ({ start: spacing.map(span.start), end: spacing.map(span.end) }))
    .filter((span) => span.end > span.start);
  return { text: spacing.text, emphasis };
}

function stripBold(raw: string): FinishedParagraph {
  const parts = raw.split('**');
  // An odd marker count means a stray "**": keep the text, drop the markers, claim no emphasis.
  const balanced = parts.length % 2 === 1;
  let text = '';
  const emphasis: Span[] = [];
  parts.forEach((part, index) => {
    const start = text.length;
    text += part;
    if (balanced && index % 2 === 1 && part.trim() !== '') emphasis.push({ start, end: text.length });
  });
  return { text, emphasis };
}

/** Removes spaces that touch a wide character on one side and a digit/Latin character on the other, and collapses runs. */
function removeInsertedSpaces(text: string): { text: string; map: (offset: number) => number } {
  const chars = [...text];
  const keep: boolean[] = chars.map(() => true);
  for (let i = 0; i < chars.length; i++) {
    if (!/[ \t\u00a0]/.test(chars[i] ?? '')) continue;
    let j = i;
    while (j < chars.length && /[ \t\u00a0]/.test(chars[j] ?? '')) j++;
    const before = chars[i - 1] ?? '';
    const after = chars[j] ?? '';
    const drop = before === '' || after === '' || isWide(before) !== isWide(after);
    for (let k = i; k < j; k++) keep[k] = !drop && k === i;
    i = j - 1;
  }
  // Map from offsets in the input (code units) to offsets in the output.
  const offsetMap: number[] = [];
  let out = '';
  chars.forEach((ch, index) => {
    for (let u = 0; u < ch.length; u++) offsetMap.push(out.length + (keep[index] ? u : 0));
    if (keep[index]) out += ch === '\t' || ch === '\u00a0' ? ' ' : ch;
  });
  offsetMap.push(out.length);
  return { text: out, map: (offset) => offsetMap[offset] ?? out.length };
}
