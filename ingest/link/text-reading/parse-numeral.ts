/** Reads one Arabic or Chinese numeral at a position: the number-recognition half of figure extraction. */

/** A numeral found in text. `end` is exclusive; `raw` is the text as written. */
export interface Numeral {
  value: number;
  end: number;
  raw: string;
  chinese: boolean;
}

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
// Well-formed numerals below 10 000 (万 and 亿 are multipliers kept in the unit). Runs such as 七一, 二〇二三, 两三 fail
// on purpose: they are names, years or vague amounts, not counts.
const CN_GRAMMAR =
  /^(?:([一二两三四五六七八九])千)?(?:零?([一二两三四五六七八九])百)?(?:零?([一二两三四五六七八九])?(十))?(?:零?([一二三四五六七八九]))?$/;
// An Arabic numeral is read within this many characters of its start (a run of page-long digits is not a count).
const ARABIC_WINDOW = 40;

/** Characters a Chinese numeral is made of; indexed by char code because this is tested at every text position. */
const CN_CHAR = new Uint8Array(0x10000);
for (const c of '零〇一二两三四五六七八九十百千') CN_CHAR[c.charCodeAt(0)] = 1;

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** 0-9 or fullwidth ０-９. */
export const isDigitCode = (code: number): boolean => isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
/** A character of a Chinese numeral (零〇一二两三四五六七八九十百千). */
export const isChineseNumeralCode = (code: number): boolean => CN_CHAR[code] === 1;

function halfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function chineseValue(run: string): number | null {
  if (run === '两') return 2; // 两 counts alone (两次) but is not a units digit inside a numeral (十两 is a weight)
  const m = CN_GRAMMAR.exec(run);
  if (m === null || run.length === 0) return null;
  const [, thousands, hundreds, tensDigit, ten, units] = m;
  const digit = (c: string | undefined): number => (c === undefined ? 0 : (CN_DIGIT[c] ?? 0));
  const tens = ten === undefined ? 0 : tensDigit === undefined ? 1 : digit(tensDigit);
  return digit(thousands) * 1000 + digit(hundreds) * 100 + tens * 10 + digit(units);
}

/** True when a numeral can start at `text[i]`. */
export function isNumeralStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isDigitCode(code) || CN_CHAR[code] === 1;
}

/**
 * End of the Arabic numeral at `i` (digits, `,ddd` groups, one decimal part), read within ARABIC_WINDOW characters;
 * `i` when none starts there. Same reading as /^[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/ on that window.
 */
function arabicEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + ARABIC_WINDOW);
  let p = i;
  while (p < limit && isDigitCode(text.charCodeAt(p))) p++;
  if (p === i) return i;
  while (
    p + 3 < limit &&
    text.charCodeAt(p) === 0x2c && // ,
    isAsciiDigit(text.charCodeAt(p + 1)) &&
    isAsciiDigit(text.charCodeAt(p + 2)) &&
    isAsciiDigit(text.charCodeAt(p + 3))
  ) {
    p += 4;
  }
  const dot = text.charCodeAt(p);
  if (p + 1 < limit && (dot === 0x2e || dot === 0xff0e) && isDigitCode(text.charCodeAt(p + 1))) {
    p += 2;
    while (p < limit && isDigitCode(text.charCodeAt(p))) p++;
  }
  return p;
}

/** Plain ASCII digits need no normalisation; anything else goes through the full-width and comma rewrite. */
function arabicValue(raw: string): number {
  for (let k = 0; k < raw.length; k++) {
    if (!isAsciiDigit(raw.charCodeAt(k))) return Number(halfWidth(raw).replace(/,/g, ''));
  }
  return Number(raw);
}

/**
 * Parses the numeral starting at `i`. For Chinese the whole run of numeral characters must be well formed; on failure
 * it returns `{ value: NaN, end }` so the caller can skip the run instead of re-reading its tail (三 inside 二〇二三).
 * Returns null when no numeral starts at `i`.
 */
export function parseNumeralAt(text: string, i: number): Numeral | null {
  const arabic = arabicEnd(text, i);
  if (arabic > i) {
    const raw = text.slice(i, arabic);
    return { value: arabicValue(raw), end: arabic, raw, chinese: false };
  }
  let end = i;
  while (end < text.length && CN_CHAR[text.charCodeAt(end)] === 1) end++;
  if (end === i) return null;
  const raw = text.slice(i, end);
  const value = chineseValue(raw);
  return { value: value ?? NaN, end, raw, chinese: true };
}
