/** Extracts reported figures (1387名在职党员, 约8300人次, 3178万元) from practice text; all knowledge is in units.json. */
import type { Span } from '../../types';
import type { UnitLexicon, UnitSurface } from './unit-lexicon';
import { isNumeralStart, parseNumeralAt, type Numeral } from '../text-reading/parse-numeral';
import { figureObject } from './figure-object';
import { figureLexiconIndex, type FigureLexiconIndex } from './figure-lexicon-index';
import {
  NUMBER_START,
  isClose,
  isHanCode,
  isCountDigit,
  isDigit,
  isFormula,
  isHardBoundary,
  isLatin,
  isMagnitude,
  isOpen,
  skipSpaces,
  skipSpacesBack,
} from './figure-chars';

/** A number with a unit, as reported. `text === source.slice(start, end)` and includes 约/余/以上 qualifiers. */
export interface Figure {
  /** The number as written, before any 万/亿 (6.3万户 → 6.3); the lower bound of a range. */
  value: number;
  /** Upper bound of a range (1至2件 → value 1, valueMax 2); absent otherwise. */
  valueMax?: number;
  /** Canonical unit with its multiplier: 万元, 人次, 场次, %. */
  unit: string;
  /** What is counted (网格党支部), or null when the sentence does not say it plainly. */
  object: string | null;
  /** Qualified by 余, 多, 近, 约, 超, 以上 …: the number is a bound or an estimate. */
  approximate: boolean;
  text: string;
  start: number;
  end: number;
}

/** A figure before its object is read; one object shape (valueMax always present) keeps the hot path monomorphic. */
interface Found {
  value: number;
  valueMax: number | undefined;
  unit: string;
  approximate: boolean;
  start: number;
  end: number;
  beforeOnly: boolean;
}

/** What extractFigures reads: the text, the unit lexicon, and the spans where no figure is. */
export interface FigureInput {
  text: string;
  units: UnitLexicon;
  /** Spans of mechanism names in the text: a count inside a name (四张清单, 六项套餐) is never a figure. */
  names?: readonly Span[];
  /** Stop after this many figures (the practice's cap, see units.json `maxFiguresPerPractice`). */
  limit?: number;
}

/**
 * 1 where a quoted name, an excluded word or a mechanism name covers the text; one global regex pass per pattern.
 * A quote holding nothing but a figure (“95%”) is a quoted figure, not a name, and stays open.
 */
function blockedMask(text: string, ix: FigureLexiconIndex, names: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  ix.blocked.forEach((re, k) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0)
        re.lastIndex++; // as matchAll does after an empty match
      else if (k >= ix.quoteSpans || !ix.quotedFigure.test(m[0].slice(1, -1)))
        mask.fill(1, m.index, m.index + m[0].length);
    }
  });
  for (const n of names) mask.fill(1, Math.max(0, n.start), Math.min(text.length, n.end));
  return mask;
}

/** End of `word` written at `i`, allowing line breaks between its characters (3 分\n钟); -1 if absent. */
function spelledAt(text: string, i: number, word: string): number {
  let p = i;
  for (const c of word) {
    if (p > i) p = skipSpaces(text, p);
    if (text[p] !== c) return -1;
    p++;
  }
  return p;
}

function matchUnit(text: string, i: number, ix: FigureLexiconIndex): { unit: UnitSurface; end: number } | undefined {
  const surfaces = ix.surfaces.get(text.charCodeAt(i));
  if (surfaces === undefined) return undefined;
  for (const unit of surfaces) {
    const end = spelledAt(text, i, unit.surface);
    if (end >= 0 && !unit.notFollowedBy.includes(text[skipSpaces(text, end)] ?? '')) return { unit, end };
  }
  return undefined;
}

/** The numeral at `i`, or 近万/上千 style bare magnitudes (value 1 with 万 kept as multiplier, or 1000 / 100). */
function readNumeral(text: string, i: number, ix: FigureLexiconIndex): ReadNumeral | null {
  const c = text[i] ?? '';
  // 近万 / 上千 (a word before it), or 百余个 / 千多名 (余/多 after it, and no numeral before: not 三百余).
  const prev = text.charCodeAt(i - 1);
  const wordBefore = ix.beforeBareMagnitude.has(text[i - 1] ?? '');
  const countedAfter =
    c !== '万' &&
    c !== '亿' &&
    ix.between.at(text, i + 1) !== undefined &&
    !isCountDigit(prev) &&
    !isMagnitude(prev) &&
    !isDigit(prev);
  if (isMagnitude(text.charCodeAt(i)) && (wordBefore || countedAfter)) {
    if (c === '万' || c === '亿') return { value: 1, end: i, raw: '', chinese: true, bare: true, wordBefore };
    if (!isNumeralStart(text, i + 1))
      return { value: c === '千' ? 1000 : 100, end: i + 1, raw: c, chinese: true, bare: true, wordBefore };
  }
  if (!isNumeralStart(text, i)) return null;
  const n = parseNumeralAt(text, i);
  return n === null
    ? null
    : { value: n.value, end: n.end, raw: n.raw, chinese: n.chinese, bare: false, wordBefore: false };
}

/** A numeral as read: `bare` for a magnitude standing alone (近万, 百余); `wordBefore` when a word before it (近) belongs to the figure. */
type ReadNumeral = Numeral & { bare: boolean; wordBefore: boolean };

/** Why a numeral that has a unit is still not a figure: ordinals, formulas, 四个一-style names, glued letters. */
function blockedByContext(text: string, start: number, n: Numeral, ix: FigureLexiconIndex): boolean {
  const before = skipSpacesBack(text, start);
  if (ix.blockingPrefixes.endingAt(text, before) !== undefined) return true;
  if (isFormula(text.charCodeAt(before - 1)) || isFormula(text.charCodeAt(skipSpaces(text, n.end)))) return true;
  const prev = text.charCodeAt(start - 1);
  if (!n.chinese && (isDigit(prev) || isLatin(prev) || prev === 0x2e || prev === 0xff0e)) return true; // [0-9A-Za-z.．]
  if (!n.chinese && isLatin(text.charCodeAt(n.end))) return true;
  const afterQuote = text[n.end] === '”' ? n.end + 1 : n.end;
  return (
    ix.mechanismSuffixes.at(text, afterQuote) !== undefined ||
    (n.chinese && restatesEnumeration(text, start, n.value, ix))
  );
}

/**
 * 村民议事会、红白理事会、禁毒禁赌会三个组织: a Chinese count right after a list of exactly that many items (each a
 * short Han run, separated by 、) restates the list's length. Reads back at most `value` items: constant work.
 */
function restatesEnumeration(text: string, start: number, value: number, ix: FigureLexiconIndex): boolean {
  if (value < 2 || value > 10) return false;
  let k = start;
  for (let items = 1; ; items++) {
    const end = k;
    while (k > 0 && end - k <= ix.maxEnumerationItem && isHanCode(text.charCodeAt(k - 1))) k--;
    if (k === end || end - k > ix.maxEnumerationItem) return false;
    const sep = ix.enumerationSeparators.endingAt(text, k);
    if (sep === undefined) return items === value && items >= 2;
    if (items >= value) return false;
    k -= sep.length;
  }
}

function approximatePrefix(text: string, start: number, ix: FigureLexiconIndex): number | null {
  const at = skipSpacesBack(text, start);
  if (ix.beforeExceptions.endingAt(text, at) !== undefined) return null;
  const word = ix.before.endingAt(text, at);
  return word === undefined ? null : at - word.length;
}

/** Reads range, 余/多, multiplier and unit after a numeral; null when no unit follows. */
function readFigure(text: string, start: number, n: ReadNumeral, ix: FigureLexiconIndex): Found | null {
  let p = skipSpaces(text, n.end);
  let valueMax: number | undefined;
  const sep = n.bare ? undefined : ix.rangeSeparators.at(text, p);
  if (sep !== undefined) {
    const q = skipSpaces(text, p + sep.length);
    const upper = isNumeralStart(text, q) ? parseNumeralAt(text, q) : null;
    if (upper !== null && upper.value > n.value) {
      valueMax = upper.value;
      p = skipSpaces(text, upper.end);
    }
  }
  let approximate = n.bare;
  // 余/多 may stand before or after the multiplier (300余万元, 3万余元).
  let word = ix.between.at(text, p);
  if (word !== undefined) {
    approximate = true;
    p = skipSpaces(text, p + word.length);
  }
  const multiplier = ix.multipliers.at(text, p);
  const afterMultiplier = p + (multiplier?.length ?? 0);
  if (multiplier !== undefined) p = skipSpaces(text, afterMultiplier);
  word = ix.between.at(text, p);
  if (word !== undefined) {
    approximate = true;
    p = skipSpaces(text, p + word.length);
  }
  const matched = matchUnit(text, p, ix);
  const unit = matched?.unit;
  if (unit === undefined && multiplier === undefined) return null;
  // A bare 一 is the indefinite article (一个党支部), not a count, unless a range or multiplier makes it numeric.
  if (n.chinese && n.raw === '一' && valueMax === undefined && multiplier === undefined) return null;
  let end = matched === undefined ? afterMultiplier : matched.end;
  // 四个一, 三个一批: a numeral right after the unit makes a slogan, not a count.
  if (unit !== undefined && isCountDigit(text.charCodeAt(end))) return null;
  const per = unit !== undefined ? ix.perUnits.at(text, end) : undefined;
  if (per !== undefined) end += per.length;
  const tail = ix.after.at(text, skipSpaces(text, end));
  if (tail !== undefined) {
    approximate = true;
    end = skipSpaces(text, end) + tail.length;
  }
  const prefix = n.wordBefore ? start - 1 : approximatePrefix(text, start, ix);
  const figureStart = prefix ?? start;
  return {
    value: n.value,
    valueMax,
    unit: (multiplier ?? '') + (unit?.unit ?? '') + (per === undefined ? '' : `/${per.slice(1)}`),
    approximate: approximate || prefix !== null,
    start: figureStart,
    end,
    beforeOnly: unit?.objectBefore ?? false,
  };
}

function clauseStart(text: string, from: number, floor: number): number {
  let depth = 0;
  for (let i = from - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // 、 inside 中心（所、站） does not end the phrase; an unmatched （ does.
    if (isClose(c)) depth++;
    else if (isOpen(c) && depth > 0) depth--;
    else if (depth === 0 && (isHardBoundary(c) || isOpen(c))) return i + 1;
  }
  return floor;
}

function clauseEnd(text: string, from: number, ceiling: number): number {
  let depth = 0;
  for (let i = from; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c) && depth > 0) depth--;
    else if (depth === 0 && (isHardBoundary(c) || isClose(c))) return i;
  }
  return ceiling;
}

/**
 * Finds every figure (number + unit) in `text`, in order. Dates, issue numbers, ordinals, list markers, quoted
 * mechanism names (“1+N”), counts inside the mechanism names given in `options.names`, and phone numbers are not
 * figures: they lack a unit or are blocked by units.json. Linear in the text's length. Pure: the same text, lexicon
 * and options always give the same figures.
 */
export function extractFigures(options: FigureInput): Figure[] {
  const { text, units } = options;
  const ix = figureLexiconIndex(units);
  const mask = blockedMask(text, ix, options.names ?? []);
  const limit = options.limit ?? Infinity;
  const found: Found[] = [];
  let i = 0;
  while (i < text.length && found.length < limit) {
    // Most characters cannot start a number; skip them without building a numeral.
    while (i < text.length && NUMBER_START[text.charCodeAt(i)] === 0) i++;
    if (i >= text.length) break;
    const n = readNumeral(text, i, ix);
    if (n === null) {
      i++;
      continue;
    }
    const usable = !Number.isNaN(n.value) && mask[i] === 0 && !blockedByContext(text, i, n, ix);
    const fig = usable ? readFigure(text, i, n, ix) : null;
    if (fig !== null) found.push(fig);
    i = Math.max(fig?.end ?? n.end, i + 1);
  }
  return found.map((f, k) => {
    const prevEnd = found[k - 1]?.end ?? 0;
    const nextStart = found[k + 1]?.start ?? text.length;
    const object = figureObject(
      {
        text,
        start: f.start,
        end: f.end,
        windowStart: clauseStart(text, f.start, prevEnd),
        windowEnd: clauseEnd(text, f.end, nextStart),
        beforeOnly: f.beforeOnly,
      },
      units,
    );
    const { value, valueMax, unit, approximate, start, end } = f;
    const surface = text.slice(start, end);
    // valueMax only on ranges; keys in the documented order either way.
    return valueMax === undefined
      ? { value, unit, approximate, text: surface, start, end, object }
      : { value, valueMax, unit, approximate, text: surface, start, end, object };
  });
}
