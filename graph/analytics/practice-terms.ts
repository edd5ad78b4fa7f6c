/**
 * The terms a practice is compared on: jieba words of its text with boilerplate phrases, stop words, place names,
 * numbers and one-character words masked, so two items are not "similar" for sharing a county, a figure or a phrase
 * every bulletin prints (党建引领). The tokenizer and the place-name test are injected (no jieba at module load).
 */
import type { AnalysisKnowledge } from './analysis-knowledge';

/** Word segmentation (the caller passes nodejieba with the domain dictionary). */
export type Tokenize = (text: string) => string[];

export interface TermContext {
  tokenize: Tokenize;
  knowledge: AnalysisKnowledge;
  /** Place names (gazetteer names and short names); absent: none are masked beyond the stop words. */
  isPlaceName?: (word: string) => boolean;
}

/** Clause breaks: jieba never joins words across them, so boilerplate is replaced by one. */
const BREAK = '，';
const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A figure anywhere in a word (3673人次, 1+N) makes it a number, not a term. */
const DIGIT = /[0-9０-９]/;

/** Term → occurrences in the practice (title included when the text does not start with it). */
export function practiceTerms({
  title,
  text,
  context,
}: {
  title: string;
  text: string;
  context: TermContext;
}): Map<string, number> {
  const { knowledge } = context;
  let masked = text.startsWith(title) ? text : `${title}${BREAK}${text}`;
  for (const phrase of knowledge.boilerplate) if (masked.includes(phrase)) masked = masked.split(phrase).join(BREAK);
  const terms = new Map<string, number>();
  const add = (word: string) => {
    if (isTerm(word, context)) terms.set(word, (terms.get(word) ?? 0) + 1);
  };
  let previous = '';
  for (const token of context.tokenize(masked)) {
    const word = token.trim();
    add(word);
    // jieba leaves words it does not know as single characters (报|到, 领|岗): adjacent ones are paired back.
    const single = word.length === 1 && HAN.test(word);
    if (single && previous !== '') add(previous + word);
    previous = single ? word : '';
  }
  return terms;
}

function isTerm(word: string, { knowledge, isPlaceName }: TermContext): boolean {
  if (word.length < knowledge.minTermLength || !WORD_CHARACTER.test(word)) return false;
  if (knowledge.stopWords.has(word)) return false;
  if (DIGIT.test(word)) return false;
  if ([...word].every((c) => knowledge.numeralCharacters.has(c))) return false;
  return !isPlaceName?.(word);
}
