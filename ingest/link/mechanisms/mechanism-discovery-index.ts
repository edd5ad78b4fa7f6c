/**
 * Lookup structures discoverMechanisms derives from DiscoveryRules. They used to be rebuilt for every text (two RegExp,
 * sets, word lists) and words were searched one by one (49 anchors, some 70 cut words: one lastIndexOf each); built once
 * per rules object here, with words grouped by first character so one pass over a short window finds them all.
 */
import type { DiscoveryRules } from './mechanism-lexicon';

/** Words grouped by their first UTF-16 unit. */
export class WordSet {
  private readonly byFirst = new Map<number, string[]>();
  private readonly hasEmpty: boolean;

  constructor(words: readonly string[]) {
    this.hasEmpty = words.includes('');
    for (const w of words) {
      if (w === '') continue;
      const list = this.byFirst.get(w.charCodeAt(0));
      if (list === undefined) this.byFirst.set(w.charCodeAt(0), [w]);
      else list.push(w);
    }
  }

  /**
   * Largest end index (in text) of a word lying wholly inside text[lo, hi), or -1: what the largest
   * `window.lastIndexOf(word) + word.length` over the words gives on window = text.slice(lo, hi), shifted by lo.
   */
  lastEnd(text: string, lo: number, hi: number): number {
    let end = this.hasEmpty ? hi : -1;
    for (let k = lo; k < hi; k++) {
      const list = this.byFirst.get(text.charCodeAt(k));
      if (list === undefined) continue;
      for (const w of list) if (k + w.length <= hi && k + w.length > end && text.startsWith(w, k)) end = k + w.length;
    }
    return end;
  }
}

/** Strings grouped by their last UTF-16 unit, in list order: endsWith runs only for those that can match. */
export class EndingSet {
  private readonly byLast = new Map<number, string[]>();
  private readonly hasEmpty: boolean;

  constructor(list: readonly string[]) {
    this.hasEmpty = list.includes('');
    for (const e of list) {
      if (e === '') continue;
      const group = this.byLast.get(e.charCodeAt(e.length - 1));
      if (group === undefined) this.byLast.set(e.charCodeAt(e.length - 1), [e]);
      else group.push(e);
    }
  }

  /** The longest entry `s` ends with (the first of equally long ones), or '' when none does. */
  longest(s: string): string {
    let best = '';
    for (const e of this.byLast.get(s.charCodeAt(s.length - 1)) ?? [])
      if (e.length > best.length && s.endsWith(e)) best = e;
    return best;
  }

  /** True when `s` ends with some entry. */
  any(s: string): boolean {
    return this.hasEmpty || this.longest(s) !== '';
  }
}

/**
 * 1 for each UTF-16 unit that, as a one-unit string, is in `words`: replaces Set.has(text.charAt(i)), which builds a
 * string for every CJK character. Longer words can never equal one unit and are left out.
 */
function unitTable(words: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const w of words) if (w.length === 1) t[w.charCodeAt(0)] = 1;
  return t;
}

export interface DiscoveryIndex {
  /** A count at the start of a name: 3个, 五项. */
  quantity: RegExp;
  /** A count anywhere: 一批, 5个. */
  counted: RegExp;
  /** Conjunctions and one-character delimiters, by code: a name does not run across them. */
  stopCodes: Uint8Array;
  conjunctions: ReadonlySet<string>;
  /** Longest conjunction, so a longer gap between quotes is not looked up. */
  maxConjunction: number;
  conjunctionCodes: Uint8Array;
  measureCodes: Uint8Array;
  /** First units of the suffixes: a word run without any of them holds no suffix. */
  suffixStarts: Uint8Array;
  nameEndings: EndingSet;
  rejectEndings: EndingSet;
  orgHeads: EndingSet;
  anchors: WordSet;
  /** rejectEndings without the ones a title's quote may have (titleQuotes.presentedEndings). */
  titleRejectEndings: EndingSet;
  /** Anchors, multi-character delimiters and role introducers: the start of a name is cut after the last of them. */
  cutWords: WordSet;
  /** Multi-character delimiters (按照, 通过…). */
  longDelimiters: WordSet;
  /** What may follow 等 after a quote chain for it to list named instances (“A”“B”等品牌). */
  listCarriers: string[];
  /** A global copy of rules.suffixRegex, to run exec on without touching the shared one's lastIndex. */
  suffixScan: RegExp;
}

const cache = new WeakMap<DiscoveryRules, DiscoveryIndex>();

/** The index of `rules`, built on first use. Rules objects are treated as immutable once loaded. */
export function discoveryIndex(rules: DiscoveryRules): DiscoveryIndex {
  let index = cache.get(rules);
  if (index !== undefined) return index;
  const longDelimiters = rules.delimiters.filter((d) => d.length > 1);
  index = {
    quantity: new RegExp(`^[0-9${rules.numerals}]+[${rules.measureWords}]`),
    counted: new RegExp(`[0-9${rules.numerals}][${rules.measureWords}]`),
    stopCodes: unitTable([...rules.conjunctions, ...rules.delimiters]),
    conjunctions: new Set(rules.conjunctions),
    maxConjunction: Math.max(0, ...rules.conjunctions.map((c) => c.length)),
    conjunctionCodes: unitTable(rules.conjunctions),
    measureCodes: unitTable(rules.measureWords.split('')),
    // An empty suffix (impossible in loaded rules) would occur in every run.
    suffixStarts: rules.suffixes.includes('')
      ? new Uint8Array(0x10000).fill(1)
      : unitTable(rules.suffixes.map((x) => x.charAt(0))),
    nameEndings: new EndingSet(rules.nameEndings),
    rejectEndings: new EndingSet(rules.rejectEndings),
    orgHeads: new EndingSet(rules.orgHeads),
    anchors: new WordSet(rules.anchors),
    titleRejectEndings: new EndingSet(
      rules.rejectEndings.filter((e) => !rules.titleQuotes.presentedEndings.includes(e)),
    ),
    cutWords: new WordSet([...rules.anchors, ...longDelimiters, ...rules.roleIntroducers]),
    longDelimiters: new WordSet(longDelimiters),
    listCarriers: [...rules.quotedCarriers, ...rules.suffixes],
    suffixScan: new RegExp(
      rules.suffixRegex.source,
      rules.suffixRegex.flags.includes('g') ? rules.suffixRegex.flags : `${rules.suffixRegex.flags}g`,
    ),
  };
  cache.set(rules, index);
  return index;
}

/** [\u3400-\u9fff]: CJK ideographs (extension A and the basic block). */
export const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** [0-9０-９+＋]: a digit or plus sign just before a suffix name starts a numeric name. */
export const isNumberChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2b || c === 0xff0b;
/** [0-9０-９A-Za-z+＋]: the characters of a numeric prefix (1+N, 3+1). */
export const isNumericPrefixChar = (c: number): boolean =>
  isNumberChar(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** [\u3400-\u9fff0-9A-Za-z+＋]: characters of the word run after a closing quote. */
export const isWordChar = (c: number): boolean =>
  isHan(c) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2b ||
  c === 0xff0b;
