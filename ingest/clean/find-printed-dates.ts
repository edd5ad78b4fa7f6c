/**
 * Finds calendar dates in the forms Chinese documents print them — 2023年12月12日, 二〇二二年九月八日,
 * 2024-03-07 09:12:45, 2023.12.12, 2023/12/12, (2025-11-20), 2021年05月14日 10:30 — and validates them
 * (2023-02-30 is no date). A clock time right after a date belongs to it, so a line's date-and-time reads as one.
 */
import { parseChineseNumeral } from '../structure/chinese-numerals';

export interface PrintedDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** Where the date (with its clock time, when one follows) is printed. */
  start: number;
  end: number;
}

const HAN_DIGIT = '[0-9０-９一二三四五六七八九十零〇○Ｏ]';
const HAN_DATE = new RegExp(
  `(${HAN_DIGIT}{4})\\s*年\\s*(${HAN_DIGIT}{1,3})\\s*月\\s*(${HAN_DIGIT}{1,3})\\s*[日号]`,
  'g',
);
/** One separator used twice (2023.12.12, not 2023.12/12); no digit or decimal point around it (1.2023.1 is no date). */
const NUMERIC_DATE = /(?<![0-9０-９.．])((?:19|20)\d{2})([-./－．／])(\d{1,2})\2(\d{1,2})(?![0-9０-９]|[.．][0-9])/g;
const CLOCK = /^\s*(?:[T ]\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/;

export function findPrintedDates(text: string): PrintedDate[] {
  const found: PrintedDate[] = [];
  for (const re of [HAN_DATE, NUMERIC_DATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const numeric = re === NUMERIC_DATE;
      const iso = isoDate({
        year: m[1] ?? '',
        month: (numeric ? m[3] : m[2]) ?? '',
        day: (numeric ? m[4] : m[3]) ?? '',
      });
      if (iso === null) continue;
      const end = m.index + m[0].length;
      const clock = CLOCK.exec(text.slice(end, end + 12));
      found.push({ iso, start: m.index, end: end + (clock ? clock[0].length : 0) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first valid date printed in `text`, or null. */
export function firstPrintedDate(text: string): string | null {
  return findPrintedDates(text)[0]?.iso ?? null;
}

/** A year, month and day as printed (Arabic, full-width or Chinese numerals) → YYYY-MM-DD, or null when no such day exists. */
export function isoDate(printed: { year: string; month: string; day: string }): string | null {
  const [year, month, day] = [printed.year, printed.month, printed.day].map((part) =>
    parseChineseNumeral(toAsciiDigits(part)),
  );
  if (year == null || month == null || day == null || year < 1900 || year > 2099) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/Ｏ/g, '〇');
}
