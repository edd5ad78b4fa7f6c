/**
 * A quoted name that is one part of a curated mention written in full in the same text is that mechanism: a headline
 * shortens what the body spells out (“街巷吹哨” for 街巷吹哨、部门报到 → 吹哨报到). Only parts of a curated surface that is
 * itself a list (its parts separated by 、 or a comma) count, so a word merely inside a longer name stays its own.
 */
import type { MechanismCandidate } from './mechanism-lexicon';

const PART_BREAK = /[、，,；;\s“”"「」]+/;

export function resolveCuratedParts(kept: MechanismCandidate[], text: string): MechanismCandidate[] {
  const owners = new Map<string, MechanismCandidate>();
  for (const c of kept) {
    if (!c.curated) continue;
    const parts = text
      .slice(Math.max(0, c.start), c.end)
      .split(PART_BREAK)
      .filter((p) => p.length >= 2);
    if (parts.length < 2) continue;
    for (const part of parts) if (!owners.has(part)) owners.set(part, c);
  }
  if (owners.size === 0) return kept;
  return kept.map((c) => {
    const owner = c.via === 'quoted' ? owners.get(c.name) : undefined;
    return owner === undefined
      ? c
      : { name: owner.name, start: c.start, end: c.end, via: c.via, curated: true, category: owner.category };
  });
}
