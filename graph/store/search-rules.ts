/**
 * The search rules of graph/store/CONTRACT.md ("Search"), shared by every store: how a query is cut into units and
 * which fields of a node are its name and its searchable text. Each store computes the score in its own engine.
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
 * punctuation; at most MAX_SEARCH_UNITS units, in query order. No unit: the query finds nothing.
 */
export function searchUnits(text: string): string[] {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  return toSimplified(text.normalize('NFKC'))
    .trim()
    .split(SEPARATORS)
    .filter((unit) => unit !== '')
    .slice(0, MAX_SEARCH_UNITS);
}
