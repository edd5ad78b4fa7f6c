/**
 * Word segmentation with nodejieba and a domain dictionary (gazetteer names, mechanisms and their aliases,
 * organization words, mechanisms discovered while ingesting), so that 双报到, 红色物业, 党群议事会 are single
 * tokens — jieba's stock dictionary cuts 双报到 into 双/报/到. nodejieba is one native dictionary per process,
 * so the factory is the only place that loads it or adds words; stages receive the Segmenter.
 */
import nodejieba from 'nodejieba';

export interface Token {
  word: string;
  /** Offsets into the segmented text. */
  start: number;
  end: number;
}

export interface Segmenter {
  cut(text: string): Token[];
  /** The words only, without offsets: cheaper when positions are not needed (term statistics, search). */
  words(text: string): string[];
  /** Adds words (e.g. newly discovered mechanism names); returns how many were new. */
  addWords(words: Iterable<string>): number;
  /** Number of domain words added so far. */
  readonly domainWords: number;
}

let dictionaryLoaded = false;
const added = new Set<string>();

export function createSegmenter(options: { words?: Iterable<string> } = {}): Segmenter {
  if (!dictionaryLoaded) {
    nodejieba.load();
    dictionaryLoaded = true;
  }
  const addWords = (words: Iterable<string>): number => {
    let count = 0;
    for (const word of words) {
      const w = word.trim();
      // One-character words would only make jieba worse; whitespace inside a word breaks its dictionary format.
      if (w.length < 2 || /\s/.test(w) || added.has(w)) continue;
      nodejieba.insertWord(w);
      added.add(w);
      count++;
    }
    return count;
  };
  addWords(options.words ?? []);
  return {
    cut(text: string): Token[] {
      const tokens: Token[] = [];
      let offset = 0;
      for (const word of nodejieba.cut(text)) {
        tokens.push({ word, start: offset, end: offset + word.length });
        offset += word.length;
      }
      if (offset !== text.length) throw new Error(`segment: tokens cover ${offset} of ${text.length} characters`);
      return tokens;
    },
    words: (text: string) => nodejieba.cut(text),
    addWords,
    get domainWords() {
      return added.size;
    },
  };
}
