/**
 * Pinyin search over names: `sbd` (initials), `shuangbaodao` (full pinyin) and mixes such as `shuangbd` find 双报到.
 * Every reading of a polyphonic character is tried (都 in 文都 reads du, not dou). Loaded lazily by the search box,
 * because pinyin-pro's dictionary is the largest part of the client.
 */
import { pinyin } from 'pinyin-pro';

/** A name prepared for matching: for each character, its possible syllables (or the character itself). */
export interface PinyinKey {
  name: string;
  options: string[][];
}

export interface PinyinMatch {
  /** Matched characters [start, end) of the name. */
  start: number;
  end: number;
  /** Higher is better: a match at the start of the name and one that covers more of it rank first. */
  score: number;
}

export function pinyinKey(name: string): PinyinKey {
  const chars = Array.from(name);
  const contextual = pinyin(name, { toneType: 'none', type: 'array', v: true });
  // pinyin-pro yields one item per character; if a future version merges some, fall back to per-character readings.
  const aligned = contextual.length === chars.length;
  const options = chars.map((char, i) => {
    const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
    const first = aligned ? contextual[i] : undefined;
    return [...new Set([first, ...readings].filter((s): s is string => !!s).map((s) => s.toLowerCase()))];
  });
  return { name, options };
}

export function matchPinyin(key: PinyinKey, query: string): PinyinMatch | null {
  const q = query.toLowerCase().replace(/[\s']/g, '');
  if (q === '') return null;
  const length = key.options.length;
  for (let start = 0; start < length; start++) {
    if (!key.options[start]!.some(isLetterOrDigit)) continue;
    const end = matchFrom(key.options, start, q, 0);
    if (end !== null) return { start, end, score: (start === 0 ? 1 : 0) + (end - start) / length };
  }
  return null;
}

/** The end (exclusive) of a match of q[qi..] beginning at character i, or null. */
function matchFrom(options: string[][], i: number, q: string, qi: number): number | null {
  if (qi === q.length) return i;
  if (i === options.length) return null;
  const readings = options[i]!;
  if (!readings.some(isLetterOrDigit)) return matchFrom(options, i + 1, q, qi);
  const rest = q.slice(qi);
  for (const syllable of readings) {
    if (rest.startsWith(syllable)) {
      const end = matchFrom(options, i + 1, q, qi + syllable.length);
      if (end !== null) return end;
    }
    if (syllable.startsWith(rest)) return i + 1;
    if (syllable[0] === rest[0]) {
      const end = matchFrom(options, i + 1, q, qi + 1);
      if (end !== null) return end;
    }
  }
  return null;
}

function isLetterOrDigit(reading: string): boolean {
  return /^[a-z0-9]+$/.test(reading);
}
