/**
 * Step sequences and parallel lists named as one method: 知事明事议事 (actions sharing their last character, written
 * together), “干部问事、群众说事、集中议事”工作机制, “说、商、办、评”四步法, 推行网格联户、问题联治、服务联办工作法. A list is a
 * name only when the text closes it with a method word (工作法, 机制, 四步法 …) or quotes it after an anchor verb; a
 * list followed by 的 describes the noun after it (unless that noun is a method word: …”的流程), and one followed by
 * 等 is an enumeration. Canonical name: the items
 * without separators, plus a counted method word (说商办评四步法).
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import {
  anchoredBefore,
  hanRunEnd,
  isCloser,
  isOpener,
  presented,
  startsWord,
  type ShapeContext,
} from './shape-context';

interface Item {
  start: number;
  end: number;
}

/** Items separated by list separators from `pos`: Han runs of 1..max characters. */
function readItems(ctx: ShapeContext, pos: number): Item[] {
  const { text, shapes } = ctx;
  const items: Item[] = [];
  let k = pos;
  for (;;) {
    const start = k;
    // The first item may still hold the verb that introduces the list (推行网格联户): up to four more characters.
    const max = start === pos ? shapes.maxListItem + 4 : shapes.maxListItem;
    while (k < text.length && k - start <= max && isHan(text.charCodeAt(k))) k++;
    if (k === start || k - start > max) break;
    items.push({ start, end: k });
    const sep = ctx.listSeparators.at(text, k);
    if (sep === undefined || !isHan(text.charCodeAt(k + sep.length))) break;
    k += sep.length;
  }
  return items;
}

/** Items look parallel: all of one length, or all sharing their first or last character. */
function parallel(text: string, items: Item[]): boolean {
  const len = items[0]!.end - items[0]!.start;
  if (items.every((i) => i.end - i.start === len)) return true;
  const first = text.charCodeAt(items[0]!.start);
  const last = text.charCodeAt(items[0]!.end - 1);
  return (
    items.every((i) => text.charCodeAt(i.start) === first) || items.every((i) => text.charCodeAt(i.end - 1) === last)
  );
}

/** A counted method word right after `pos` (四步法, 三字诀): its end, or -1. */
function methodAfter(ctx: ShapeContext, pos: number): number {
  const { text } = ctx;
  let k = pos;
  while (k < text.length && ctx.numeral[text.charCodeAt(k)] === 1) k++;
  if (k === pos) return -1;
  const word = ctx.methodWords.at(text, k);
  return word === undefined ? -1 : k + word.length;
}

/**
 * Where a closer word ends within maxCloserGap Han characters after `pos` (…”党员联系服务群众工作机制), or -1; the
 * words in between must not be cut by a stop word (的, 等, 和 …).
 */
function closerAfter(ctx: ShapeContext, pos: number): number {
  const { text, shapes, index } = ctx;
  for (let k = pos; k < text.length && k - pos <= shapes.maxCloserGap; k++) {
    const c = text.charCodeAt(k);
    const closer = ctx.closers.at(text, k);
    if (closer !== undefined) return k + closer.length;
    if (!isHan(c) || index.stopCodes[c] === 1) return -1;
  }
  return -1;
}

/** 知事明事议事: three or more two-character actions sharing their second character. */
function sequenceAt(ctx: ShapeContext, i: number): number {
  const { text } = ctx;
  const shared = text.charCodeAt(i + 1);
  // The shared character is a word's (议事, 说事), never a separator (说、议、办、评 is a list).
  if (!isHan(shared)) return -1;
  const firsts = new Set<number>();
  let k = i;
  while (
    k + 1 < text.length &&
    isHan(text.charCodeAt(k)) &&
    text.charCodeAt(k + 1) === shared &&
    text.charCodeAt(k) !== shared &&
    !firsts.has(text.charCodeAt(k))
  ) {
    firsts.add(text.charCodeAt(k));
    k += 2;
  }
  return firsts.size >= 3 ? k : -1;
}

export function findListNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text, shapes } = ctx;
  const out: MechanismCandidate[] = [];
  const push = (name: string, start: number, end: number, via: 'sequence'): void => {
    out.push({ name, start, end, via, curated: false, category: null });
  };
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    // Cheap tests first. A sequence repeats a character every other place; a list starts a Han run (after
    // punctuation, a quote or a stop word; a verb opening its first item is cut off below) and has a separator soon.
    const repeated =
      text.charCodeAt(i + 1) === text.charCodeAt(i + 3) && text.charCodeAt(i + 3) === text.charCodeAt(i + 5);
    if (repeated && startsWord(ctx, i)) {
      const seqEnd = sequenceAt(ctx, i);
      if (seqEnd > 0 && presented(ctx, { start: i, end: seqEnd })) {
        push(text.slice(i, seqEnd), i, seqEnd, 'sequence');
        i = seqEnd - 1;
        continue;
      }
    }
    const prev = text.charCodeAt(i - 1);
    if (i > 0 && isHan(prev) && ctx.index.stopCodes[prev] !== 1) continue;
    const runEnd = hanRunEnd(text, { pos: i, max: shapes.maxListItem + 5 });
    if (runEnd - i > shapes.maxListItem + 4 || ctx.listSeparators.first[text.charCodeAt(runEnd)] !== 1) continue;
    const items = readItems(ctx, i);
    if (items.length < 2) continue;
    // 推行网格联户、…: the verb before the first item is not part of it.
    const first = items[0]!;
    const cut = ctx.starts.lastEnd(text, first.start, first.end);
    if (cut > first.start && cut < first.end) first.start = cut;
    if (first.end - first.start > shapes.maxListItem) continue;
    // …、服务联办工作法: the closer word ends the list, it is not part of its last item.
    const lastItem = items[items.length - 1]!;
    const closing = ctx.closers.endOf(text.slice(lastItem.start, lastItem.end));
    if (items.length > 1 && closing !== undefined && lastItem.end - lastItem.start > closing.length)
      lastItem.end -= closing.length;
    const end = items[items.length - 1]!.end;
    const begin = first.start;
    const quoted = isQuotedList(ctx, begin, end);
    const after = quoted ? end + 1 : end;
    const method = methodAfter(ctx, after);
    const single = items.every((it) => it.end - it.start === 1);
    let mentionEnd = -1;
    // “群众点题、支部议题…”的流程: after 的 only a method word keeps the list a name (…的原则 describes a noun).
    const ofCloser = text.charAt(after) === '的' ? ctx.ofClosers.at(text, after + 1) : undefined;
    if (method > 0 && items.length >= 2) mentionEnd = method;
    else if (
      !single &&
      items.length >= shapes.minListItems &&
      parallel(text, items) &&
      (text.charAt(after) !== '的' || ofCloser !== undefined) &&
      text.charAt(after) !== '等'
    ) {
      const closed =
        ofCloser !== undefined
          ? after + 1 + ofCloser.length
          : quoted
            ? closerAfter(ctx, after)
            : ctx.closers.at(text, after) === undefined
              ? -1
              : after + (ctx.closers.at(text, after)?.length ?? 0);
      if (closed > 0) mentionEnd = closed;
      else if (quoted && anchoredBefore(ctx, begin - 1) && !isHan(text.charCodeAt(after))) mentionEnd = after;
    }
    if (mentionEnd < 0) {
      i = end - 1;
      continue;
    }
    const name =
      items.map((it) => text.slice(it.start, it.end)).join('') + (method > 0 ? text.slice(after, method) : '');
    push(name, begin, mentionEnd, 'sequence');
    i = mentionEnd - 1;
  }
  return out;
}

function isQuotedList(ctx: ShapeContext, start: number, end: number): boolean {
  return isOpener(ctx.text.charCodeAt(start - 1)) && isCloser(ctx.text.charCodeAt(end));
}
