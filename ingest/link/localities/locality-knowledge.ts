/**
 * Loads and validates locality-suffixes.json (format: ingest/knowledge/LOCALITIES.md): the words that turn gazetteer
 * names into the names bulletins write, and that show a name is a place. Read once, by createKnowledge.
 */
import { join } from 'path';
import { jsonChecks, type Json, type JsonChecks } from '../../knowledge/json-checks';
import { LEVELS, type LocalityLevel } from './locality-levels';

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

/** Numeral characters around a name: 6万山区群众 is six ten-thousands of mountain people, not 万山区. */
export interface NumberWords {
  /** Characters of a number's unit (十, 万 …) that may also open a place name. */
  units: string[];
  /** Chinese numeral characters that, right before such a unit, make it a number (ASCII and full-width digits always do). */
  digits: string[];
}

/** The typed content of locality-suffixes.json. */
export interface LocalityKnowledge {
  source: string;
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
  numberWords: NumberWords;
}

export const DEFAULT_LOCALITIES_PATH = join(__dirname, '..', '..', 'knowledge', 'locality-suffixes.json');

// Annotated one by one: TypeScript narrows after a `never` call only through explicitly typed names.
const checks: JsonChecks = jsonChecks('loadLocalityKnowledge');
const fail: JsonChecks['fail'] = checks.fail;
const record: JsonChecks['record'] = checks.record;
const strings: JsonChecks['strings'] = checks.strings;
const pairs: JsonChecks['pairs'] = checks.pairs;

function shortNameSuffixes(file: string, value: unknown): Record<LocalityLevel, string[]> {
  const byLevel = record(file, value, '"shortNameSuffixes"');
  const known = new Set<string>(LEVELS);
  const unknown = Object.keys(byLevel).find((level) => !known.has(level));
  if (unknown !== undefined) fail(file, `shortNameSuffixes.${unknown}: unknown level (expected ${LEVELS.join(', ')})`);
  const entries = LEVELS.map((level) => [level, strings(file, byLevel[level], `shortNameSuffixes.${level}`)]);
  return Object.fromEntries(entries) as Record<LocalityLevel, string[]>;
}

function shortNameContext(file: string, value: unknown): ShortNameContext {
  const ctx = record(file, value, '"shortNameContext"');
  const list = (field: string): string[] => strings(file, ctx[field], `shortNameContext.${field}`);
  return {
    before: list('before'),
    after: list('after'),
    frames: pairs(file, ctx.frames, 'shortNameContext.frames'),
    clauseOpeners: list('clauseOpeners'),
    listSeparators: list('listSeparators'),
    listEnds: list('listEnds'),
    clauseBreaks: list('clauseBreaks'),
    adverbs: list('adverbs'),
    subjectVerbs: list('subjectVerbs'),
  };
}

function unitWords(file: string, value: unknown): UnitWord[] {
  if (!Array.isArray(value)) fail(file, '"units" must be a list');
  return (value as unknown[]).map((raw, i) => {
    const unit = record(file, raw, `units[${i}]`);
    const { word, level, minName } = unit;
    if (typeof word !== 'string' || word.length === 0) fail(file, `units[${i}].word must be a non-empty string`);
    if (level !== 'child' && !LEVELS.includes(level as LocalityLevel))
      fail(file, `units[${i}].level must be child or one of ${LEVELS.join(', ')}`);
    return {
      word: word as string,
      level: level as UnitWord['level'],
      minName: checks.number(file, minName, `units[${i}].minName`, 0),
    };
  });
}

function numberWords(file: string, value: unknown): NumberWords {
  const words = record(file, value, '"numberWords"');
  return {
    units: strings(file, words.units, 'numberWords.units'),
    digits: strings(file, words.digits, 'numberWords.digits'),
  };
}

/** Reads and validates locality-suffixes.json; a wrong field throws an Error naming the file and the field. */
export function loadLocalityKnowledge(file: string = DEFAULT_LOCALITIES_PATH): LocalityKnowledge {
  const data: Json = checks.read(file);
  const list = (field: string): string[] => strings(file, data[field], `"${field}"`);
  return {
    source: file,
    shortNameSuffixes: shortNameSuffixes(file, data.shortNameSuffixes),
    keepNameSuffixes: list('keepNameSuffixes'),
    ethnicGroups: list('ethnicGroups'),
    autonomousSuffixes: list('autonomousSuffixes'),
    aliasSuffixes: checks.stringMap(file, data.aliasSuffixes, '"aliasSuffixes"'),
    zoneAbbreviations: pairs(file, data.zoneAbbreviations, '"zoneAbbreviations"'),
    pseudoCityNames: list('pseudoCityNames'),
    genericNames: list('genericNames'),
    villageNameRewrites: pairs(file, data.villageNameRewrites, '"villageNameRewrites"'),
    townTriggers: list('townTriggers'),
    orgPrefixes: list('orgPrefixes'),
    selfReferences: list('selfReferences'),
    wholeReferences: list('wholeReferences'),
    backReferences: list('backReferences'),
    shortNameContext: shortNameContext(file, data.shortNameContext),
    bareLeadingChars: list('bareLeadingChars'),
    orgWords: list('orgWords'),
    units: unitWords(file, data.units),
    unitNameStopWords: list('unitNameStopWords'),
    unitNameMaxLength: checks.number(file, data.unitNameMaxLength, '"unitNameMaxLength"', 1),
    numberWords: numberWords(file, data.numberWords),
  };
}
