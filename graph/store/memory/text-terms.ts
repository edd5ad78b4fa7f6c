/**
 * Full-text analysis, shared by indexing and querying so both cut text the same way. Terms are the character
 * bigrams of every letter/digit run — so any substring of two or more characters matches, however the tokenizer
 * split it (潜山 inside 潜山市, 双报到 cut 双/报/到) — plus the caller's tokens of three or more characters as
 * whole-word terms, which rank an exact word above a chance co-occurrence of its bigrams. Bigrams are exactly two
 * characters and words at least three, so the two kinds never collide.
 */
import type { NodeLabel } from '../../schema';

/** The caller's word segmenter (nodejieba with the domain dictionary); graph/ never imports ingest/. */
export type Tokenize = (text: string) => string[];

/**
 * An index term. A bigram of two BMP characters is the int32 (c1 << 16 | c2): integer keys hash and compare
 * without allocating a string per bigram, which halves indexing time. Words (and the rare bigram with an astral
 * character) are strings.
 */
export type Term = number | string;

/** Searchable fields and their weights (a name counts more than a sentence of text); see FULLTEXT_INDEX. */
export const FIELD_WEIGHTS: Partial<Record<NodeLabel, Record<string, number>>> = {
  Practice: { title: 3, text: 1 },
  Mechanism: { name: 4, aliases: 3, description: 1 },
  Locality: { name: 4, shortName: 4 },
  Organization: { name: 4 },
};

/** A query is cut into at most this many units, each at most this many bigrams, to bound its cost. */
const MAX_UNITS = 16;
const MAX_UNIT_TERMS = 48;
const MAX_TF = 255;

const RUN = /[\p{L}\p{N}]+/gu;
const WORD = /^[\p{L}\p{N}]+$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Full-width digits and letters only: full-width punctuation (，：（）) is everywhere and never part of a term. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const NEEDS_FOLDING = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/**
 * Full-width letters and digits (ＡＢＣ１２３) folded to ASCII, and lower-cased — what matters for matching bulletin text.
 * (Full NFKC would cost more than the rest of the analysis.)
 */
export function normalizeText(text: string): string {
  // Most bulletin text has neither: a test is far cheaper than building two new strings.
  if (!NEEDS_FOLDING.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/**
 * Adds one field value's terms to `into` (term → weighted frequency, capped at 255) and returns the number of
 * bigram positions, the field's length for BM25.
 */
export function addFieldTerms(value: string, weight: number, tokenize: Tokenize, into: Map<Term, number>): number {
  let length = 0;
  for (const run of normalizeText(value).match(RUN) ?? []) {
    for (const bigram of bigrams(run)) {
      into.set(bigram, Math.min(MAX_TF, (into.get(bigram) ?? 0) + weight));
      length++;
    }
  }
  for (const word of words(value, tokenize)) into.set(word, Math.min(MAX_TF, (into.get(word) ?? 0) + weight));
  return length;
}

/** One run of letters/digits in a query: a document matches it when it holds all its bigrams. */
export interface QueryUnit {
  /** The run, normalized (compared with names for the exact-name bonus). */
  text: string;
  bigrams: Term[];
  /** Whole words of the run (three or more characters); they raise the score, they are not required. */
  words: string[];
}

export function queryUnits(query: string, tokenize: Tokenize): QueryUnit[] {
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  for (const run of normalizeText(query).match(RUN) ?? []) {
    if (seen.has(run) || units.length >= MAX_UNITS) continue;
    seen.add(run);
    const terms = [...new Set(bigrams(run))].slice(0, MAX_UNIT_TERMS);
    if (terms.length > 0) units.push({ text: run, bigrams: terms, words: [...new Set(words(run, tokenize))] });
  }
  return units;
}

function bigrams(run: string): Term[] {
  const out: Term[] = [];
  if (!SURROGATE.test(run)) {
    for (let i = 0; i + 1 < run.length; i++) out.push((run.charCodeAt(i) << 16) | run.charCodeAt(i + 1));
    return out;
  }
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = (chars[i] as string) + (chars[i + 1] as string);
    out.push(pair.length === 2 ? (pair.charCodeAt(0) << 16) | pair.charCodeAt(1) : pair);
  }
  return out;
}

function words(value: string, tokenize: Tokenize): string[] {
  const out: string[] = [];
  for (const token of tokenize(value)) {
    const word = normalizeText(token.trim());
    if (word.length >= 3 && WORD.test(word)) out.push(word);
  }
  return out;
}
