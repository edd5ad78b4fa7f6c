/**
 * What the full-text indexes hold and how a query reaches them. A text is cut into runs of unit characters (no
 * whitespace, no punctuation: what a search unit is made of); each run gives its character bigrams and then its last
 * character alone, as tokens of base-36 code points, four digits each (so no tokenizer folds case or splits a symbol).
 * Then:
 *  - a unit of two or more characters occurs in a text exactly where the phrase of its bigrams does (a run's last
 *    token is a single character, so no phrase of bigrams spans two runs), and each occurrence is one phrase instance;
 *  - a one-character unit occurs exactly where a token starts with it (a prefix query), once per occurrence.
 * So FTS5 finds the contract's matches exactly and counts their occurrences; no word segmentation is needed to search.
 * Indexing writes the tokens' bytes straight into a buffer: at 100k practices this runs over 76 M characters.
 */

const DIGITS = 4;
const BASE = 36;
const SPACE = 0x20;

/** Base-36 digits of every BMP code unit, and whether it separates runs (whitespace or punctuation). */
const codeDigits = new Uint8Array(0x10000 * DIGITS);
const separates = new Uint8Array(0x10000);
const SEPARATOR = /[\s\p{P}]/u;
for (let unit = 0; unit < 0x10000; unit++) {
  writeDigits(codeDigits, unit * DIGITS, unit);
  // Lone surrogates are neither: a pair is one astral character, handled where it is met.
  if (unit < 0xd800 || unit > 0xdfff) separates[unit] = SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 0;
}

function writeDigits(into: Uint8Array, at: number, codePoint: number): void {
  let rest = codePoint;
  for (let d = DIGITS - 1; d >= 0; d--) {
    const digit = rest % BASE;
    into[at + d] = digit < 10 ? 0x30 + digit : 0x57 + digit;
    rest = Math.floor(rest / BASE);
  }
}

/** The index tokens of one field's values, space-separated, as the FTS5 `ascii` tokenizer reads them. */
export function indexTokens(values: readonly string[]): string {
  const chunks: string[] = [];
  for (const value of values) {
    // At most two code points and a space per UTF-16 unit.
    const out = new Uint8Array(value.length * (2 * DIGITS + 1) + DIGITS + 1);
    let at = 0;
    let previous = -1;
    for (let i = 0; i < value.length; i++) {
      let point = value.charCodeAt(i);
      if (point >= 0xd800 && point <= 0xdbff && i + 1 < value.length) {
        point = value.codePointAt(i) as number;
        i++;
      }
      const isBreak = point < 0x10000 ? separates[point] === 1 : SEPARATOR.test(String.fromCodePoint(point));
      if (isBreak) {
        // The run ended: its last character alone.
        if (previous >= 0) at = putSpace(out, putPoint(out, at, previous));
        previous = -1;
        continue;
      }
      if (previous >= 0) at = putSpace(out, putPoint(out, putPoint(out, at, previous), point));
      previous = point;
    }
    if (previous >= 0) at = putSpace(out, putPoint(out, at, previous));
    if (at > 0) chunks.push(Buffer.from(out.buffer, 0, at - 1).toString('latin1'));
  }
  return chunks.join(' ');
}

function putSpace(out: Uint8Array, at: number): number {
  out[at] = SPACE;
  return at + 1;
}

function putPoint(out: Uint8Array, at: number, point: number): number {
  if (point >= 0x10000) {
    writeDigits(out, at, point);
    return at + DIGITS;
  }
  const from = point * DIGITS;
  out[at] = codeDigits[from] as number;
  out[at + 1] = codeDigits[from + 1] as number;
  out[at + 2] = codeDigits[from + 2] as number;
  out[at + 3] = codeDigits[from + 3] as number;
  return at + DIGITS;
}

function token(points: readonly number[]): string {
  const out = new Uint8Array(points.length * DIGITS);
  points.forEach((p, k) => putPoint(out, k * DIGITS, p));
  return Buffer.from(out).toString('latin1');
}

/** One unit as an FTS5 phrase: its bigram tokens in order, or a prefix query for a single character. */
export function unitPhrase(unit: string): string {
  const points = Array.from(unit, (c) => c.codePointAt(0) as number);
  if (points.length === 1) return `"${token(points)}"*`;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) bigrams.push(token(points.slice(i, i + 2)));
  return `"${bigrams.join(' ')}"`;
}

/** The MATCH expression of a query: any unit. Built from base-36 tokens only, never from the user's text itself. */
export function matchExpression(units: readonly string[]): string {
  return units.map(unitPhrase).join(' OR ');
}
