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

interface Cut {
  at: number;
  length: number;
  kept: number;
}

/** Removes spaces that touch a wide character on one side and a digit/Latin character on the other, and collapses runs. */
function removeInsertedSpaces(text: string): { text: string; map: (offset: number) => number } {
  const cuts: Cut[] = [];
  const out = text.replace(/[ \t\u00a0]+/g, (run: string, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    const kept = before !== '' && after !== '' && isWide(before) === isWide(after) ? 1 : 0;
    cuts.push({ at, length: run.length, kept });
    return kept ? ' ' : '';
  });
  // Output shift before each cut, so an offset maps by a binary search: linear work however many spaces a paragraph has.
  const shiftBefore: number[] = [];
  let shift = 0;
  for (const cut of cuts) {
    shiftBefore.push(shift);
    shift += cut.length - cut.kept;
  }
  const map = (offset: number): number => {
    let lo = 0;
    let hi = cuts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((cuts[mid] as Cut).at < offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return offset;
    const cut = cuts[k] as Cut;
    const before = shiftBefore[k] as number;
    if (offset < cut.at + cut.length) return cut.at - before + Math.min(offset - cut.at, cut.kept);
    return offset - before - (cut.length - cut.kept);
  };
  return { text: out, map };
}
