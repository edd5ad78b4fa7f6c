/**
 * What the shape detectors (cadences, lists, chains, compounds, counted names) share: the rules compiled once into
 * lookup tables, and the tests that tell a name presented as one from words that merely look like one.
 */
import type { Span } from '../../types';
import type { DiscoveryRules, ShapeRules } from './discovery-rules';
import { discoveryIndex, isHan, WordSet, type DiscoveryIndex } from './mechanism-discovery-index';

/** Longest-first word lists with a first-character table, for `wordAt` lookups. */
export class Words {
  private readonly byFirst = new Map<number, string[]>();
  /** 1 for the first UTF-16 unit of some word: most positions are settled by one array read. */
  readonly first = new Uint8Array(0x10000);
  constructor(words: readonly string[]) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      this.first[w.charCodeAt(0)] = 1;
      const list = this.byFirst.get(w.charCodeAt(0));
      if (list === undefined) this.byFirst.set(w.charCodeAt(0), [w]);
      else list.push(w);
    }
  }
  /** The longest word written at `pos`, or undefined. */
  at(text: string, pos: number): string | undefined {
    const c = text.charCodeAt(pos);
    if (this.first[c] !== 1) return undefined;
    for (const w of this.byFirst.get(c) ?? []) if (text.startsWith(w, pos)) return w;
    return undefined;
  }
  /** The longest word that `s` ends with, or undefined. */
  endOf(s: string): string | undefined {
    let best: string | undefined;
    for (const list of this.byFirst.values())
      for (const w of list) if ((best === undefined || w.length > best.length) && s.endsWith(w)) best = w;
    return best;
  }
}

export interface ShapeContext {
  text: string;
  /** Where the practice's title is in `text`, or null. */
  title: Span | null;
  rules: DiscoveryRules;
  shapes: ShapeRules;
  index: DiscoveryIndex;
  periods: Words;
  periodRank: ReadonlyMap<string, number>;
  periodSuffixes: Words;
  listSeparators: Words;
  methodWords: Words;
  closers: Words;
  ofClosers: Words;
  chainSeparators: Words;
  chainTails: Words;
  plusSigns: Words;
  bundleHeads: Words;
  levelHeads: Words;
  scopeHeads: Words;
  presenters: Words;
  /** Anchors, multi-character delimiters and role introducers: a name may start right after one. */
  starts: WordSet;
  numeral: Uint8Array;
  measure: Uint8Array;
  /** The discovery suffixes as a sticky regex: does one start exactly here. */
  suffixAt: RegExp;
}

type Tables = Omit<ShapeContext, 'text' | 'title'>;
const cache = new WeakMap<DiscoveryRules, Tables>();

function table(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/** The context for one text; the tables are built once per rules object. */
export function shapeContext(input: { text: string; rules: DiscoveryRules; title?: Span | null }): ShapeContext {
  const { text, rules } = input;
  let t = cache.get(rules);
  if (t === undefined) {
    const s = rules.shapes;
    t = {
      rules,
      shapes: s,
      index: discoveryIndex(rules),
      periods: new Words(s.periods),
      periodRank: new Map(s.periods.map((p, i) => [p, i])),
      periodSuffixes: new Words(s.periodSuffixes),
      listSeparators: new Words(s.listSeparators),
      methodWords: new Words(s.methodWords),
      closers: new Words(s.listClosers),
      ofClosers: new Words(s.ofClosers),
      chainSeparators: new Words(s.chainSeparators),
      chainTails: new Words(s.chainTails),
      plusSigns: new Words(s.plusSigns),
      bundleHeads: new Words(s.bundleHeads),
      levelHeads: new Words(s.levelHeads),
      scopeHeads: new Words(s.scopeHeads),
      presenters: new Words(s.presenters),
      starts: new WordSet([
        ...rules.anchors,
        ...rules.delimiters.filter((d) => d.length > 1),
        ...rules.roleIntroducers,
      ]),
      numeral: table(rules.numerals),
      measure: table(s.bundleMeasures),
      suffixAt: new RegExp(rules.suffixRegex.source, 'y'),
    };
    cache.set(rules, t);
  }
  return { ...t, text, title: input.title ?? null };
}

const OPENERS = table('“"「『‘');
const CLOSERS = table('”"」』’');
export const isOpener = (c: number): boolean => OPENERS[c] === 1;
export const isCloser = (c: number): boolean => CLOSERS[c] === 1;

/** The span is exactly a quotation (also a mixed or ASCII pair: "…", “…"). */
function isQuoted(ctx: ShapeContext, { start, end }: Span): boolean {
  return isOpener(ctx.text.charCodeAt(start - 1)) && isCloser(ctx.text.charCodeAt(end));
}

/** A name may start at `pos`: the text's start, a non-Han character, a stop word, or the end of an anchor/introducer. */
export function startsWord(ctx: ShapeContext, pos: number): boolean {
  if (pos === 0) return true;
  const c = ctx.text.charCodeAt(pos - 1);
  if (!isHan(c) || ctx.index.stopCodes[c] === 1) return true;
  return ctx.starts.lastEnd(ctx.text, Math.max(0, pos - 4), pos) === pos;
}

/**
 * The text presents the span at [start, end) as a name: it is quoted, or an anchor verb (建立, 推行 …) stands shortly
 * before it with nothing counted in between, or a closer word (机制, 工作法, 服务 …) or a presenter (即, ：) follows.
 * A closer after a quotation presents the whole quotation, not a part of it (“一事一议、一议一办”工作机制).
 */
export function presented(ctx: ShapeContext, span: Span): boolean {
  const { start, end } = span;
  if (isQuoted(ctx, span)) return true;
  const closes = isCloser(ctx.text.charCodeAt(end));
  if (closes && !isOpener(ctx.text.charCodeAt(start - 1))) return anchoredBefore(ctx, start);
  const after = closes ? end + 1 : end;
  if (ctx.closers.at(ctx.text, after) !== undefined || ctx.presenters.at(ctx.text, after) !== undefined) return true;
  return anchoredBefore(ctx, isOpener(ctx.text.charCodeAt(start - 1)) ? start - 1 : start);
}

/** An anchor verb ends at most maxAnchorGap Han characters before `pos`, with no stop word or count in between. */
export function anchoredBefore(ctx: ShapeContext, pos: number): boolean {
  const { text, rules, index } = ctx;
  let lo = pos;
  while (lo > 0 && pos - lo < rules.maxAnchorGap + 4 && isHan(text.charCodeAt(lo - 1))) lo--;
  const end = index.anchors.lastEnd(text, lo, pos);
  if (end < 0 || pos - end > rules.maxAnchorGap) return false;
  for (let k = end; k < pos; k++) if (index.stopCodes[text.charCodeAt(k)] === 1) return false;
  return !index.counted.test(text.slice(end, pos));
}

/** The span [start, end) lies inside the practice's title. */
export function inTitle(ctx: ShapeContext, { start, end }: Span): boolean {
  return ctx.title !== null && start >= ctx.title.start && end <= ctx.title.end;
}

/** End of the run of Han characters starting at `pos` (at most `max` long). */
export function hanRunEnd(text: string, { pos, max }: { pos: number; max: number }): number {
  let k = pos;
  while (k < text.length && k - pos < max && isHan(text.charCodeAt(k))) k++;
  return k;
}
