/** Loads the curated mechanism lexicon and the discovery rules (data files), validates them and builds the matcher. */
import { join } from 'path';
import { loadDiscoveryRules, type DiscoveryRules } from './discovery-rules';
import { MechanismLexiconError, readMechanismJson, requiredText, stringList } from './mechanism-lexicon-error';
import { buildTrie, makeMatcher, makeScanner } from './mechanism-trie';

export { MechanismLexiconError } from './mechanism-lexicon-error';
export type { DiscoveryRules, ShapeRules } from './discovery-rules';

/**
 * The rule that produced a mention: curated (`lexicon`, `pattern`; `overlay`: a name the researchers' overlay promoted)
 * or discovered (`quoted`, `suffix`, `numeric` and the shape rules).
 */
export type MechanismVia =
  | 'lexicon'
  | 'overlay'
  | 'pattern'
  | 'quoted'
  | 'suffix'
  | 'numeric'
  | 'cadence'
  | 'sequence'
  | 'chain'
  | 'compound'
  | 'count'
  | 'level';

/** A possible mention before overlaps are resolved. Offsets are UTF-16 indexes, `end` exclusive. */
export interface MechanismCandidate {
  name: string;
  start: number;
  end: number;
  via: MechanismVia;
  curated: boolean;
  category: string | null;
  /** Another form the text gives the same mechanism in this mention (the chain a level name counts), kept as an alias. */
  alias?: string;
}

/** One curated mechanism as written in `mechanisms.json`. */
export interface MechanismEntry {
  name: string;
  aliases: string[];
  patterns: string[];
  category: string;
  description: string;
  /** The entry was added by the researchers' overlay (a promoted name): its mentions are linked `via: "overlay"`. */
  fromOverlay?: boolean;
}

export interface CompiledPattern {
  entry: number;
  source: string;
  /** Sticky copy, used to test every pattern at a position the combined regex reported. */
  sticky: RegExp;
}

export interface MechanismLexicon {
  source: string;
  categories: ReadonlyMap<string, string>;
  entries: readonly MechanismEntry[];
  /** Longest name/alias starting exactly at `start` (quotes and spaces inside are skipped), or null. */
  matchAt(text: string, start: number): { entry: number; end: number } | null;
  /**
   * Optional: the non-null results of matchAt at every position, in order, as flat [start, entry, end] triples. Same
   * result as calling matchAt everywhere, without calling it where no alias can start.
   */
  matchAll?(text: string): number[];
  patterns: readonly CompiledPattern[];
  /** All patterns as one global regex (null when there are none): one scan over the text finds candidate positions. */
  combinedPattern: RegExp | null;
  discovery: DiscoveryRules;
  /** What the researchers' overlay decided about names that are not curated entries. */
  overrides: MechanismOverrides;
}

/** Decisions about discovered names: never link these; link these under another name. */
export interface MechanismOverrides {
  rejected: ReadonlySet<string>;
  renamed: ReadonlyMap<string, string>;
}

const NO_OVERRIDES: MechanismOverrides = { rejected: new Set(), renamed: new Map() };

const KNOWLEDGE = join(__dirname, '..', '..', 'knowledge');

function compilePattern(src: string, file: string, entry: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(src, 'uy');
  } catch (e) {
    throw new MechanismLexiconError({ file, entry, reason: `bad pattern /${src}/: ${(e as Error).message}` });
  }
  // Capturing groups would shift group numbers in the combined regex; an empty match would never advance.
  const groups = (new RegExp(`(?:${src})|`, 'u').exec('') ?? []).length - 1;
  if (groups > 0)
    throw new MechanismLexiconError({ file, entry, reason: `pattern /${src}/ has capturing groups; use (?:…)` });
  if (new RegExp(`^(?:${src})$`, 'u').test(''))
    throw new MechanismLexiconError({ file, entry, reason: `pattern /${src}/ matches the empty string` });
  return re;
}

/** The curated entries of a lexicon file, validated, before any matcher is built. */
export interface LexiconData {
  categories: ReadonlyMap<string, string>;
  entries: readonly MechanismEntry[];
}

/** Reads and validates the entries of `mechanisms.json`; throws MechanismLexiconError naming the file and entry. */
export function readLexiconData(file: string): LexiconData {
  const data = readMechanismJson(file);
  const cats = data['categories'];
  if (typeof cats !== 'object' || cats === null || Array.isArray(cats))
    throw new MechanismLexiconError({ file, reason: '"categories" must be an object of name → description' });
  const categories = new Map(
    Object.entries(cats as Record<string, unknown>).map(([k, v]) => [
      k,
      requiredText(v, { file, entry: null, field: `categories.${k}` }),
    ]),
  );
  const list = data['mechanisms'];
  if (!Array.isArray(list)) throw new MechanismLexiconError({ file, reason: '"mechanisms" must be a list' });
  const entries = list.map((raw: unknown, i: number): MechanismEntry => {
    if (typeof raw !== 'object' || raw === null)
      throw new MechanismLexiconError({ file, entry: `#${i + 1}`, reason: 'entry must be an object' });
    const r = raw as Record<string, unknown>;
    const name = requiredText(r['name'], { file, entry: `#${i + 1}`, field: 'name' });
    const category = requiredText(r['category'], { file, entry: name, field: 'category' });
    if (!categories.has(category))
      throw new MechanismLexiconError({
        file,
        entry: name,
        reason: `unknown category "${category}" (declare it under "categories")`,
      });
    return {
      name,
      category,
      aliases: stringList(r['aliases'], { file, entry: name, field: 'aliases', required: true }),
      patterns: stringList(r['patterns'], { file, entry: name, field: 'patterns', required: false }),
      description: requiredText(r['description'], { file, entry: name, field: 'description' }),
    };
  });
  return { entries, categories };
}

/** Checks that names are unique, then indexes every name and alias (an alias shared by two entries is an error). */
function buildMatcher(
  entries: readonly MechanismEntry[],
  file: string,
): Pick<MechanismLexicon, 'matchAt' | 'matchAll'> {
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) throw new MechanismLexiconError({ file, entry: e.name, reason: 'duplicate name' });
    names.add(e.name);
  }
  const forms = entries.flatMap((e, entry) => [e.name, ...e.aliases].map((form) => ({ form, entry, owner: e.name })));
  const root = buildTrie(forms, (owner, reason) => {
    throw new MechanismLexiconError({ file, entry: owner, reason });
  });
  const matchAt = makeMatcher(root);
  return { matchAt, matchAll: makeScanner(root, matchAt) };
}

/**
 * Builds the matcher over validated entries. `source` names the file errors are reported against; `overrides` are the
 * researchers' decisions about discovered names (see mergeMechanismOverlay).
 */
export function buildMechanismLexicon(input: {
  source: string;
  data: LexiconData;
  discovery: DiscoveryRules;
  overrides?: MechanismOverrides;
}): MechanismLexicon {
  const { source, data, discovery } = input;
  const patterns: CompiledPattern[] = [];
  data.entries.forEach((e, entry) =>
    e.patterns.forEach((p) => patterns.push({ entry, source: p, sticky: compilePattern(p, source, e.name) })),
  );
  return {
    source,
    categories: data.categories,
    entries: data.entries,
    ...buildMatcher(data.entries, source),
    patterns,
    combinedPattern: patterns.length === 0 ? null : new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'gu'),
    discovery,
    overrides: input.overrides ?? NO_OVERRIDES,
  };
}

/**
 * Reads and validates `mechanisms.json` (default: ingest/knowledge/) and `mechanism-discovery.json` (default: the same
 * folder as this module's knowledge files), then builds the matcher. Throws MechanismLexiconError naming the file and
 * entry on bad data: missing fields, unknown category, a name/alias used by two entries, an invalid or capturing regex.
 */
export function loadMechanismLexicon(path?: string, discoveryPath?: string): MechanismLexicon {
  const source = path ?? join(KNOWLEDGE, 'mechanisms.json');
  return buildMechanismLexicon({
    source,
    data: readLexiconData(source),
    discovery: loadDiscoveryRules(discoveryPath ?? join(KNOWLEDGE, 'mechanism-discovery.json')),
  });
}
