/** Reads one Arabic or Chinese numeral at a position: the number-recognition half of figure extraction. */

/** A numeral found in text. `end` is exclusive; `raw` is the text as written. */
export interface Numeral {
  value: number;
  end: number;
  raw: string;
  chinese: boolean;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_CHARS = /[零〇一二两三四五六七八九十百千]/;
// Well-formed numerals below 10 000 (万 and 亿 are multipliers kept in the unit). Runs such as 七一, 二〇二三, 两三 fail
// on purpose: they are names, years or vague amounts, not counts.
const CN_GRAMMAR = /^(?:([一二两三四五六七八九])千)?(?:零?([一二两三四五六七八九])百)?(?:零?([一二两三四五六七八九])?(十))?(?:零?([一二三四五六七八九]))?$/;
const ARABIC = /^[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/;

function halfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function chineseValue(run: string): number | null {
  if (run === '两') return 2; // 两 counts alone (两次) but is not a units digit inside a numeral (十两 is a weight)
  const m = CN_GRAMMAR.exec(run);
  if (m === null || run.length === 0) return null;
  const [, thousands, hundreds, tensDigit, ten, units] = m;
  const digit = (c: string | undefined): number => (c === undefined ? 0 : CN_DIGIT[c] ?? 0);
  const tens = ten === undefined ? 0 : tensDigit === undefined ? 1 : digit(tensDigit);
  return digit(thousands) * 1000 + digit(hundreds) * 100 + tens * 10 + digit(units);
}

/** True when a numeral can start at `text[i]`. */
export function isNumeralStart(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && (/[0-9０-９]/.test(c) || CN_CHARS.test(c));
}

/**
 * Parses the numeral starting at `i`. For Chinese the whole run of numeral characters must be well formed; on failure
 * it returns `{ value: NaN, end }` so the caller can skip the run instead of re-reading its tail (三 inside 二〇二三).
 * Returns null when no numeral starts at `i`.
 */
export function parseNumeralAt(text: string, i: number): Numeral | null {
  const rest = text.slice(i, i + 40);
  const arabic = ARABIC.exec(rest);
  if (arabic !== null) {
    const raw = arabic[0];
    return { value: Number(halfWidth(raw).replace(/,/g, '')), end: i + raw.length, raw, chinese: false };
  }
  let end = i;
  while (end < text.length && CN_CHARS.test(text[end] ?? '')) end++;
  if (end === i) return null;
  const raw = text.slice(i, end);
  const value = chineseValue(raw);
  return { value: value ?? NaN, end, raw, chinese: true };
}
