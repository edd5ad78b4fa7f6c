/** Reads a locality phrase as a descending chain of gazetteer names: 酒泉市金塔县 → [酒泉市][金塔县], 吉林安图县 → [吉林][安图县]. */
import type { Gazetteer, GazetteerEntry, NameMatch, NameMatchKind } from './gazetteer';
import type { LocalityLevel } from './locality-levels';
import type { LocalityWords } from './locality-words';

export interface PhraseSegment {
  surface: string;
  /** Offsets in the text that was read. */
  start: number;
  end: number;
  /** Entries the surface can denote here, already consistent with the segments around it. */
  matches: NameMatch[];
}

export interface PhraseReading {
  segments: PhraseSegment[];
  /** Offset just after the last segment (= `start` when nothing matched); the rest is the residue. */
  end: number;
}

export interface PhraseToSegment {
  text: string;
  gazetteer: Gazetteer;
  levels: readonly LocalityLevel[];
  /** Where to start reading; the first segment must begin exactly there. */
  start?: number;
  /** Match kinds allowed for the first segment (free text: only official names and aliases, never bare short names). */
  firstKinds?: readonly NameMatchKind[];
  /**
   * Phrases only: a generic name (城区, 经济开发区) may open the reading when a child name follows (城区上站街道) or when
   * it is a direct child of this locality (the bulletin region: 城区 in 阳泉组工信息). Free text never allows it.
   */
  genericUnder?: GazetteerEntry | null | 'followed-only';
  /** Minimum length of the first segment (free text: 成县 in 形成县委, 范县 in 示范县 are word parts). */
  minFirstLength?: number;
}

/** True when `ancestor` is a strict ancestor of `entry`. */
function isAncestor(gazetteer: Gazetteer, ancestor: GazetteerEntry, entry: GazetteerEntry): boolean {
  return gazetteer.chain(entry.code).some((e, i) => i > 0 && e.code === ancestor.code);
}

/** Official names and aliases beat short names of the same surface (吉林市 is the city, not 吉林 + 市). */
function preferFull(matches: NameMatch[]): NameMatch[] {
  const full = matches.filter((m) => m.kind !== 'short');
  return full.length > 0 ? full : matches;
}

/**
 * Greedy longest-match reading from `start`. Each further segment must be a descendant of the previous one, so a
 * following word that happens to be a name elsewhere (千秋街道|上城 → 杭州上城区) ends the reading instead of joining it.
 * Generic names (城区, 街道, 开发区) need a named parent, a named child, or the region (see `genericUnder`).
 */
export function segmentLocalityPhrase(options: PhraseToSegment): PhraseReading {
  const { text, gazetteer } = options;
  const start = options.start ?? 0;
  const maxLength = gazetteer.maxSurfaceLength(options.levels);
  const segments: PhraseSegment[] = [];
  let pos = start;
  let previous: GazetteerEntry[] | null = null;
  /** Whether some name starts at `at` (then 乡/镇 there opens the next name: 山西|乡宁, 吉林|镇赉). */
  const startsName = (at: number): boolean => {
    for (let len = Math.min(maxLength, text.length - at); len >= 2; len -= 1) {
      if (gazetteer.match(text.slice(at, at + len), options.levels).length > 0) return true;
    }
    return false;
  };
  const { generic: genericNames, lowerSuffixes } = gazetteer.words;
  let generic = false; // the first segment is a generic name still waiting for a child to confirm it
  while (pos < text.length) {
    let found: PhraseSegment | null = null;
    for (let len = Math.min(maxLength, text.length - pos); len >= 2 && !found; len -= 1) {
      const surface = text.slice(pos, pos + len);
      let matches = gazetteer.match(surface, options.levels);
      if (matches.length === 0) continue;
      if (previous) {
        const parents = previous;
        matches = matches.filter((m) => parents.some((p) => isAncestor(gazetteer, p, m.entry)));
      } else {
        const { firstKinds, minFirstLength = 2, genericUnder } = options;
        if (genericNames.has(surface) && genericUnder === undefined) continue;
        matches = matches.filter((m) => len >= minFirstLength && (!firstKinds || firstKinds.includes(m.kind)));
        if (genericNames.has(surface) && genericUnder && genericUnder !== 'followed-only') {
          const under = matches.filter((m) => m.entry.parentCode === genericUnder.code);
          if (under.length > 0) matches = under;
          else generic = true;
        } else if (genericNames.has(surface)) generic = true;
      }
      if (lowerSuffixes.some((w) => text.startsWith(w, pos + len)) && !startsName(pos + len)) {
        matches = matches.filter((m) => m.kind !== 'short');
      }
      matches = preferFull(matches);
      if (matches.length > 0) found = { surface, start: pos, end: pos + len, matches };
    }
    if (!found) break;
    segments.push(found);
    previous = found.matches.map((m) => m.entry);
    pos = found.end;
  }
  if (generic && segments.length === 1) return { segments: [], end: start };
  // Narrow earlier segments to the ancestors of what followed (吉林 → 吉林省, not 吉林市, before 安图县).
  for (let i = segments.length - 2; i >= 0; i -= 1) {
    const segment = segments[i];
    const next = segments[i + 1];
    if (!segment || !next) continue;
    const kept = segment.matches.filter((m) => next.matches.some((n) => isAncestor(gazetteer, m.entry, n.entry)));
    if (kept.length > 0) segment.matches = kept;
  }
  return { segments, end: pos };
}

/** True when a phrase may name a town or a zone, so the (larger) town level is worth loading. */
export function mentionsTownLevel(text: string, words: LocalityWords): boolean {
  return words.knowledge.townTriggers.some((word) => text.includes(word));
}
