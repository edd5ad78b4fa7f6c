/**
 * The search rules of graph/store/CONTRACT.md ("Search"), the one statement of them every store follows: how a query
 * is cut into units, which fields of a node are its name and its searchable text, the scores, and how occurrences
 * are counted. Each store computes the score in its own engine (SQLite: sqlite/read-search.ts with
 * sqlite/native/kg-search.c; Neo4j: neo4j/cypher/search-statements.ts).
 */
import * as OpenCC from 'opencc-js';
import { FULLTEXT_INDEX, type NodeLabel } from '../schema';

/** Units beyond this many are ignored. */
export const MAX_SEARCH_UNITS = 8;
/** Score of a unit equal to a name field, contained in one, or found anywhere in the searchable text. */
export const SEARCH_SCORES = { nameEquals: 100, nameContains: 10, textContains: 1 } as const;
/** Occurrences of the units in the searchable text are counted up to this many (the second ordering key). */
export const MAX_COUNTED_OCCURRENCES = 50;

/** The fields whose equality to a unit scores most: a mechanism's name or an alias, a place's names, a title. */
export const SEARCH_NAME_FIELDS = {
  Practice: ['title'],
  Mechanism: ['name', 'aliases'],
  Locality: ['name', 'shortName'],
  Organization: ['name'],
} as const satisfies Record<keyof typeof FULLTEXT_INDEX.fields, readonly string[]>;

export type SearchableLabel = keyof typeof FULLTEXT_INDEX.fields;
export const SEARCHABLE_LABELS = Object.keys(FULLTEXT_INDEX.fields) as SearchableLabel[];

export function isSearchableLabel(label: NodeLabel): label is SearchableLabel {
  return Object.hasOwn(FULLTEXT_INDEX.fields, label);
}

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;

/** Whitespace and punctuation (Unicode P*), the separators between units. */
const SEPARATORS = /[\s\p{P}]+/u;

/**
 * NFKC, traditional → simplified script (opencc, as ingest converts documents), trimmed, split on whitespace and
 * punctuation; each unit once (a repeated unit counts once), at most MAX_SEARCH_UNITS units, in query order. No
 * unit: the query finds nothing.
 */
export function searchUnits(text: string): string[] {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  const units: string[] = [];
  for (const unit of toSimplified(text.normalize('NFKC')).trim().split(SEPARATORS)) {
    if (unit !== '' && !units.includes(unit)) units.push(unit);
    if (units.length === MAX_SEARCH_UNITS) break;
  }
  return units;
}

/**
 * Occurrences of `unit` in one field value, counted without overlap from left to right ("aa" occurs twice in "aaaa",
 * once in "aaa"): what String.split, Cypher's split and the SQLite extension's kg_occurrences all count.
 */
export function countOccurrences(text: string, unit: string): number {
  return unit === '' ? 0 : text.split(unit).length - 1;
}
