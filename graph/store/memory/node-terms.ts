/** The index terms of one node: its searchable fields (FIELD_WEIGHTS) cut by text-terms.ts. */
import type { PropertyValue } from '../../graph-document';
import type { NodeLabel } from '../../schema';
import { addFieldTerms, FIELD_WEIGHTS, type Term, type Tokenize } from './text-terms';

export interface NodeTerms {
  terms: Map<Term, number>;
  length: number;
}

export function isSearchable(label: NodeLabel): boolean {
  return FIELD_WEIGHTS[label] !== undefined;
}

/** Null for labels that are not searched. */
export function nodeTerms(label: NodeLabel, props: Record<string, PropertyValue | undefined>, tokenize: Tokenize): NodeTerms | null {
  const fields = FIELD_WEIGHTS[label];
  if (!fields) return null;
  const terms = new Map<Term, number>();
  let length = 0;
  for (const [field, weight] of Object.entries(fields)) {
    for (const value of asStrings(props[field])) length += addFieldTerms(value, weight, tokenize, terms);
  }
  return { terms, length };
}

/** What the index saw of a node; equal keys mean re-indexing can be skipped. */
export function searchKey(label: NodeLabel, props: Record<string, PropertyValue | undefined>): string {
  return JSON.stringify(Object.keys(FIELD_WEIGHTS[label] ?? {}).map((field) => props[field] ?? null));
}

function asStrings(value: PropertyValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : [];
}
