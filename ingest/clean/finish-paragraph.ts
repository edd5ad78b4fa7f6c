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
  const cuts: { at: number; length: number; kept: number }[] = [];
  const out = text.replace(/[ \t\u00a0]+/g, (run: string, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    const kept = before !== '' && after !== '' && isWide(before) === isWide(after) ? 1 : 0;
    cuts.push({ at, length: run.length, kept });
    return kept ? ' ' : '';
  });
  // Maps an offset of the input to the output by the removals before it (a few per paragraph at most).
  const map = (offset: number): number => {
    let shift = 0;
    for (const cut of cuts) {
      if (offset <= cut.at) break;
      if (offset < cut.at + cut.length) return cut.at - shift + Math.min(offset - cut.at, cut.kept);
      shift += cut.length - cut.kept;
    }
    return offset - shift;
  };
  return { text: out, map };
}
