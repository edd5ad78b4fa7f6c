/**
 * A search query → its units (graph/store/CONTRACT.md, "Search"): normalised (NFKC, traditional → simplified script,
 * trimmed), split on whitespace and punctuation, each unit once, at most MAX_SEARCH_UNITS. Every store ranks by the
 * same units, so they come from this one function.
 */
import * as OpenCC from 'opencc-js';
import { FULLTEXT_INDEX, type NodeLabel } from '../schema';

export const MAX_SEARCH_UNITS = 8;

type SearchableLabel = keyof typeof FULLTEXT_INDEX.fields;

/**
 * The name fields of each searchable label: a unit equal to one of them scores 100, one inside one of them 10. The
 * label's other FULLTEXT_INDEX fields are searched, but only add the 1 of a match.
 */
export const SEARCH_NAME_FIELDS: Record<SearchableLabel, readonly string[]> = {
  Practice: ['title'],
  Mechanism: ['name', 'aliases'],
  Locality: ['name', 'shortName'],
  Organization: ['name'],
};

export function isSearchable(label: NodeLabel): label is SearchableLabel {
  return label in FULLTEXT_INDEX.fields;
}

/** Whitespace and punctuation separate units; everything else (letters, digits, symbols such as + or ×) is a unit's. */
const SEPARATORS = /[\s\p{P}]+/u;

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;

export function searchUnits(query: string): string[] {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  const normalised = toSimplified(query.normalize('NFKC')).trim();
  const units: string[] = [];
  for (const unit of normalised.split(SEPARATORS)) {
    if (unit !== '' && !units.includes(unit)) units.push(unit);
    if (units.length === MAX_SEARCH_UNITS) break;
  }
  return units;
}
