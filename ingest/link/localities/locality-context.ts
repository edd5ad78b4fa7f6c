/**
 * The words around a place name that show it is a place: what lets a short name written without its unit (天水 for
 * 天水市, 沙市 for 沙市区) count in prose, and what makes a place the subject of a sentence (湖州市推行…) rather than a
 * place merely named. Words are data: `shortNameContext` in locality-suffixes.json.
 */
import { LOCALITY_KNOWLEDGE } from './gazetteer-names';

const CTX = LOCALITY_KNOWLEDGE.shortNameContext;
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const BEFORE = [...CTX.before].sort(byLengthDesc);
const AFTER = [...CTX.after].sort(byLengthDesc);
const ADVERBS = [...CTX.adverbs].sort(byLengthDesc);
const VERBS = [...CTX.subjectVerbs].sort(byLengthDesc);
const BREAKS = new Set(CTX.clauseBreaks);
const SEPARATORS = [...CTX.listSeparators].sort(byLengthDesc);

/** `start` opens a clause: the text's start or right after a clause break. */
export function atClauseStart(text: string, start: number): boolean {
  return start === 0 || BREAKS.has(text.charAt(start - 1));
}

/** The next clause start after `pos` (text.length when none). */
export function nextClauseStart(text: string, pos: number): number {
  for (let k = pos + 1; k < text.length; k++) if (BREAKS.has(text.charAt(k - 1))) return k;
  return text.length;
}

/** A verb (after an optional adverb: 还, 则 …) follows the name ending at `end`: the place acts in this sentence. */
export function actsAfter(text: string, end: number): boolean {
  const adverb = ADVERBS.find((a) => text.startsWith(a, end));
  const at = end + (adverb?.length ?? 0);
  return VERBS.some((v) => text.startsWith(v, at));
}

/** Worth trying a short name at `start`: a clause start, after 在/赴…, or after a list separator. */
export function shortNameMayStart(text: string, start: number): boolean {
  return atClauseStart(text, start) || BEFORE.some((w) => text.endsWith(w, start)) || SEPARATORS.some((s) => text.endsWith(s, start))
    || CTX.frames.some(([open]) => text.endsWith(open, start));
}

/**
 * The short name at [start, end) is a place here: after 在/赴/到 …, before 为例/等地/：, framed (以…为例), at a clause start with a verb
 * after it (甘州坚持…), or as an item of a list of places (`isPlaceAt` says whether a place name starts at an offset).
 */
export function shortNameTrusted(text: string, start: number, end: number, isPlaceAt: (offset: number) => boolean): boolean {
  if (BEFORE.some((w) => text.endsWith(w, start)) || AFTER.some((w) => text.startsWith(w, end))) return true;
  if (CTX.frames.some(([open, close]) => text.endsWith(open, start) && text.startsWith(close, end))) return true;
  if (atClauseStart(text, start) && actsAfter(text, end)) return true;
  const next = SEPARATORS.find((s) => text.startsWith(s, end));
  return next !== undefined && isPlaceAt(end + next.length);
}
