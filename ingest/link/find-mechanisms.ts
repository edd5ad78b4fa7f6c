/** Finds governance-mechanism mentions in a text: curated lexicon names/aliases/patterns first, then discovered names. */
import type { Span } from '../types';
import { discoverMechanisms } from './discover-mechanisms';
import type { MechanismCandidate, MechanismLexicon, MechanismVia } from './mechanism-lexicon';

/** One mention. Offsets are UTF-16 indexes into the text given to findMechanisms; `text.slice(start, end) === surface`. */
export interface MechanismMention {
  /** Canonical name: the lexicon name when curated, the normalized discovered name otherwise. */
  name: string;
  surface: string;
  start: number;
  end: number;
  via: MechanismVia;
  curated: boolean;
  category: string | null;
  /** The sentence containing the mention (delimited by 。！？； and line breaks), for evidence. */
  sentence: Span;
}

const OPENERS = '“「『';
const CLOSERS = '”」』';
const SENTENCE_END = '。！？；!?;';
const VIA_RANK: Record<MechanismVia, number> = { lexicon: 0, pattern: 1, quoted: 2, numeric: 3, suffix: 4 };

function curatedCandidates(text: string, lexicon: MechanismLexicon): MechanismCandidate[] {
  const out: MechanismCandidate[] = [];
  const make = (entry: number, start: number, end: number, via: MechanismVia): MechanismCandidate | null => {
    const e = lexicon.entries[entry];
    return e === undefined ? null : { name: e.name, start, end, via, curated: true, category: e.category };
  };
  // One pass of the trie over the text: cost grows with text length, not with the number of aliases.
  for (let i = 0; i < text.length; i++) {
    const m = lexicon.matchAt(text, i);
    const c = m === null ? null : make(m.entry, i, m.end, 'lexicon');
    if (c !== null) out.push(c);
  }
  const re = lexicon.combinedPattern;
  if (re === null) return out;
  // The combined regex finds where some pattern matches; each pattern is then tried there, so the longest one wins.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (const p of lexicon.patterns) {
      p.sticky.lastIndex = m.index;
      const hit = p.sticky.exec(text);
      const c = hit === null || hit[0] === '' ? null : make(p.entry, m.index, m.index + hit[0].length, 'pattern');
      if (c !== null) out.push(c);
    }
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Widens a span over one quote mark so the surface is balanced (在职党员“双报到 → 在职党员“双报到”). */
function balance(text: string, c: MechanismCandidate): MechanismCandidate {
  const surface = text.slice(c.start, c.end);
  const opens = [...surface].filter((ch) => OPENERS.includes(ch)).length;
  const closes = [...surface].filter((ch) => CLOSERS.includes(ch)).length;
  if (closes > opens && OPENERS.includes(text.charAt(c.start - 1))) return { ...c, start: c.start - 1 };
  if (opens > closes && CLOSERS.includes(text.charAt(c.end))) return { ...c, end: c.end + 1 };
  return c;
}

/** Longest first (then leftmost, then the more trusted rule); a candidate overlapping an accepted one is dropped. */
function pick(candidates: MechanismCandidate[], taken: Uint8Array): MechanismCandidate[] {
  const sorted = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const kept: MechanismCandidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

function sentenceAt(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && !SENTENCE_END.includes(text.charAt(s - 1)) && text.charAt(s - 1) !== '\n' && text.charAt(s - 1) !== '\r') s--;
  while (s < start && /\s/.test(text.charAt(s))) s++;
  let e = end;
  while (e < text.length && !SENTENCE_END.includes(text.charAt(e)) && text.charAt(e) !== '\n' && text.charAt(e) !== '\r') e++;
  if (e < text.length && SENTENCE_END.includes(text.charAt(e))) e++;
  return { start: s, end: e };
}

/**
 * Returns the mechanism mentions in `text`, sorted by start, never overlapping. Curated mentions (lexicon names and
 * aliases, longest match; lexicon patterns) take precedence; discovered ones (quoted names, suffix names such as
 * 党支部联系点制度, numeric names such as 1314工作模式 or 8+3) fill the remaining text. Pure: same input, same output.
 */
export function findMechanisms(text: string, lexicon: MechanismLexicon): MechanismMention[] {
  const taken = new Uint8Array(text.length);
  const kept = pick(curatedCandidates(text, lexicon).map((c) => balance(text, c)), taken);
  kept.push(...pick(discoverMechanisms(text, lexicon.discovery, taken).map((c) => balance(text, c)), taken));
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ ...c, surface: text.slice(c.start, c.end), sentence: sentenceAt(text, c.start, c.end) }));
}
