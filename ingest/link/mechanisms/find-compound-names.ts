/**
 * Compounds written with plus signs: 党建+物业 (two items when the first is a hub word such as 党建), 支部+合作社+农户
 * (three or more items), a quoted item with a trailing sign — a hub word (“党建+”), or another item presented as below
 * (“林长+”工作机制) —, and two quoted items the text presents as one name: closed by a
 * method word, maybe after a generic word (“物业服务+养老服务”模式, “网格+积分”治理模式), after an anchor verb
 * (推行“网格+积分”) or right after a quote anchor (开展“…”), or quoted in the practice's title (嘉善县“网格+积分”激活…). Items are Han words; a formula with
 * digits (“3+1”, 1+N) is a numeric name, found by discovery. Two ordinary items otherwise (“集中培训+观摩学习”相结合),
 * or two generic words however presented (“线上+线下”), describe a combination, not a mechanism.
 * Canonical name: the items joined by “+”.
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import { anchoredBefore, inTitle, isCloser, isOpener, type ShapeContext } from './shape-context';

interface Item {
  start: number;
  end: number;
}

/** The longest generic word looked for between a quoted pair and its method word. */
const GENERIC_WORD_MAX = 3;

/** Start of the item ending at `end`, after a verb or stop word; -1 when longer than an item can be. */
function itemStartBefore(ctx: ShapeContext, end: number): number {
  const { text, shapes, index } = ctx;
  let k = end;
  while (
    k > 0 &&
    end - k < shapes.maxPlusItem + 4 &&
    isHan(text.charCodeAt(k - 1)) &&
    index.stopCodes[text.charCodeAt(k - 1)] !== 1
  )
    k--;
  const cut = ctx.starts.lastEnd(text, k, end);
  if (cut > k && cut < end) k = cut;
  return end - k > shapes.maxPlusItem || k === end ? -1 : k;
}

/** End of the item starting at `start`; in an unquoted compound an item stops before a closer word (党建+网格|模式). */
function itemEndAfter(ctx: ShapeContext, start: number, quoted: boolean): number {
  const { text, shapes, index } = ctx;
  let k = start;
  while (
    k < text.length &&
    k - start <= shapes.maxPlusItem &&
    isHan(text.charCodeAt(k)) &&
    index.stopCodes[text.charCodeAt(k)] !== 1
  ) {
    if (!quoted && k > start && (ctx.closers.at(text, k) !== undefined || ctx.chainTails.at(text, k) !== undefined))
      return k;
    k++;
  }
  return k - start > shapes.maxPlusItem ? start : k;
}

/** A method word (模式, 机制 …) at `pos`, or right after one generic word (治理模式, 服务机制). */
function closedAt(ctx: ShapeContext, pos: number): boolean {
  const { text, rules } = ctx;
  if (ctx.closers.at(text, pos) !== undefined) return true;
  for (let n = 1; n <= GENERIC_WORD_MAX; n++) {
    if (rules.genericWords.has(text.slice(pos, pos + n)) && ctx.closers.at(text, pos + n) !== undefined) return true;
  }
  return false;
}

/** Quoted items (two, or one with a trailing sign) presented as one name (see the banner), and not only generic words. */
function presentedQuote(ctx: ShapeContext, items: Item[], end: number): boolean {
  const { text, rules } = ctx;
  const first = items[0]!;
  if (!isOpener(text.charCodeAt(first.start - 1)) || !isCloser(text.charCodeAt(end))) return false;
  if (items.every((it) => rules.genericWords.has(text.slice(it.start, it.end)))) return false;
  const open = first.start - 1;
  return (
    closedAt(ctx, end + 1) ||
    anchoredBefore(ctx, open) ||
    rules.quoteAnchors.some((w) => text.endsWith(w, open)) ||
    inTitle(ctx, { start: open, end: end + 1 })
  );
}

export function findCompoundNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text, shapes } = ctx;
  const out: MechanismCandidate[] = [];
  // Most texts hold no such sign at all: one native search each spares the walk.
  if (!shapes.plusSigns.some((s) => text.includes(s))) return out;
  for (let i = 1; i < text.length; i++) {
    if (ctx.plusSigns.at(text, i) === undefined || !isHan(text.charCodeAt(i - 1))) continue;
    const start = itemStartBefore(ctx, i);
    if (start < 0) continue;
    const items: Item[] = [{ start, end: i }];
    const quoted = isOpener(text.charCodeAt(start - 1));
    let pos = i;
    let open = false;
    for (;;) {
      const plus = ctx.plusSigns.at(text, pos);
      if (plus === undefined) break;
      const itemStart = pos + plus.length;
      const itemEnd = isHan(text.charCodeAt(itemStart)) ? itemEndAfter(ctx, itemStart, quoted) : itemStart;
      if (itemEnd === itemStart) {
        open = true; // 党建+” or 党建+16项: a trailing sign
        pos = itemStart;
        break;
      }
      items.push({ start: itemStart, end: itemEnd });
      pos = itemEnd;
    }
    const hub = shapes.plusHubs.includes(text.slice(items[0]!.start, items[0]!.end));
    // “X+”: a hub word alone, or any item the text presents as a name (“林长+”工作机制).
    const quotedHub =
      open &&
      items.length === 1 &&
      quoted &&
      isCloser(text.charCodeAt(pos)) &&
      (hub || presentedQuote(ctx, items, pos));
    const pair = !open && !hub && items.length === 2 && presentedQuote(ctx, items, pos);
    if (items.length >= shapes.minPlusItems || (items.length === 2 && hub && !open) || quotedHub || pair) {
      const name = items.map((it) => text.slice(it.start, it.end)).join('+') + (quotedHub ? '+' : '');
      out.push({
        name,
        start,
        end: quotedHub ? pos : items[items.length - 1]!.end,
        via: 'compound',
        curated: false,
        category: null,
      });
    }
    i = Math.max(i, pos - 1);
  }
  return out;
}
