/** Loads the curated mechanism lexicon and the discovery rules (data files), validates them and builds the matcher. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildTrie, makeMatcher, makeScanner } from './mechanism-trie';

/** The rule that produced a mention: curated (`lexicon`, `pattern`) or discovered (`quoted`, `suffix`, `numeric`). */
export type MechanismVia = 'lexicon' | 'pattern' | 'quoted' | 'suffix' | 'numeric';

/** A possible mention before overlaps are resolved. Offsets are UTF-16 indexes, `end` exclusive. */
export interface MechanismCandidate {
  name: string;
  start: number;
  end: number;
  via: MechanismVia;
  curated: boolean;
  category: string | null;
}

/** One curated mechanism as written in `mechanisms.json`. */
export interface MechanismEntry {
  name: string;
  aliases: string[];
  patterns: string[];
  category: string;
  description: string;
}

/** Discovery rules from `mechanism-discovery.json`; see MECHANISMS.md for what each list does. */
export interface DiscoveryRules {
  suffixes: string[];
  suffixBlockedBy: string[];
  quotedCarriers: string[];
  nameEndings: string[];
  anchors: string[];
  conjunctions: string[];
  delimiters: string[];
  stopQuoted: ReadonlySet<string>;
  rejectEndings: string[];
  orgHeads: string[];
  genericWords: ReadonlySet<string>;
  measureWords: string;
  numerals: string;
  maxQuotedLength: number;
  maxModifierLength: number;
  maxAnchorGap: number;
  maxTailLength: number;
  maxAbbreviationLength: number;
  /** All suffixes, longest first, as one global regex: a single scan finds every suffix. */
  suffixRegex: RegExp;
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
}

/** Bad lexicon or discovery data. `code` is stable; `file` and `entry` say where. */
export class MechanismLexiconError extends Error {
  readonly code = 'InvalidInput';
  constructor(readonly file: string, readonly entry: string | null, reason: string) {
    super(`loadMechanismLexicon: ${file}${entry === null ? '' : ` (entry "${entry}")`}: ${reason}`);
    this.name = 'MechanismLexiconError';
  }
}

const KNOWLEDGE = join(__dirname, '..', 'knowledge');

function readJson(file: string): Record<string, unknown> {
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch (e) { throw new MechanismLexiconError(file, null, `cannot read: ${(e as Error).message}`); }
  let data: unknown;
  try { data = JSON.parse(raw); } catch (e) { throw new MechanismLexiconError(file, null, `invalid JSON: ${(e as Error).message}`); }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new MechanismLexiconError(file, null, 'top level must be an object');
  return data as Record<string, unknown>;
}

function stringList(v: unknown, file: string, entry: string | null, field: string, required: boolean): string[] {
  if (v === undefined && !required) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new MechanismLexiconError(file, entry, `"${field}" must be a list of non-empty strings`);
  }
  return v as string[];
}

function text(v: unknown, file: string, entry: string | null, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new MechanismLexiconError(file, entry, `missing or empty "${field}"`);
  return v.trim();
}

function compilePattern(src: string, file: string, entry: string): RegExp {
  let re: RegExp;
  try { re = new RegExp(src, 'uy'); } catch (e) { throw new MechanismLexiconError(file, entry, `bad pattern /${src}/: ${(e as Error).message}`); }
  // Capturing groups would shift group numbers in the combined regex; an empty match would never advance.
  const groups = (new RegExp(`(?:${src})|`, 'u').exec('') ?? []).length - 1;
  if (groups > 0) throw new MechanismLexiconError(file, entry, `pattern /${src}/ has capturing groups; use (?:…)`);
  if (new RegExp(`^(?:${src})$`, 'u').test('')) throw new MechanismLexiconError(file, entry, `pattern /${src}/ matches the empty string`);
  return re;
}

function loadEntries(file: string): { entries: MechanismEntry[]; categories: Map<string, string> } {
  const data = readJson(file);
  const cats = data['categories'];
  if (typeof cats !== 'object' || cats === null || Array.isArray(cats)) throw new MechanismLexiconError(file, null, '"categories" must be an object of name → description');
  const categories = new Map(Object.entries(cats as Record<string, unknown>).map(([k, v]) => [k, text(v, file, null, `categories.${k}`)]));
  const list = data['mechanisms'];
  if (!Array.isArray(list)) throw new MechanismLexiconError(file, null, '"mechanisms" must be a list');
  const entries = list.map((raw: unknown, i: number): MechanismEntry => {
    if (typeof raw !== 'object' || raw === null) throw new MechanismLexiconError(file, `#${i + 1}`, 'entry must be an object');
    const r = raw as Record<string, unknown>;
    const name = text(r['name'], file, `#${i + 1}`, 'name');
    const category = text(r['category'], file, name, 'category');
    if (!categories.has(category)) throw new MechanismLexiconError(file, name, `unknown category "${category}" (declare it under "categories")`);
    return {
      name, category,
      aliases: stringList(r['aliases'], file, name, 'aliases', true),
      patterns: stringList(r['patterns'], file, name, 'patterns', false),
      description: text(r['description'], file, name, 'description'),
    };
  });
  return { entries, categories };
}

/** Checks that names are unique, then indexes every name and alias (an alias shared by two entries is an error). */
function buildMatcher(entries: MechanismEntry[], file: string): Pick<MechanismLexicon, 'matchAt' | 'matchAll'> {
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) throw new MechanismLexiconError(file, e.name, 'duplicate name');
    names.add(e.name);
  }
  const forms = entries.flatMap((e, entry) => [e.name, ...e.aliases].map((form) => ({ form, entry, owner: e.name })));
  const root = buildTrie(forms, (owner, reason) => { throw new MechanismLexiconError(file, owner, reason); });
  const matchAt = makeMatcher(root);
  return { matchAt, matchAll: makeScanner(root, matchAt) };
}

function loadDiscovery(file: string): DiscoveryRules {
  const d = readJson(file);
  const list = (k: string): string[] => stringList(d[k], file, null, k, true);
  const num = (k: string): number => {
    const v = d[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new MechanismLexiconError(file, null, `"${k}" must be a positive integer`);
    return v;
  };
  const suffixes = list('suffixes');
  const escaped = [...suffixes].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    suffixes, suffixBlockedBy: list('suffixBlockedBy'), quotedCarriers: list('quotedCarriers'), nameEndings: list('nameEndings'),
    anchors: list('anchors'), conjunctions: list('conjunctions'), delimiters: list('delimiters'),
    stopQuoted: new Set(list('stopQuoted')), rejectEndings: list('rejectEndings'), orgHeads: list('orgHeads'),
    genericWords: new Set(list('genericWords')),
    measureWords: text(d['measureWords'], file, null, 'measureWords'), numerals: text(d['numerals'], file, null, 'numerals'),
    maxQuotedLength: num('maxQuotedLength'), maxModifierLength: num('maxModifierLength'), maxAnchorGap: num('maxAnchorGap'),
    maxTailLength: num('maxTailLength'), maxAbbreviationLength: num('maxAbbreviationLength'),
    suffixRegex: new RegExp(escaped.join('|'), 'g'),
  };
}

/**
 * Reads and validates `mechanisms.json` (default: ingest/knowledge/) and `mechanism-discovery.json` (default: the same
 * folder as this module's knowledge files), then builds the matcher. Throws MechanismLexiconError naming the file and
 * entry on bad data: missing fields, unknown category, a name/alias used by two entries, an invalid or capturing regex.
 */
export function loadMechanismLexicon(path?: string, discoveryPath?: string): MechanismLexicon {
  const file = path ?? join(KNOWLEDGE, 'mechanisms.json');
  const { entries, categories } = loadEntries(file);
  const patterns: CompiledPattern[] = [];
  entries.forEach((e, entry) => e.patterns.forEach((source) => patterns.push({ entry, source, sticky: compilePattern(source, file, e.name) })));
  return {
    source: file,
    categories,
    entries,
    ...buildMatcher(entries, file),
    patterns,
    combinedPattern: patterns.length === 0 ? null : new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'gu'),
    discovery: loadDiscovery(discoveryPath ?? join(KNOWLEDGE, 'mechanism-discovery.json')),
  };
}
