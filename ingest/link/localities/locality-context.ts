/**
 * The words around a place name that show it is a place: what lets a short name written without its unit (天水 for
 * 天水市, 沙市 for 沙市区) count in prose, and what makes a place the subject of a sentence (湖州市推行…) rather than a
 * place merely named. Words are data: `shortNameContext` in locality-suffixes.json, compiled in LocalityWords.
 */
import type { ContextWords } from './locality-words';

/** A name at [start, end) of `text`. */
export interface NameAt {
  text: string;
  start: number;
  end: number;
}

export interface LocalityContext {
  /** `start` opens a clause: the text's start or right after a clause break. */
  atClauseStart(text: string, start: number): boolean;
  /** The next clause start after `pos` (text.length when none). */
  nextClauseStart(text: string, pos: number): number;
  /** A verb (after an optional adverb: 还, 则 …) follows the name ending at `end`: the place acts in this sentence. */
  actsAfter(text: string, end: number): boolean;
  /** Worth trying a short name at `start`: a clause start, after 在/赴…, or after a list separator. */
  shortNameMayStart(text: string, start: number): boolean;
  /**
   * The short name at [start, end) is a place here: after 在/赴/到 …, before 为例/等地/：, framed (以…为例), at a clause
   * start with a verb after it (甘州坚持…), or as an item of a list of places (`isPlaceAt` says whether a place name
   * starts at an offset).
   */
  shortNameTrusted(name: NameAt, isPlaceAt: (offset: number) => boolean): boolean;
}

export function localityContext(ctx: ContextWords): LocalityContext {
  const atClauseStart = (text: string, start: number): boolean => start === 0 || ctx.breaks.has(text.charAt(start - 1));
  const actsAfter = (text: string, end: number): boolean => {
    const adverb = ctx.adverbs.find((a) => text.startsWith(a, end));
    const at = end + (adverb?.length ?? 0);
    return ctx.subjectVerbs.some((v) => text.startsWith(v, at));
  };
  return {
    atClauseStart,
    nextClauseStart(text, pos) {
      for (let k = pos + 1; k < text.length; k++) if (ctx.breaks.has(text.charAt(k - 1))) return k;
      return text.length;
    },
    actsAfter,
    shortNameMayStart(text, start) {
      return (
        atClauseStart(text, start) ||
        ctx.before.some((w) => text.endsWith(w, start)) ||
        ctx.listSeparators.some((s) => text.endsWith(s, start)) ||
        ctx.frames.some(([open]) => text.endsWith(open, start))
      );
    },
    shortNameTrusted({ text, start, end }, isPlaceAt) {
      if (ctx.before.some((w) => text.endsWith(w, start)) || ctx.after.some((w) => text.startsWith(w, end)))
        return true;
      if (ctx.frames.some(([open, close]) => text.endsWith(open, start) && text.startsWith(close, end))) return true;
      if (atClauseStart(text, start) && actsAfter(text, end)) return true;
      const next = ctx.listSeparators.find((s) => text.startsWith(s, end));
      return next !== undefined && isPlaceAt(end + next.length);
    },
  };
}
