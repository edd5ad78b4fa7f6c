/** Character classes for figure extraction, tested by char code: these run at every numeral and clause character. */
import { isSpace } from '../../clean/space-code';
import { isChineseNumeralCode, isDigitCode } from '../text-reading/parse-numeral';

export const isFormula = (c: number): boolean => c === 0x2b || c === 0xff0b || c === 0xd7 || c === 0x2a; // + ＋ × *
export const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** CJK ideographs (extension A and the basic block). */
export const isHanCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
export const isMagnitude = (c: number): boolean => c === 0x4e07 || c === 0x4ebf || c === 0x5343 || c === 0x767e; // 万亿千百
// A numeral right after a unit turns the figure into a slogan (四个一).
const COUNT_DIGIT = new Set([...'一二两三四五六七八九十'].map((c) => c.charCodeAt(0)));
export const isCountDigit = (c: number): boolean => COUNT_DIGIT.has(c);
// ，。；：！？、,;:!? end the clause a figure's object is read from; a table, as clauses are walked char by char.
const HARD_BOUNDARY = new Uint8Array(0x10000);
for (const c of '，。；：！？、,;:!?') HARD_BOUNDARY[c.charCodeAt(0)] = 1;
export const isHardBoundary = (c: number): boolean => HARD_BOUNDARY[c] === 1;

/** Characters at which a figure's number can start: digits, Chinese numerals, and 万/亿 of 近万-style magnitudes. */
export const NUMBER_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isDigitCode(c) || isChineseNumeralCode(c)) NUMBER_START[c] = 1;
NUMBER_START['万'.charCodeAt(0)] = 1;
NUMBER_START['亿'.charCodeAt(0)] = 1;

/** First non-space offset at or after `i`. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character before `i`. */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** （ ( and ） ): brackets keep 中心（所、站） one phrase. */
const LEFT_PAREN = 0xff08; // （
const RIGHT_PAREN = 0xff09; // ）
export const isOpen = (c: number): boolean => c === LEFT_PAREN || c === 0x28;
export const isClose = (c: number): boolean => c === RIGHT_PAREN || c === 0x29;
