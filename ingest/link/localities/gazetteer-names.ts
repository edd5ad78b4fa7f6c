/** Name rules of the gazetteer (short names, aliases, village names), driven by ingest/knowledge/locality-suffixes.json. */
import type { LocalityKnowledge } from './locality-knowledge';
import type { LocalityLevel } from './locality-levels';
import type { LocalityWords } from './locality-words';

/** Context for alias generation: short names of the entry's own province and city. */
export interface AliasContext {
  provinceShort: string | null;
  cityShort: string | null;
}

/** The name rules, compiled from one LocalityWords. */
export interface LocalityNames {
  /**
   * The short name people write for a locality: 潜山市 → 潜山, 延边朝鲜族自治州 → 延边, 千秋街道 → 千秋.
   * A suffix is stripped only when ≥ 2 characters remain (泾县 stays 泾县); zones and farms keep their full name.
   */
  shortNameOf(name: string, level: LocalityLevel): string;
  /**
   * Other full forms written in bulletins: 延边州 (自治州 → 州), 安庆经开区 for 安徽安庆经济开发区
   * (province prefix dropped, zone abbreviated), XX街道 for XX街道办事处.
   */
  aliasesOf(name: string, context: AliasContext & { shortName: string }): string[];
  /** The usual name of a village committee: 黄铺村委会 → 黄铺村, 多福巷社区居委会 → 多福巷社区. */
  villageNameOf(official: string): string;
  /** Strips org prefixes (中共…) and wrapping brackets/spaces from a phrase, reporting how many leading characters went. */
  stripOrgPrefix(phrase: string): { text: string; offset: number };
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const MIN_SHORT = 2;

export function localityNames(words: LocalityWords): LocalityNames {
  const known = words.knowledge;
  const ethnic = [...known.ethnicGroups].sort(byLengthDesc);
  const suffixes = Object.fromEntries(
    Object.entries(known.shortNameSuffixes).map(([level, list]) => [level, [...list].sort(byLengthDesc)]),
  ) as Record<LocalityLevel, string[]>;
  const aliased = [
    ...Object.keys(known.aliasSuffixes),
    ...known.zoneAbbreviations.map(([long]) => long),
    ...known.keepNameSuffixes,
  ];
  return {
    shortNameOf: (name, level) => shortNameOf({ name, level, known, suffixes, ethnic }),
    // Most names have no alias: one suffix test answers them.
    aliasesOf: (name, context) =>
      aliased.some((suffix) => name.endsWith(suffix)) ? aliasesOf(name, context, known) : [],
    villageNameOf: (official) => villageNameOf(official, known.villageNameRewrites),
    stripOrgPrefix: (phrase) => stripOrgPrefix(phrase, known.orgPrefixes),
  };
}

/** Strips trailing ethnic names (朝鲜族, 土家族苗族; bare 蒙古 only after 自治…) while ≥ 2 characters remain. */
function stripEthnic(rest: string, autonomous: boolean, ethnic: readonly string[]): string {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of ethnic) {
      const forms = autonomous && group.length >= 2 ? [`${group}族`, group] : [`${group}族`];
      const form = forms.find((f) => rest.endsWith(f) && rest.length - f.length >= MIN_SHORT);
      if (form) {
        rest = rest.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  // 鄂温克族(自治旗): the ethnic name is the whole name; drop only 族.
  if (rest.endsWith('族') && ethnic.includes(rest.slice(0, -1)) && rest.length - 1 >= MIN_SHORT)
    rest = rest.slice(0, -1);
  return rest;
}

function shortNameOf(input: {
  name: string;
  level: LocalityLevel;
  known: LocalityKnowledge;
  suffixes: Record<LocalityLevel, string[]>;
  ethnic: readonly string[];
}): string {
  const { name, known } = input;
  if (known.keepNameSuffixes.some((s) => name.endsWith(s))) return name;
  const suffix = input.suffixes[input.level].find((s) => name.endsWith(s) && name.length - s.length >= MIN_SHORT);
  if (!suffix) return name;
  const autonomous = known.autonomousSuffixes.includes(suffix);
  const rest = name.slice(0, -suffix.length);
  return autonomous || rest.includes('族') ? stripEthnic(rest, autonomous, input.ethnic) : rest;
}

function aliasesOf(name: string, ctx: AliasContext & { shortName: string }, known: LocalityKnowledge): string[] {
  const { shortName } = ctx;
  const out = new Set<string>();
  for (const [suffix, replacement] of Object.entries(known.aliasSuffixes)) {
    if (!name.endsWith(suffix) || shortName === name) continue;
    // A replacement that begins the suffix shortens it in place (XX街道办事处 → XX街道); any other follows the short
    // name (延边朝鲜族自治州 → 延边州).
    out.add(suffix.startsWith(replacement) ? name.slice(0, -suffix.length) + replacement : shortName + replacement);
  }
  const zone = known.zoneAbbreviations.find(([long]) => name.endsWith(long));
  const keepsName = known.keepNameSuffixes.some((s) => name.endsWith(s));
  if (zone || keepsName) {
    const variants = new Set([name]);
    const { provinceShort, cityShort } = ctx;
    if (provinceShort && name.startsWith(provinceShort) && name.length - provinceShort.length >= 4) {
      variants.add(name.slice(provinceShort.length));
    }
    for (const v of [...variants]) {
      if (cityShort && v.startsWith(`${cityShort}市`)) variants.add(cityShort + v.slice(cityShort.length + 1));
    }
    for (const v of [...variants]) {
      out.add(v);
      if (zone) out.add(v.slice(0, -zone[0].length) + zone[1]);
    }
  }
  out.delete(name);
  out.delete(shortName);
  return [...out];
}

function villageNameOf(official: string, rewrites: readonly [string, string][]): string {
  const rule = rewrites.find(([suffix]) => official.endsWith(suffix));
  if (!rule || official.length - rule[0].length < 1) return official;
  const base = official.slice(0, -rule[0].length);
  return base.endsWith(rule[1]) ? base : base + rule[1];
}

function stripOrgPrefix(phrase: string, orgPrefixes: readonly string[]): { text: string; offset: number } {
  let text = phrase.replace(/^[\s（(【[]+/, '');
  let offset = phrase.length - text.length;
  text = text.replace(/[\s）)】\]]+$/, '');
  const prefix = orgPrefixes.find((p) => text.startsWith(p) && text.length > p.length);
  if (prefix) {
    text = text.slice(prefix.length);
    offset += prefix.length;
  }
  return { text, offset };
}
