/**
 * Chains written with dashes or arrows: 楼栋长—单元长—党员户, 镇-村-组, 村→组→户. Three or more items of Han
 * characters; the verb before the first item (建立, 按照 …) and a tail after the last (流程, 联系链条) are not items.
 * Canonical name: the items joined by “—”, whatever the separators were; the tail joins the mention, not the name —
 * unless the tail is the chain's own name, a level name counting its items (“街道党工委—社区党委—网格党支部—楼宇党小组
 * —单元党员中心户”五级组织体系, “镇-村-组”三级联动体系): the mechanism is then that name, the chain its alias.
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import { parseNumeralAt } from '../text-reading/parse-numeral';
import { isCloser, type ShapeContext } from './shape-context';

interface Item {
  start: number;
  end: number;
}

/** The start of the first item, ending at `end`: at most maxChainItem Han characters, cut after a verb or stop word. */
function firstItemStart(ctx: ShapeContext, end: number): number {
  const { text, shapes, index } = ctx;
  let k = end;
  while (
    k > 0 &&
    end - k < shapes.maxChainItem + 4 &&
    isHan(text.charCodeAt(k - 1)) &&
    index.stopCodes[text.charCodeAt(k - 1)] !== 1
  )
    k--;
  const cut = ctx.starts.lastEnd(text, k, end);
  if (cut > k && cut < end) k = cut;
  return end - k > shapes.maxChainItem ? -1 : k;
}

/** The end of an item starting at `start`: before a level tail (三级…, 四层…), a chain tail, a stop word or non-Han. */
function lastItemEnd(ctx: ShapeContext, start: number): number {
  const { text, shapes, index } = ctx;
  let k = start;
  while (
    k < text.length &&
    k - start < shapes.maxChainItem &&
    isHan(text.charCodeAt(k)) &&
    index.stopCodes[text.charCodeAt(k)] !== 1
  ) {
    if (
      k > start &&
      (ctx.chainTails.at(text, k) !== undefined ||
        (ctx.numeral[text.charCodeAt(k)] === 1 && ctx.shapes.chainLevelWords.includes(text.charAt(k + 1))))
    )
      return k;
    k++;
  }
  // A run longer than an item (组—户籍管理改革推进工作专班) has no end we can trust.
  const next = text.charCodeAt(k);
  return k - start === shapes.maxChainItem && isHan(next) && index.stopCodes[next] !== 1 ? start : k;
}

/** What follows a chain and belongs to its mention: a closing quote, then a run up to its last chain tail (五级组织体系). */
function tailEnd(ctx: ShapeContext, end: number): number {
  const { text } = ctx;
  const from = isCloser(text.charCodeAt(end)) ? end + 1 : end;
  let last = end;
  for (
    let k = from;
    k < text.length && k - from < 10 && isHan(text.charCodeAt(k)) && ctx.index.stopCodes[text.charCodeAt(k)] !== 1;
    k++
  ) {
    const tail = ctx.chainTails.at(text, k);
    if (tail !== undefined) last = k + tail.length; // the last tail: 三级联动体系, not 三级联动
  }
  return last;
}

/**
 * The tail between `from` (the chain's end) and `end`, when it names the chain by counting its levels: a numeral equal
 * to the number of items, a `chainLevelWords` word (级, 层), and a head ending in a chain tail (五级组织体系, 三级联动体系);
 * else null.
 */
function levelName(ctx: ShapeContext, from: number, end: number, items: number): string | null {
  const { text } = ctx;
  const at = isCloser(text.charCodeAt(from)) ? from + 1 : from;
  const count = parseNumeralAt(text, at);
  if (
    count === null ||
    count.value !== items ||
    !ctx.shapes.chainLevelWords.includes(text.charAt(count.end)) ||
    count.end + 1 >= end
  )
    return null;
  return text.slice(at, end);
}

export function findChainNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text, shapes } = ctx;
  const out: MechanismCandidate[] = [];
  // Most texts hold no such sign at all: one native search each spares the walk.
  if (!shapes.chainSeparators.some((s) => text.includes(s))) return out;
  for (let i = 1; i < text.length; i++) {
    const sep0 = ctx.chainSeparators.at(text, i);
    if (sep0 === undefined || !isHan(text.charCodeAt(i - 1))) continue;
    const start = firstItemStart(ctx, i);
    if (start < 0) continue;
    const items: Item[] = [{ start, end: i }];
    let pos = i;
    for (;;) {
      const sep = ctx.chainSeparators.at(text, pos);
      if (sep === undefined || !isHan(text.charCodeAt(pos + sep.length))) break;
      const itemStart = pos + sep.length;
      const itemEnd = lastItemEnd(ctx, itemStart);
      if (itemEnd === itemStart) break;
      items.push({ start: itemStart, end: itemEnd });
      pos = itemEnd;
      // An item that stopped before its run ended (a tail, a stop word) is the last one.
      if (ctx.chainSeparators.at(text, pos) === undefined) break;
    }
    if (items.length >= shapes.minChainItems) {
      const last = items[items.length - 1]!;
      const chain = items.map((it) => text.slice(it.start, it.end)).join('—');
      const end = tailEnd(ctx, last.end);
      const named = levelName(ctx, last.end, end, items.length);
      out.push(
        named === null
          ? { name: chain, start, end, via: 'chain', curated: false, category: null }
          : { name: named, start, end, via: 'chain', curated: false, category: null, alias: chain },
      );
    }
    i = items[items.length - 1]!.end;
  }
  return out;
}
