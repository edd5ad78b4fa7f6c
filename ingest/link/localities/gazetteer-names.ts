/** Name rules of the gazetteer (short names, aliases, village names), driven by ingest/knowledge/locality-suffixes.json. */
import knowledgeData from '../../knowledge/locality-suffixes.json';

export type LocalityLevel = 'province' | 'city' | 'county' | 'town' | 'village';

/** Depth of each level below the country; used to compare how close two localities are. */
export const LEVEL_DEPTH: Readonly<Record<LocalityLevel, number>> = { province: 1, city: 2, county: 3, town: 4, village: 5 };
export const LEVELS: readonly LocalityLevel[] = ['province', 'city', 'county', 'town', 'village'];

export interface UnitWord {
  word: string;
  /** A fixed level, or `child`: one level below the unit's parent. */
  level: LocalityLevel | 'child';
  /** Minimum length of the proper name written before the word (小区 needs one, 经开区 may stand alone). */
  minName: number;
}

/** Where a short name (天水, 沙市) written without its unit is trusted in prose; see LOCALITIES.md. */
export interface ShortNameContext {
  before: string[];
  after: string[];
  /** Word pairs around a short name: either word alone proves nothing (以…为例). */
  frames: [string, string][];
  /** Words opening a clause that frame the place right after them as the clause's own (在X，…). */
  clauseOpeners: string[];
  listSeparators: string[];
  /** Words closing a list of places (X、Y等地推行…). */
  listEnds: string[];
  clauseBreaks: string[];
  adverbs: string[];
  subjectVerbs: string[];
}

/** The typed content of locality-suffixes.json. */
export interface LocalityKnowledge {
  shortNameSuffixes: Record<LocalityLevel, string[]>;
  keepNameSuffixes: string[];
  ethnicGroups: string[];
  autonomousSuffixes: string[];
  aliasSuffixes: Record<string, string>;
  zoneAbbreviations: [string, string][];
  pseudoCityNames: string[];
  genericNames: string[];
  villageNameRewrites: [string, string][];
  townTriggers: string[];
  orgPrefixes: string[];
  selfReferences: string[];
  wholeReferences: string[];
  backReferences: string[];
  shortNameContext: ShortNameContext;
  bareLeadingChars: string[];
  orgWords: string[];
  units: UnitWord[];
  unitNameStopWords: string[];
  unitNameMaxLength: number;
}

export const LOCALITY_KNOWLEDGE = knowledgeData as unknown as LocalityKnowledge;

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const ETHNIC = [...LOCALITY_KNOWLEDGE.ethnicGroups].sort(byLengthDesc);
const SUFFIXES: Record<LocalityLevel, string[]> = Object.fromEntries(
  Object.entries(LOCALITY_KNOWLEDGE.shortNameSuffixes).map(([level, list]) => [level, [...list].sort(byLengthDesc)]),
) as Record<LocalityLevel, string[]>;
const MIN_SHORT = 2;

/** Strips trailing ethnic names (朝鲜族, 土家族苗族; bare 蒙古 only after 自治…) while ≥ 2 characters remain. */
function stripEthnic(rest: string, autonomous: boolean): string {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of ETHNIC) {
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
  if (rest.endsWith('族') && ETHNIC.includes(rest.slice(0, -1)) && rest.length - 1 >= MIN_SHORT) rest = rest.slice(0, -1);
  return rest;
}

/**
 * The short name people write for a locality: 潜山市 → 潜山, 延边朝鲜族自治州 → 延边, 千秋街道 → 千秋.
 * A suffix is stripped only when ≥ 2 characters remain (泾县 stays 泾县); zones and farms keep their full name.
 */
export function shortNameOf(name: string, level: LocalityLevel): string {
  if (LOCALITY_KNOWLEDGE.keepNameSuffixes.some((s) => name.endsWith(s))) return name;
  const suffix = SUFFIXES[level].find((s) => name.endsWith(s) && name.length - s.length >= MIN_SHORT);
  if (!suffix) return name;
  const autonomous = LOCALITY_KNOWLEDGE.autonomousSuffixes.includes(suffix);
  const rest = name.slice(0, -suffix.length);
  return autonomous || rest.includes('族') ? stripEthnic(rest, autonomous) : rest;
}

const ALIASED = [
  ...Object.keys(LOCALITY_KNOWLEDGE.aliasSuffixes),
  ...LOCALITY_KNOWLEDGE.zoneAbbreviations.map(([long]) => long),
  ...LOCALITY_KNOWLEDGE.keepNameSuffixes,
];

/** Context for alias generation: short names of the entry's own province and city. */
export interface AliasContext {
  provinceShort: string | null;
  cityShort: string | null;
}

/**
 * Other full forms written in bulletins: 延边州 (自治州 → 州), 安庆经开区 for 安徽安庆经济开发区
 * (province prefix dropped, zone abbreviated), XX街道 for XX街道办事处.
 */
export function aliasesOf(name: string, shortName: string, ctx: AliasContext): string[] {
  if (!ALIASED.some((suffix) => name.endsWith(suffix))) return []; // most names: no alias, answer fast
  const out = new Set<string>();
  for (const [suffix, replacement] of Object.entries(LOCALITY_KNOWLEDGE.aliasSuffixes)) {
    if (name.endsWith(suffix) && shortName !== name) out.add(suffix === '街道办事处' ? name.slice(0, -3) : shortName + replacement);
  }
  const zone = LOCALITY_KNOWLEDGE.zoneAbbreviations.find(([long]) => name.endsWith(long));
  const keepsName = LOCALITY_KNOWLEDGE.keepNameSuffixes.some((s) => name.endsWith(s));
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

/** The usual name of a village committee: 黄铺村委会 → 黄铺村, 多福巷社区居委会 → 多福巷社区. */
export function villageNameOf(official: string): string {
  const rule = LOCALITY_KNOWLEDGE.villageNameRewrites.find(([suffix]) => official.endsWith(suffix));
  if (!rule || official.length - rule[0].length < 1) return official;
  const base = official.slice(0, -rule[0].length);
  return base.endsWith(rule[1]) ? base : base + rule[1];
}

/** Strips org prefixes (中共…) and wrapping brackets/spaces from a phrase, reporting how many leading characters went. */
export function stripOrgPrefix(phrase: string): { text: string; offset: number } {
  let text = phrase.replace(/^[\s（(【\[]+/, '');
  let offset = phrase.length - text.length;
  text = text.replace(/[\s）)】\]]+$/, '');
  const prefix = LOCALITY_KNOWLEDGE.orgPrefixes.find((p) => text.startsWith(p) && text.length > p.length);
  if (prefix) {
    text = text.slice(prefix.length);
    offset += prefix.length;
  }
  return { text, offset };
}
