/**
 * Word segmentation with nodejieba and a domain dictionary (gazetteer names, mechanisms and their aliases,
 * organization words), so that 双报到, 红色物业, 党群议事会 are single tokens — jieba's stock dictionary cuts 双报到
 * into 双/报/到. nodejieba is one native dictionary per process, so the factory is the only place that loads it and
 * adds words; afterwards nothing changes it. A document's own names (mechanisms it discovered) are kept whole by
 * `wordsWith`, without teaching the shared dictionary: the cut of a text never depends on what was ingested before.
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
  /** The words only, without offsets: cheaper when positions are not needed (term statistics). */
  words(text: string): string[];
  /**
   * The words of `text`, every occurrence of one of `whole` kept as one word (leftmost first, longest first) and the
   * text between them cut as `words` cuts it.
   */
  wordsWith(text: string, whole: ReadonlySet<string>): string[];
  /** Number of domain words in the dictionary. */
  readonly domainWords: number;
}

let dictionaryLoaded = false;
const added = new Set<string>();

export function createSegmenter(options: { words?: Iterable<string> } = {}): Segmenter {
  if (!dictionaryLoaded) {
    nodejieba.load();
    dictionaryLoaded = true;
  }
  for (const word of options.words ?? []) {
    const w = word.trim();
    // One-character words would only make jieba worse; whitespace inside a word breaks its dictionary format.
    if (w.length < 2 || /\s/.test(w) || added.has(w)) continue;
    nodejieba.insertWord(w);
    added.add(w);
  }
  const words = (text: string) => nodejieba.cut(text);
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
    words,
    wordsWith(text: string, whole: ReadonlySet<string>): string[] {
      if (whole.size === 0) return words(text);
      const byFirst = new Map<string, string[]>();
      for (const w of whole)
        if (w.length >= 2)
          byFirst.set(
            w[0] as string,
            [...(byFirst.get(w[0] as string) ?? []), w].sort((a, b) => b.length - a.length),
          );
      const out: string[] = [];
      let from = 0;
      for (let i = 0; i < text.length; i++) {
        const found = byFirst.get(text[i] as string)?.find((w) => text.startsWith(w, i));
        if (!found) continue;
        if (i > from) out.push(...words(text.slice(from, i)));
        out.push(found);
        from = i + found.length;
        i = from - 1;
      }
      if (from < text.length) out.push(...words(text.slice(from)));
      return out;
    },
    get domainWords() {
      return added.size;
    },
  };
}
