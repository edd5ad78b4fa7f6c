/** Reads Chinese numerals as written in bulletins (三十七, 一百零八, 二〇二三) into numbers. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
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
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Returns null when the string is not a numeral. Digit-by-digit forms (二〇二三) are read positionally. */
export function parseChineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || ![...text].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...text].some((c) => c in UNITS)) {
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const c of text) {
    const unit = UNITS[c];
    if (unit === undefined) {
      digit = DIGITS[c] ?? 0;
    } else {
      total += (digit === 0 && unit === 10 ? 1 : digit) * unit;
      digit = 0;
    }
  }
  return total + digit;
}
