/**
 * Applies a lexicon overlay to the shipped lexicon, purely: the overlay wins. Curated entries change in place
 * (promotions add entries, merges move names and aliases into their canonical entry, renames keep the old name as an
 * alias, rejections remove names); decisions about names no entry holds (a discovered name) become overrides that
 * findMechanisms applies. Order: promote, merge, rename, reject.
 */
import type { LexiconData, MechanismEntry, MechanismOverrides } from './mechanism-lexicon';
import { MechanismLexiconError } from './mechanism-lexicon-error';
import type { MechanismOverlay } from './mechanism-overlay';

export interface MergedLexicon {
  data: LexiconData;
  overrides: MechanismOverrides;
}

type Entry = { -readonly [K in keyof MechanismEntry]: MechanismEntry[K] };

export function mergeMechanismOverlay(base: LexiconData, overlay: MechanismOverlay): MergedLexicon {
  let entries: Entry[] = base.entries.map((e) => ({ ...e, aliases: [...e.aliases], patterns: [...e.patterns] }));
  const renamed = new Map<string, string>();
  const rejected = new Set<string>();
  const entry = (name: string): Entry | undefined => entries.find((e) => e.name === name);
  /** The overlay wins: a form it gives to one entry is taken from every other. */
  const release = (form: string, keeper: Entry | null): void => {
    for (const e of entries) if (e !== keeper) e.aliases = e.aliases.filter((a) => a !== form);
  };
  const absorb = (into: Entry, name: string): void => {
    const other = entry(name);
    if (other !== undefined && other !== into) {
      entries = entries.filter((e) => e !== other);
      for (const form of [other.name, ...other.aliases])
        if (form !== into.name && !into.aliases.includes(form)) into.aliases.push(form);
      into.patterns.push(...other.patterns);
    } else if (other === undefined && name !== into.name && !into.aliases.includes(name)) into.aliases.push(name);
    release(name, into);
  };

  overlay.promote.forEach((p, i) => {
    if (!base.categories.has(p.category)) {
      throw new MechanismLexiconError({
        file: overlay.source,
        entry: `promote[${i}]`,
        reason: `unknown category "${p.category}" (one of: ${[...base.categories.keys()].join(', ')})`,
      });
    }
    let target = entry(p.name);
    if (target === undefined) {
      release(p.name, null);
      target = {
        name: p.name,
        aliases: [],
        patterns: [],
        category: p.category,
        description: p.description ?? '',
        fromOverlay: true,
      };
      entries.push(target);
    }
    target.category = p.category;
    if (p.description !== null) target.description = p.description;
    for (const alias of p.aliases) absorb(target, alias);
  });
  for (const { alias, into } of overlay.merge) {
    const target = entry(into);
    if (target !== undefined) absorb(target, alias);
    else {
      const source = entry(alias);
      if (source !== undefined) {
        source.name = into;
        source.aliases = [...source.aliases.filter((a) => a !== into), alias];
      }
      renamed.set(alias, into);
    }
  }
  for (const { from, to } of overlay.rename) {
    const source = entry(from);
    const target = entry(to);
    if (source !== undefined && target !== undefined) absorb(target, from);
    else if (source !== undefined) {
      source.name = to;
      release(to, source);
      source.aliases = [...source.aliases.filter((a) => a !== to), from];
    } else renamed.set(from, to);
  }
  for (const name of overlay.reject) {
    entries = entries.filter((e) => e.name !== name);
    release(name, null);
    rejected.add(name);
  }
  return { data: { categories: base.categories, entries }, overrides: { rejected, renamed } };
}
