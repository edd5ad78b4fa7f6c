/** Extracts reported figures (1387名在职党员, 约8300人次, 3178万元) from practice text; all knowledge is in units.json. */
import type { UnitLexicon, UnitSurface } from './unit-lexicon';
import { isNumeralStart, parseNumeralAt, type Numeral } from './parse-numeral';
import { figureObject } from './figure-object';

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

type Found = Omit<Figure, 'object'> & { numberStart: number; beforeOnly: boolean };

// Line breaks too: PDF text wraps lines inside a figure (1226\n人) and the cleaner may not rejoin every one.
const SPACE = /\s/;
// Quoted or titled spans are names (“1+N”, “3860 部队”, 《…》), never counts.
const NAME_SPANS = [/“[^“”]{1,30}”/g, /"[^"\n]{1,30}"/g, /「[^「」]{1,30}」/g, /『[^『』]{1,30}』/g, /《[^《》]{1,60}》/g];
const HARD_BOUNDARY = /[，。；：！？、,;:!?]/;
const FORMULA = /[+＋×*]/;

function skipSpaces(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return i;
}

function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}

function blockedMask(text: string, lexicon: UnitLexicon): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const re of [...NAME_SPANS, ...lexicon.excludes]) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      if (m[0].length > 0) mask.fill(1, m.index, m.index + m[0].length);
    }
  }
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

function matchUnit(text: string, i: number, surfaces: UnitSurface[]): { unit: UnitSurface; end: number } | undefined {
  for (const unit of surfaces) {
    const end = spelledAt(text, i, unit.surface);
    if (end >= 0 && !unit.notFollowedBy.includes(text[skipSpaces(text, end)] ?? '')) return { unit, end };
  }
  return undefined;
}

function startsWithAny(text: string, i: number, words: string[]): string | undefined {
  return words.find((w) => text.startsWith(w, i));
}

/** The numeral at `i`, or 近万/上千 style bare magnitudes (value 1 with 万 kept as multiplier, or 1000 / 100). */
function readNumeral(text: string, i: number, lexicon: UnitLexicon): (Numeral & { bare: boolean }) | null {
  const c = text[i] ?? '';
  if ('万亿千百'.includes(c) && lexicon.approximate.beforeBareMagnitude.includes(text[i - 1] ?? '')) {
    if (c === '万' || c === '亿') return { value: 1, end: i, raw: '', chinese: true, bare: true };
    if (!isNumeralStart(text, i + 1)) return { value: c === '千' ? 1000 : 100, end: i + 1, raw: c, chinese: true, bare: true };
  }
  if (!isNumeralStart(text, i)) return null;
  const n = parseNumeralAt(text, i);
  return n === null ? null : { ...n, bare: false };
}

/** Why a numeral that has a unit is still not a figure: ordinals, formulas, 四个一-style names, glued letters. */
function blockedByContext(text: string, start: number, n: Numeral, lexicon: UnitLexicon): boolean {
  const before = skipSpacesBack(text, start);
  const prev = text[before - 1] ?? '';
  if (lexicon.blockingPrefixes.some((w) => text.endsWith(w, before))) return true;
  if (FORMULA.test(prev) || FORMULA.test(text[skipSpaces(text, n.end)] ?? '')) return true;
  if (!n.chinese && /[0-9A-Za-z.．]/.test(text[start - 1] ?? '')) return true;
  if (!n.chinese && /[A-Za-z]/.test(text[n.end] ?? '')) return true;
  const afterQuote = text[n.end] === '”' ? n.end + 1 : n.end;
  return lexicon.mechanismSuffixes.some((w) => text.startsWith(w, afterQuote));
}

function approximatePrefix(text: string, start: number, lexicon: UnitLexicon): number | null {
  const at = skipSpacesBack(text, start);
  if (lexicon.approximate.beforeExceptions.some((w) => text.endsWith(w, at))) return null;
  const word = lexicon.approximate.before.find((w) => text.endsWith(w, at));
  return word === undefined ? null : at - word.length;
}

/** Reads range, 余/多, multiplier and unit after a numeral; null when no unit follows. */
function readFigure(text: string, start: number, n: Numeral & { bare: boolean }, lexicon: UnitLexicon): Found | null {
  const ax = lexicon.approximate;
  let p = skipSpaces(text, n.end);
  let valueMax: number | undefined;
  const sep = n.bare ? undefined : startsWithAny(text, p, lexicon.rangeSeparators);
  if (sep !== undefined) {
    const q = skipSpaces(text, p + sep.length);
    const upper = isNumeralStart(text, q) ? parseNumeralAt(text, q) : null;
    if (upper !== null && upper.value > n.value) {
      valueMax = upper.value;
      p = skipSpaces(text, upper.end);
    }
  }
  let approximate = n.bare;
  const between = (): void => {
    const word = startsWithAny(text, p, ax.between);
    if (word !== undefined) {
      approximate = true;
      p = skipSpaces(text, p + word.length);
    }
  };
  between();
  const multiplier = startsWithAny(text, p, lexicon.multipliers);
  const afterMultiplier = p + (multiplier?.length ?? 0);
  if (multiplier !== undefined) p = skipSpaces(text, afterMultiplier);
  between();
  const matched = matchUnit(text, p, lexicon.surfaces);
  const unit = matched?.unit;
  if (unit === undefined && multiplier === undefined) return null;
  // A bare 一 is the indefinite article (一个党支部), not a count, unless a range or multiplier makes it numeric.
  if (n.chinese && n.raw === '一' && valueMax === undefined && multiplier === undefined) return null;
  let end = matched === undefined ? afterMultiplier : matched.end;
  // 四个一, 三个一批: a numeral right after the unit makes a slogan, not a count.
  if (unit !== undefined && /[一二两三四五六七八九十]/.test(text[end] ?? '')) return null;
  const tail = startsWithAny(text, skipSpaces(text, end), ax.after);
  if (tail !== undefined) {
    approximate = true;
    end = skipSpaces(text, end) + tail.length;
  }
  const prefix = n.bare ? start - 1 : approximatePrefix(text, start, lexicon);
  const figureStart = prefix ?? start;
  return {
    value: n.value,
    ...(valueMax === undefined ? {} : { valueMax }),
    unit: (multiplier ?? '') + (unit?.unit ?? ''),
    approximate: approximate || prefix !== null,
    text: text.slice(figureStart, end),
    start: figureStart,
    end,
    numberStart: start,
    beforeOnly: unit?.objectBefore ?? false,
  };
}

function clauseStart(text: string, from: number, floor: number): number {
  let depth = 0;
  for (let i = from - 1; i >= floor; i--) {
    const c = text[i] ?? '';
    // 、 inside 中心（所、站） does not end the phrase; an unmatched （ does.
    if (c === '）' || c === ')') depth++;
    else if ((c === '（' || c === '(') && depth > 0) depth--;
    else if (depth === 0 && (HARD_BOUNDARY.test(c) || c === '（' || c === '(')) return i + 1;
  }
  return floor;
}

function clauseEnd(text: string, from: number, ceiling: number): number {
  let depth = 0;
  for (let i = from; i < ceiling; i++) {
    const c = text[i] ?? '';
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (HARD_BOUNDARY.test(c) || c === '）' || c === ')')) return i;
  }
  return ceiling;
}

/**
 * Finds every figure (number + unit) in `text`, in order. Dates, issue numbers, ordinals, list markers, quoted
 * mechanism names (“1+N”) and phone numbers are not figures: they lack a unit or are blocked by units.json.
 * Pure: the same text and lexicon always give the same figures.
 */
export function extractFigures(text: string, units: UnitLexicon): Figure[] {
  const mask = blockedMask(text, units);
  const found: Found[] = [];
  let i = 0;
  while (i < text.length) {
    const n = readNumeral(text, i, units);
    if (n === null) {
      i++;
      continue;
    }
    const usable = !Number.isNaN(n.value) && mask[i] === 0 && !blockedByContext(text, i, n, units);
    const fig = usable ? readFigure(text, i, n, units) : null;
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
    const { numberStart: _n, beforeOnly: _b, ...figure } = f;
    return { ...figure, object };
  });
}
