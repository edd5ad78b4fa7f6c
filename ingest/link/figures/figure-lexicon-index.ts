/** Lookups compiled from a UnitLexicon once, so figure extraction tests a handful of words per position, not all. */
import type { UnitLexicon, UnitSurface } from './unit-lexicon';

/**
 * Words grouped by their first character (or last, for `endingAt`), each group in list order: a lookup returns the
 * same word as `words.find(...)` over the whole list, after one map probe instead of a scan of every word.
 */
export class WordIndex {
  private readonly groups = new Map<number, string[]>();

  constructor(
    words: readonly string[],
    private readonly fromEnd: boolean,
  ) {
    for (const w of words) {
      const key = w.charCodeAt(fromEnd ? w.length - 1 : 0);
      const group = this.groups.get(key);
      if (group) group.push(w);
      else this.groups.set(key, [w]);
    }
  }

  /** The first word (in list order) written at `i`, as `words.find((w) => text.startsWith(w, i))`. */
  at(text: string, i: number): string | undefined {
    const from = Math.max(0, i); // clamped like startsWith
    const group = this.groups.get(text.charCodeAt(from));
    if (group !== undefined) for (const w of group) if (text.startsWith(w, from)) return w;
    return undefined;
  }

  /** The first word (in list order) ending at `at`, as `words.find((w) => text.endsWith(w, at))`. */
  endingAt(text: string, at: number): string | undefined {
    const to = Math.min(at, text.length); // clamped like endsWith
    const group = this.groups.get(text.charCodeAt(to - 1));
    if (group !== undefined) for (const w of group) if (text.endsWith(w, to)) return w;
    return undefined;
  }
}

export interface FigureLexiconIndex {
  /** Unit spellings by first character, longest first within each group (so 人次 still wins over 人). */
  surfaces: Map<number, UnitSurface[]>;
  multipliers: WordIndex;
  rangeSeparators: WordIndex;
  perUnits: WordIndex;
  between: WordIndex;
  after: WordIndex;
  before: WordIndex;
  beforeExceptions: WordIndex;
  beforeBareMagnitude: ReadonlySet<string>;
  blockingPrefixes: WordIndex;
  mechanismSuffixes: WordIndex;
  stops: WordIndex;
  stopExceptions: WordIndex;
  /** Char codes that may start a stop or stop exception: most characters of a phrase skip both lookups. */
  stopStart: Uint8Array;
  /** Separators of an enumeration whose length a following Chinese count restates. */
  enumerationSeparators: WordIndex;
  maxEnumerationItem: number;
  /** Spans that never hold figures: quoted names, then the lexicon's excludes; global, compiled once. */
  blocked: RegExp[];
  /** How many of `blocked` (the first ones) are quote spans, which a quoted figure (“95%”) leaves open. */
  quoteSpans: number;
  /** The whole content of a quote that is a figure, not a name: a number and one of `quotedFigureUnits`. */
  quotedFigure: RegExp;
}

// Quoted or titled spans are names (“1+N”, “3860 部队”, 《…》), never counts.
const NAME_SPANS = [
  /“[^“”]{1,30}”/g,
  /"[^"\n]{1,30}"/g,
  /「[^「」]{1,30}」/g,
  /『[^『』]{1,30}』/g,
  /《[^《》]{1,60}》/g,
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const indexes = new WeakMap<UnitLexicon, FigureLexiconIndex>();

function compile(lexicon: UnitLexicon): FigureLexiconIndex {
  const surfaces = new Map<number, UnitSurface[]>();
  for (const s of lexicon.surfaces) {
    const key = s.surface.charCodeAt(0);
    const group = surfaces.get(key);
    if (group) group.push(s);
    else surfaces.set(key, [s]);
  }
  const ax = lexicon.approximate;
  const obj = lexicon.object;
  const stopStart = new Uint8Array(0x10000);
  for (const w of [...obj.stops, ...obj.stopExceptions]) stopStart[w.charCodeAt(0)] = 1;
  return {
    surfaces,
    multipliers: new WordIndex(lexicon.multipliers, false),
    rangeSeparators: new WordIndex(lexicon.rangeSeparators, false),
    perUnits: new WordIndex(lexicon.perUnits, false),
    between: new WordIndex(ax.between, false),
    after: new WordIndex(ax.after, false),
    before: new WordIndex(ax.before, true),
    beforeExceptions: new WordIndex(ax.beforeExceptions, true),
    beforeBareMagnitude: new Set(ax.beforeBareMagnitude),
    blockingPrefixes: new WordIndex(lexicon.blockingPrefixes, true),
    mechanismSuffixes: new WordIndex(lexicon.mechanismSuffixes, false),
    stops: new WordIndex(obj.stops, false),
    stopExceptions: new WordIndex(obj.stopExceptions, false),
    stopStart,
    enumerationSeparators: new WordIndex(lexicon.enumerationSeparators, true),
    maxEnumerationItem: lexicon.maxEnumerationItem,
    // Only the source is kept, as before: the lexicon's patterns are matched globally without other flags.
    blocked: [...NAME_SPANS, ...lexicon.excludes].map((re) => new RegExp(re.source, 'g')),
    quoteSpans: NAME_SPANS.length - 1, // 《…》 (the last) is a title: nothing in it is a figure
    quotedFigure: new RegExp(
      `^\\s*(?:${ax.before.map(escapeRegExp).join('|')})?\\s*[0-9０-９][0-9０-９.．,，]*\\s*(?:${lexicon.quotedFigureUnits.map(escapeRegExp).join('|')})\\s*$`,
    ),
  };
}

/** The compiled index of `lexicon`, built on first use. A lexicon is treated as immutable once loaded. */
export function figureLexiconIndex(lexicon: UnitLexicon): FigureLexiconIndex {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    index = compile(lexicon);
    indexes.set(lexicon, index);
  }
  return index;
}
