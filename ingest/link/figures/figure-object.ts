/** Finds what a figure counts (its `object`) from the words around it, using the stop words of the unit lexicon. */
import type { UnitLexicon } from './unit-lexicon';
import { figureLexiconIndex, type FigureLexiconIndex } from './figure-lexicon-index';

/** Where the figure sits: `[start, end)` is the figure, the window is the clause it may take words from. */
export interface FigureContext {
  text: string;
  start: number;
  end: number;
  /** Earliest offset the before-phrase may use (clause start or the previous figure's end). */
  windowStart: number;
  /** Latest offset the after-phrase may use (clause end or the next figure's start). */
  windowEnd: number;
  /** The unit says the counted thing always precedes the number (…成功率达到100%). */
  beforeOnly: boolean;
}

const QUOTES = /[“”‘’"「」『』]/g;
const OPEN_QUOTE = 0x201c; // “

/**
 * Offsets of stop words in `s`, as [start, end) pairs, at most `limit` of them; exception words (在职 in 在职党员)
 * hide the stops inside them. Reads left to right, taking the first listed word at each position.
 */
function stopsIn(s: string, ix: FigureLexiconIndex, limit = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < s.length && out.length < limit) {
    const code = s.charCodeAt(i);
    // A quoted name (“书记领办事项”) is one noun: verbs inside it are not stops.
    const close = code === OPEN_QUOTE ? s.indexOf('”', i) : -1;
    if (close > i) {
      i = close + 1;
      continue;
    }
    if (ix.stopStart[code] !== 1) {
      i++; // no stop or exception starts with this character
      continue;
    }
    const exception = ix.stopExceptions.at(s, i);
    if (exception !== undefined) {
      i += exception.length;
      continue;
    }
    const stop = ix.stops.at(s, i);
    if (stop !== undefined) {
      out.push([i, i + stop.length]);
      i += stop.length;
    } else i++;
  }
  return out;
}

function tidy(phrase: string, lex: UnitLexicon['object']): string | null {
  let s = phrase.replace(QUOTES, '').replace(/\s+/g, '');
  for (let again = true; again;) {
    const lead = lex.leadingStrip.find((w) => s.startsWith(w) && s.length > w.length);
    again = lead !== undefined;
    if (lead !== undefined) s = s.slice(lead.length);
  }
  if (s.length === 0 || s.length > lex.maxLength) return null;
  // A phrase that is only digits/punctuation (the next figure, a page number) names nothing.
  return /[\u4e00-\u9fff]/.test(s) ? s : null;
}

/** The noun phrase right after the unit: up to the first stop word (担任, 到, 与 …). Empty if a verb follows at once. */
function afterPhrase(ctx: FigureContext, lex: UnitLexicon['object'], ix: FigureLexiconIndex): string | null {
  const seg = ctx.text.slice(ctx.end, ctx.windowEnd).replace(/\s+/g, ''); // wrapped lines split words
  const c = seg.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return null; // the next figure, not a noun
  const first = stopsIn(seg, ix, 1)[0];
  return tidy(first === undefined ? seg : seg.slice(0, first[0]), lex);
}

/** The noun phrase before the number: after the last verb or function word of the clause (化解|矛盾纠纷 65件). */
function beforePhrase(ctx: FigureContext, lex: UnitLexicon['object'], ix: FigureLexiconIndex): string | null {
  const seg = ctx.text.slice(ctx.windowStart, ctx.start).replace(/\s+/g, '');
  // Trailing words such as 达到 / 占 / 共 link the noun to the number; drop them before looking for the last verb.
  // Reading stops left to right, cutting the text at a stop's start leaves the stops before it unchanged, so one
  // reading serves every cut.
  const stops = stopsIn(seg, ix);
  let end = seg.length;
  for (let last = stops[stops.length - 1]; last !== undefined && last[1] === end; last = stops[stops.length - 1]) {
    end = last[0];
    stops.pop();
  }
  const last = stops[stops.length - 1];
  return tidy(seg.slice(last === undefined ? 0 : last[1], end), lex);
}

/**
 * The object of a figure: the phrase after the unit when one follows (建立 16 个|网格党支部), else the phrase before the
 * number (收集社情民意 200 余条). Returns null when neither is a plausible noun phrase (选配 1226 人担任…).
 */
export function figureObject(ctx: FigureContext, lexicon: UnitLexicon): string | null {
  const lex = lexicon.object;
  const ix = figureLexiconIndex(lexicon);
  if (!ctx.beforeOnly) {
    const after = afterPhrase(ctx, lex, ix);
    if (after !== null) return after;
  }
  return beforePhrase(ctx, lex, ix);
}
