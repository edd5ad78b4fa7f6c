/** Finds governance-mechanism mentions in a text: curated lexicon names/aliases/patterns first, then discovered names. */
import type { Span } from '../../types';
import { sentenceSpan } from '../text-reading/sentence-span';
import { discoverMechanisms } from './discover-mechanisms';
import { findShapedNames } from './find-shaped-names';
import { patternHits } from './mechanism-pattern-scan';
import { resolveCuratedParts } from './resolve-curated-parts';
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
  /** Another form of the name this mention gives (the chain a level name counts: 五级组织体系 ← 街道党工委—…). */
  alias?: string;
}

export interface MechanismsToFind {
  text: string;
  lexicon: MechanismLexicon;
  /** Where the practice's title (its headline) is in the text: the names it quotes are presented as the practice's own. */
  title?: Span | null;
}

const VIA_RANK: Record<MechanismVia, number> = {
  lexicon: 0,
  overlay: 0,
  pattern: 1,
  chain: 2,
  cadence: 3,
  sequence: 4,
  compound: 5,
  count: 6,
  level: 7,
  quoted: 8,
  numeric: 9,
  suffix: 10,
};

function curatedCandidates(text: string, lexicon: MechanismLexicon): MechanismCandidate[] {
  const out: MechanismCandidate[] = [];
  const make = (entry: number, start: number, end: number, via: MechanismVia): MechanismCandidate | null => {
    const e = lexicon.entries[entry];
    return e === undefined
      ? null
      : {
          name: e.name,
          start,
          end,
          via: via === 'lexicon' && e.fromOverlay === true ? 'overlay' : via,
          curated: true,
          category: e.category,
        };
  };
  // One pass of the trie over the text: cost grows with text length, not with the number of aliases.
  if (lexicon.matchAll !== undefined) {
    const hits = lexicon.matchAll(text);
    for (let k = 0; k < hits.length; k += 3) {
      const c = make(hits[k + 1] as number, hits[k] as number, hits[k + 2] as number, 'lexicon');
      if (c !== null) out.push(c);
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const m = lexicon.matchAt(text, i);
      const c = m === null ? null : make(m.entry, i, m.end, 'lexicon');
      if (c !== null) out.push(c);
    }
  }
  if (lexicon.combinedPattern === null) return out; // no patterns
  // Where some pattern matches, each pattern matching there is a candidate, so the longest one wins in pick().
  for (const h of patternHits(text, lexicon.patterns)) {
    const c = make(h.entry, h.start, h.end, 'pattern');
    if (c !== null) out.push(c);
  }
  return out;
}

const isOpener = (c: number): boolean => c === 0x201c || c === 0x300c || c === 0x300e;
const isCloser = (c: number): boolean => c === 0x201d || c === 0x300d || c === 0x300f;

/**
 * Widens a span over one quote mark so the surface is balanced (在职党员“双报到 → 在职党员“双报到”). Past either end
 * of the text (charCodeAt gives NaN) counts as a quote mark, as `'“「『'.includes('')` did in the first version; such
 * a span then reaches index -1 or text.length, which `taken` lacks, so pick() drops it. Kept for identical outputs.
 */
function balance(text: string, c: MechanismCandidate): MechanismCandidate {
  let opens = 0;
  let closes = 0;
  for (let k = c.start; k < c.end; k++) {
    const ch = text.charCodeAt(k);
    if (isOpener(ch)) opens++;
    else if (isCloser(ch)) closes++;
  }
  const before = text.charCodeAt(c.start - 1);
  const after = text.charCodeAt(c.end);
  if (closes > opens && (before !== before || isOpener(before))) return copy(c, c.start - 1, c.end);
  if (opens > closes && (after !== after || isCloser(after))) return copy(c, c.start, c.end + 1);
  return c;
}

// Object literals with a fixed key order instead of spreads: faster, and JSON output keeps its key order.
const copy = (c: MechanismCandidate, start: number, end: number): MechanismCandidate =>
  c.alias === undefined
    ? { name: c.name, start, end, via: c.via, curated: c.curated, category: c.category }
    : { name: c.name, start, end, via: c.via, curated: c.curated, category: c.category, alias: c.alias };

/** Longest first (then leftmost, then the more trusted rule); a candidate overlapping an accepted one is dropped. */
function pick(candidates: MechanismCandidate[], taken: Uint8Array): MechanismCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || VIA_RANK[a.via] - VIA_RANK[b.via],
  );
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

/**
 * The shaped names that stand beside the curated mentions (already picked, marked in `curated`): one mostly (more than
 * half) made of curated mentions gives way to them (“居民点单、组织下单、党员接单”服务体系 is 点单派单接单), and so does one
 * that cuts into a curated mention it does not wholly hold; one that holds curated mentions is kept beside them (a
 * chain holding 网格党支部 and 单元党员中心户 is its own mechanism, and they are theirs). Coverage is read from prefix
 * sums, holding from the curated mentions' edges: linear in the text.
 */
function besideCurated(shaped: MechanismCandidate[], kept: MechanismCandidate[], length: number): MechanismCandidate[] {
  if (shaped.length === 0 || kept.length === 0) return shaped;
  const sums = new Uint32Array(length + 1);
  const mask = new Uint8Array(length);
  // Who owns each covered position, so a shaped name's two ends can tell whether they fall inside a curated mention.
  const owner = new Int32Array(length).fill(-1);
  kept.forEach((c, i) => {
    const from = Math.max(0, c.start);
    const to = Math.min(length, c.end);
    mask.fill(1, from, to);
    owner.fill(i, from, to);
  });
  for (let k = 0; k < length; k++) sums[k + 1] = (sums[k] as number) + (mask[k] as number);
  const cuts = (c: MechanismCandidate): boolean => {
    const first = c.start >= 0 && c.start < length ? (owner[c.start] as number) : -1;
    const last = c.end > 0 && c.end <= length ? (owner[c.end - 1] as number) : -1;
    return (
      (first >= 0 && (kept[first] as MechanismCandidate).start < c.start) ||
      (last >= 0 && (kept[last] as MechanismCandidate).end > c.end)
    );
  };
  return shaped.filter((c) => 2 * ((sums[c.end] as number) - (sums[c.start] as number)) <= c.end - c.start && !cuts(c));
}

/** A name of digits and operators only (1+4, 8+3) names nothing by itself. */
const NUMBERS_ONLY = /^[0-9A-Za-z+＋×*.]*[0-9][0-9A-Za-z+＋×*.]*$/;

/**
 * “1+4” alone is the mechanism whose full name it opens (“1+4”工作法 elsewhere in the text): it becomes a mention of
 * that name; without one it is dropped, never a mechanism of its own.
 */
function resolveNumberNames(kept: MechanismCandidate[]): MechanismCandidate[] {
  if (!kept.some((c) => NUMBERS_ONLY.test(c.name))) return kept;
  const named = kept.filter((c) => !NUMBERS_ONLY.test(c.name));
  return kept.flatMap((c) => {
    if (!NUMBERS_ONLY.test(c.name)) return [c];
    const owner = named.find((o) => o.name.length > c.name.length && o.name.startsWith(c.name));
    return owner === undefined
      ? []
      : [
          {
            name: owner.name,
            start: c.start,
            end: c.end,
            via: c.via,
            curated: owner.curated,
            category: owner.category,
          },
        ];
  });
}

/** The researchers' overlay: rejected names are dropped, renamed (merged) ones take their new name. */
function applyOverrides(kept: MechanismCandidate[], lexicon: MechanismLexicon): MechanismCandidate[] {
  const { rejected, renamed } = lexicon.overrides;
  if (rejected.size === 0 && renamed.size === 0) return kept;
  const entries = new Map(lexicon.entries.map((e) => [e.name, e]));
  return kept.flatMap((c) => {
    if (rejected.has(c.name)) return [];
    const to = renamed.get(c.name);
    if (to === undefined || rejected.has(to)) return to === undefined ? [c] : [];
    const entry = entries.get(to);
    return [
      {
        name: to,
        start: c.start,
        end: c.end,
        via: c.via,
        curated: entry !== undefined,
        category: entry?.category ?? null,
      },
    ];
  });
}

/**
 * Returns the mechanism mentions in `text`, sorted by start. Curated mentions (lexicon names and aliases; lexicon
 * patterns) never overlap one another, longest first. Shaped names (chains, lists, cadences, compounds, counted names,
 * levels) never suppress a curated mention: one may hold curated mentions (a chain of named roles), and is then kept
 * beside them — the only overlap among mentions — while one mostly made of them, or cutting into one, gives way.
 * Discovered ones (quoted names, suffix names such as 党支部联系点制度, numeric names such as 1314工作模式) fill the
 * remaining text; a name the title quotes is one (see title-quotes). A bare number formula (“1+4”) joins the full
 * name it opens or is dropped; a quoted part of a curated list-shaped mention (“街巷吹哨”) is that mechanism; the
 * overlay's rejections and renames apply last. Pure: same input, same output.
 */
export function findMechanisms(input: MechanismsToFind): MechanismMention[] {
  const { text, lexicon } = input;
  const title = input.title ?? null;
  const taken = new Uint8Array(text.length);
  const curated = pick(
    curatedCandidates(text, lexicon).map((c) => balance(text, c)),
    taken,
  );
  const shaped = besideCurated(
    findShapedNames({ text, rules: lexicon.discovery, title }).map((c) => balance(text, c)),
    curated,
    text.length,
  );
  const kept = [...curated, ...pick(shaped, new Uint8Array(text.length))];
  for (const c of kept) taken.fill(1, Math.max(0, c.start), Math.min(text.length, c.end));
  kept.push(
    ...pick(
      discoverMechanisms({ text, rules: lexicon.discovery, taken, title }).map((c) => balance(text, c)),
      taken,
    ),
  );
  return applyOverrides(resolveCuratedParts(resolveNumberNames(kept), text), lexicon)
    .sort((a, b) => a.start - b.start)
    .map((c): MechanismMention => {
      const mention: MechanismMention = {
        name: c.name,
        start: c.start,
        end: c.end,
        via: c.via,
        curated: c.curated,
        category: c.category,
        surface: text.slice(c.start, c.end),
        sentence: sentenceSpan(text, c),
      };
      if (c.alias !== undefined) mention.alias = c.alias;
      return mention;
    });
}
