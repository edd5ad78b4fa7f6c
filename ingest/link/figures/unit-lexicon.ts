/** Loads and validates the unit lexicon (ingest/knowledge/units.json) that drives figure extraction. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { jsonChecks, type Json, type JsonChecks } from '../../knowledge/json-checks';

/** One spelling of a unit, compiled for longest-first matching. */
export interface UnitSurface {
  /** As written in text, e.g. `场（次）`. */
  surface: string;
  /** Canonical unit, e.g. `场次`. */
  unit: string;
  /** Characters that, right after the surface, show it is part of another word (人 + 员 = 人员). */
  notFollowedBy: string[];
  /** The counted thing comes before the number (成功率达到100%), never after. */
  objectBefore: boolean;
}

/** The compiled lexicon. Build once with `loadUnitLexicon`, pass to `extractFigures`. */
export interface UnitLexicon {
  source: string;
  /** All unit spellings, longest first, so 人次 wins over 人. */
  surfaces: UnitSurface[];
  /** 万, 亿 …: kept in the unit (3178万元 → unit 万元), longest first. */
  multipliers: string[];
  approximate: {
    before: string[];
    beforeExceptions: string[];
    beforeBareMagnitude: string[];
    between: string[];
    after: string[];
  };
  rangeSeparators: string[];
  /** A rate's denominator after the unit (1200元/人 → unit 元/人). */
  perUnits: string[];
  blockingPrefixes: string[];
  /** Spans matched by fixed words and patterns never hold figures. */
  excludes: RegExp[];
  mechanismSuffixes: string[];
  /** Units that make a quote a figure rather than a name (“95%”). */
  quotedFigureUnits: string[];
  /** At most this many figures per practice; more means the text is not one practice (a warning says so). */
  maxFiguresPerPractice: number;
  /** A Chinese count right after a list (A、B、C三个平台) restates the list's length: not a figure. */
  enumerationSeparators: string[];
  maxEnumerationItem: number;
  object: { maxLength: number; stops: string[]; stopExceptions: string[]; leadingStrip: string[] };
}

/** Default location, resolved next to the compiled module so it works from ts-jest and dist/. */
export const DEFAULT_UNITS_PATH = join(__dirname, '..', '..', 'knowledge', 'units.json');

// Annotated one by one: TypeScript narrows after a `never` call only through explicitly typed names.
const checks: JsonChecks = jsonChecks('loadUnitLexicon');
const fail: JsonChecks['fail'] = checks.fail;
const record: JsonChecks['record'] = checks.record;
const strings: JsonChecks['strings'] = checks.strings;

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileSurfaces(file: string, units: unknown): UnitSurface[] {
  if (!Array.isArray(units) || units.length === 0) fail(file, '"units" must be a non-empty list');
  const out: UnitSurface[] = [];
  units.forEach((raw, i) => {
    const entry = record(file, raw, `units[${i}]`);
    const unit = entry.unit;
    if (typeof unit !== 'string' || unit.length === 0) fail(file, `units[${i}].unit must be a non-empty string`);
    if (typeof entry.counts !== 'string') fail(file, `units[${i}] (${unit}) needs "counts" saying what it counts`);
    const aliases = entry.aliases === undefined ? [] : strings(file, entry.aliases, `units[${i}].aliases`);
    const notFollowedBy =
      entry.notFollowedBy === undefined ? [] : strings(file, entry.notFollowedBy, `units[${i}].notFollowedBy`);
    const objectBefore = entry.objectBefore === true;
    for (const surface of [unit, ...aliases]) out.push({ surface, unit, notFollowedBy, objectBefore });
  });
  return out.sort((a, b) => byLengthDesc(a.surface, b.surface));
}

function compileExcludes(file: string, fixedWords: string[], patterns: string[]): RegExp[] {
  const out = fixedWords.length > 0 ? [new RegExp(fixedWords.sort(byLengthDesc).map(escapeRegExp).join('|'), 'g')] : [];
  for (const source of patterns) {
    try {
      out.push(new RegExp(source, 'g'));
    } catch (err) {
      fail(file, `excludePatterns: bad regular expression ${JSON.stringify(source)} (${(err as Error).message})`);
    }
  }
  return out;
}

/**
 * Reads units.json (default: ingest/knowledge/units.json) and compiles it.
 * Throws an Error naming the file and the reason when it is missing, not JSON, or malformed.
 */
export function loadUnitLexicon(path: string = DEFAULT_UNITS_PATH): UnitLexicon {
  let data: Json;
  try {
    data = record(path, JSON.parse(readFileSync(path, 'utf8')), 'the top level');
  } catch (err) {
    const message = (err as Error).message;
    if (message.startsWith('loadUnitLexicon:')) throw err;
    fail(path, `cannot read or parse: ${message}`);
  }
  const approx = record(path, data.approximate, '"approximate"');
  const object = record(path, data.object, '"object"');
  const maxLength = object.maxLength;
  if (typeof maxLength !== 'number' || !(maxLength > 0)) fail(path, 'object.maxLength must be a positive number');
  const cap = data.maxFiguresPerPractice;
  if (typeof cap !== 'number' || !Number.isInteger(cap) || cap < 1)
    fail(path, 'maxFiguresPerPractice must be a positive integer');
  const item = data.maxEnumerationItem;
  if (typeof item !== 'number' || !Number.isInteger(item) || item < 1)
    fail(path, 'maxEnumerationItem must be a positive integer');
  return {
    source: path,
    surfaces: compileSurfaces(path, data.units),
    multipliers: strings(path, data.multipliers, '"multipliers"').sort(byLengthDesc),
    approximate: {
      before: strings(path, approx.before, 'approximate.before').sort(byLengthDesc),
      beforeExceptions: strings(path, approx.beforeExceptions, 'approximate.beforeExceptions'),
      beforeBareMagnitude: strings(path, approx.beforeBareMagnitude, 'approximate.beforeBareMagnitude'),
      between: strings(path, approx.between, 'approximate.between'),
      after: strings(path, approx.after, 'approximate.after').sort(byLengthDesc),
    },
    rangeSeparators: strings(path, data.rangeSeparators, '"rangeSeparators"'),
    perUnits: strings(path, data.perUnits, '"perUnits"').sort(byLengthDesc),
    blockingPrefixes: strings(path, data.blockingPrefixes, '"blockingPrefixes"'),
    excludes: compileExcludes(
      path,
      strings(path, data.fixedWords, '"fixedWords"'),
      strings(path, data.excludePatterns, '"excludePatterns"'),
    ),
    mechanismSuffixes: strings(path, data.mechanismSuffixes, '"mechanismSuffixes"'),
    quotedFigureUnits: strings(path, data.quotedFigureUnits, '"quotedFigureUnits"').sort(byLengthDesc),
    maxFiguresPerPractice: cap,
    enumerationSeparators: strings(path, data.enumerationSeparators, '"enumerationSeparators"'),
    maxEnumerationItem: item,
    object: {
      maxLength,
      stops: strings(path, object.stops, 'object.stops').sort(byLengthDesc),
      stopExceptions: strings(path, object.stopExceptions, 'object.stopExceptions').sort(byLengthDesc),
      leadingStrip: strings(path, object.leadingStrip, 'object.leadingStrip').sort(byLengthDesc),
    },
  };
}
