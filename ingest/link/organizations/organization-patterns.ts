/** Loads and validates the organization patterns (ingest/knowledge/organizations.json) used to find organizations. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { jsonChecks, type Json, type JsonChecks } from '../../knowledge/json-checks';

export const ORGANIZATION_KINDS = [
  'party_org',
  'government',
  'enterprise',
  'social_org',
  'financial',
  'community_org',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A word that ends an organization name. `name`: an organization by itself (县委, 业委会); `suffix`: needs a qualifier
 * before it (镇 + 党委); `level`: short and ambiguous, needs an administrative level word before it (市 + 金融 + 局);
 * `inherit`: takes the kind of the name it extends (市委 + 办公室 → party_org).
 */
export interface OrganizationCore {
  word: string;
  kind: OrganizationKind | 'inherit';
  mode: 'name' | 'suffix' | 'level' | 'inherit';
}

/** The compiled patterns. Build once with `loadOrganizationPatterns`, pass to `extractOrganizations`. */
export interface OrganizationPatterns {
  source: string;
  /** Every core word, longest first. */
  cores: OrganizationCore[];
  inheritFallback: OrganizationKind;
  /** Matches a name whose prefix holds an administrative level word, for `level` cores. */
  levelName: RegExp;
  notNames: string[];
  stripPrefixes: string[];
  leadingStrip: string[];
  collective: string[];
  generic: Set<string>;
  notOrganizations: string[];
  notFollowedBy: RegExp;
  boundaries: string[];
  boundaryExceptions: string[];
  classifiers: string[];
  maxPrefixLength: number;
  /** Level words that make a name relative to the practice's place (县委, 镇党委), in the order they are tried. */
  relativeNameWords: string[];
}

export const DEFAULT_ORGANIZATIONS_PATH = join(__dirname, '..', '..', 'knowledge', 'organizations.json');

// Annotated one by one: TypeScript narrows after a `never` call only through explicitly typed names.
const checks: JsonChecks = jsonChecks('loadOrganizationPatterns');
const fail: JsonChecks['fail'] = checks.fail;
const record: JsonChecks['record'] = checks.record;
const strings: JsonChecks['strings'] = checks.strings;

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function isKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

function compileCores(file: string, data: Json): OrganizationCore[] {
  const kinds = record(file, data.kinds, '"kinds"');
  const cores: OrganizationCore[] = [];
  for (const [kind, raw] of Object.entries(kinds)) {
    if (!isKind(kind)) fail(file, `unknown kind "${kind}" (expected one of ${ORGANIZATION_KINDS.join(', ')})`);
    const entry = record(file, raw, `kinds.${kind}`);
    for (const word of strings(file, entry.names, `kinds.${kind}.names`)) cores.push({ word, kind, mode: 'name' });
    for (const word of strings(file, entry.suffixes, `kinds.${kind}.suffixes`))
      cores.push({ word, kind, mode: 'suffix' });
    for (const word of strings(file, entry.levelSuffixes, `kinds.${kind}.levelSuffixes`, true))
      cores.push({ word, kind, mode: 'level' });
  }
  const inheriting = record(file, data.inheriting, '"inheriting"');
  for (const word of strings(file, inheriting.suffixes, 'inheriting.suffixes'))
    cores.push({ word, kind: 'inherit', mode: 'inherit' });
  const seen = new Set<string>();
  for (const core of cores) {
    // One word, one reading: a word listed under two kinds would make the kind depend on list order.
    if (seen.has(core.word)) fail(file, `"${core.word}" is listed more than once`);
    seen.add(core.word);
  }
  return cores.sort((a, b) => byLengthDesc(a.word, b.word));
}

function regex(file: string, source: unknown, where: string): RegExp {
  if (typeof source !== 'string') fail(file, `${where} must be a regular expression string`);
  try {
    return new RegExp(source);
  } catch (err) {
    fail(file, `${where}: bad regular expression (${(err as Error).message})`);
  }
}

/**
 * Reads organizations.json (default: ingest/knowledge/organizations.json) and compiles it.
 * Throws an Error naming the file and the reason when it is missing, not JSON, or malformed.
 */
export function loadOrganizationPatterns(path: string = DEFAULT_ORGANIZATIONS_PATH): OrganizationPatterns {
  let data: Json;
  try {
    data = record(path, JSON.parse(readFileSync(path, 'utf8')), 'the top level');
  } catch (err) {
    const message = (err as Error).message;
    if (message.startsWith('loadOrganizationPatterns:')) throw err;
    fail(path, `cannot read or parse: ${message}`);
  }
  const fallback = record(path, data.inheriting, '"inheriting"').fallback;
  if (!isKind(fallback)) fail(path, `inheriting.fallback must be one of ${ORGANIZATION_KINDS.join(', ')}`);
  const maxPrefixLength = data.maxPrefixLength;
  if (typeof maxPrefixLength !== 'number' || !(maxPrefixLength > 0))
    fail(path, 'maxPrefixLength must be a positive number');
  const levels = strings(path, data.levelWords, '"levelWords"').sort(byLengthDesc);
  return {
    source: path,
    cores: compileCores(path, data),
    inheritFallback: fallback,
    // 市金融局, 潜山市金融局, 县信用村办: a level word, then at least one character of the office's own name.
    levelName: new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${levels.join('|')})[\\u4e00-\\u9fff（）]+$`),
    notNames: strings(path, data.notNames, '"notNames"'),
    stripPrefixes: strings(path, data.stripPrefixes, '"stripPrefixes"').sort(byLengthDesc),
    leadingStrip: strings(path, data.leadingStrip, '"leadingStrip"').sort(byLengthDesc),
    collective: strings(path, data.collective, '"collective"').sort(byLengthDesc),
    generic: new Set(strings(path, data.generic, '"generic"')),
    notOrganizations: strings(path, data.notOrganizations, '"notOrganizations"'),
    notFollowedBy: regex(path, data.notFollowedBy, '"notFollowedBy"'),
    boundaries: strings(path, data.boundaries, '"boundaries"').sort(byLengthDesc),
    boundaryExceptions: strings(path, data.boundaryExceptions, '"boundaryExceptions"'),
    classifiers: strings(path, data.classifiers, '"classifiers"'),
    maxPrefixLength,
    relativeNameWords: strings(path, data.relativeNameWords, '"relativeNameWords"'),
  };
}
