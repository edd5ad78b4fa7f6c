/**
 * The mechanism stage for one practice: every mechanism mention (lexicon, patterns, discovery), one link per
 * mechanism. The first mention is the one cited — in a bulletin item that is the title when the title names it.
 */
import { findMechanisms, type MechanismMention, type MechanismsToFind } from './find-mechanisms';

export interface LinkedMechanisms {
  /** One mention per mechanism, in text order. */
  mentions: MechanismMention[];
  /** Canonical names of mechanisms not in the lexicon (found by discovery). */
  discovered: string[];
  /** Every surface form seen per mechanism, and the other forms its mentions give (aliases). */
  surfaces: Map<string, Set<string>>;
}

/** `title`: where the practice's title is in `text` (see findMechanisms). */
export function linkMechanisms(input: MechanismsToFind): LinkedMechanisms {
  const all = findMechanisms(input);
  const first = new Map<string, MechanismMention>();
  const surfaces = new Map<string, Set<string>>();
  for (const m of all) {
    if (!first.has(m.name)) first.set(m.name, m);
    const seen = surfaces.get(m.name) ?? new Set<string>();
    seen.add(m.surface);
    if (m.alias !== undefined) seen.add(m.alias);
    surfaces.set(m.name, seen);
  }
  const mentions = [...first.values()];
  return { mentions, discovered: mentions.filter((m) => !m.curated).map((m) => m.name), surfaces };
}
