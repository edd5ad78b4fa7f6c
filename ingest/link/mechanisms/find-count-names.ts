/**
 * Names made of counts: bundles (四张网, 六项套餐, 两个清单, 五享套餐) and numeral formulas (双联双促, 一报告两评议,
 * 五议三公开两参与, cadences such as 一月一议). Chinese numerals only: an Arabic count is a figure (22项福利清单). A bundle
 * needs a bundle head (网, 清单, 套餐 …); a formula two or more numeral-led segments, none a unit (二〇二二年九月), a count (三个一批) or a
 * people category (两代表一委员). Either must be presented as a name (quoted, anchored, or closed by a method word);
 * the surrounding quotes may be ASCII, mixed, or broken by a line break.
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import { anchoredBefore, isCloser, isOpener, presented, startsWord, type ShapeContext } from './shape-context';

/** End of the numeral run at `pos` (at most three characters: 十二, 两, 双). */
function numeralEnd(ctx: ShapeContext, pos: number): number {
  let k = pos;
  while (k < ctx.text.length && k - pos < 3 && ctx.numeral[ctx.text.charCodeAt(k)] === 1) k++;
  return k;
}

/** 四张网 / 五享套餐 at `i`: its end, or -1. */
function bundleAt(ctx: ShapeContext, i: number): number {
  const { text, shapes } = ctx;
  const n = numeralEnd(ctx, i);
  if (n === i || text.slice(i, n) === '一') return -1;
  let k = n + (ctx.measure[text.charCodeAt(n)] === 1 ? 1 : 0);
  for (let m = 0; m <= shapes.maxBundleModifier; m++) {
    if (m > 0 && (!isHan(text.charCodeAt(k + m - 1)) || ctx.numeral[text.charCodeAt(k + m - 1)] === 1)) return -1;
    const head = ctx.bundleHeads.at(text, k + m);
    if (head === undefined || (k === n && m === 0)) continue;
    k += m + head.length;
    const next = text.charCodeAt(k);
    const free =
      !isHan(next) || ctx.closers.at(text, k) !== undefined || ctx.index.stopCodes[next] === 1 || isCloser(next);
    return free ? k : -1;
  }
  return -1;
}

/** A segment `一月…` (once a period: 一月一议, 一周一访) whose period word would otherwise read as a count's measure. */
function periodSegment(ctx: ShapeContext, numeral: number, content: number): boolean {
  return (
    ctx.shapes.periodFormulaNumerals.includes(ctx.text.slice(numeral, content)) &&
    ctx.periods.at(ctx.text, content) !== undefined
  );
}

/** 双联双促 / 一报告两评议 / 一月一议 at `i`: its end, or -1. */
function formulaAt(ctx: ShapeContext, i: number): number {
  const { text, shapes, rules, index } = ctx;
  const contents: { start: number; end: number }[] = [];
  let pos = i;
  for (;;) {
    const n = numeralEnd(ctx, pos);
    if (n === pos) break;
    let k = n;
    while (
      k < text.length &&
      k - n < shapes.formulaMaxSegment &&
      isHan(text.charCodeAt(k)) &&
      ctx.numeral[text.charCodeAt(k)] !== 1
    )
      k++;
    if (k === n || (rules.measureWords.includes(text.charAt(n)) && !periodSegment(ctx, pos, n))) break;
    contents.push({ start: n, end: k });
    pos = k;
    if (ctx.numeral[text.charCodeAt(k)] !== 1) break;
  }
  if (contents.length < 2) return -1;
  const last = contents[contents.length - 1]!;
  // Periods to the end are a date (一月一日), not a cadence.
  if (rules.measureWords.includes(text.charAt(last.start)) && periodSegment(ctx, last.start - 1, last.start)) return -1;
  let end = last.end;
  if (!isQuotedAt(ctx, i, end)) {
    // Unquoted, the last segment is as long as the one before it, unless a closer word comes sooner.
    const previous = contents[contents.length - 2]!;
    end = Math.min(end, last.start + (previous.end - previous.start));
    for (let k = last.start + 1; k < last.end; k++)
      if (ctx.closers.at(text, k) !== undefined) {
        end = Math.min(end, k);
        break;
      }
    if (!presented(ctx, { start: i, end }) && !anchoredBefore(ctx, i)) return -1;
  }
  const segments = contents.map((c) => text.slice(c.start, Math.min(c.end, end)));
  if (segments.some((s) => s === '' || index.rejectEndings.any(s))) return -1;
  return end;
}

/** A discovery suffix word (工作法, 制度 …) right after `end` (after a closing quote), not part of a longer word. */
function suffixAfter(ctx: ShapeContext, end: number): { word: string; end: number } | null {
  const { text, rules } = ctx;
  const from = isCloser(text.charCodeAt(end)) ? end + 1 : end;
  ctx.suffixAt.lastIndex = from;
  const m = ctx.suffixAt.exec(text);
  if (m === null) return null;
  const after = from + m[0].length;
  return rules.suffixBlockedBy.some((b) => text.startsWith(b, after)) ? null : { word: m[0], end: after };
}

function isQuotedAt(ctx: ShapeContext, start: number, end: number): boolean {
  return isOpener(ctx.text.charCodeAt(start - 1)) && isCloser(ctx.text.charCodeAt(end));
}

export function findCountNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text, rules } = ctx;
  const out: MechanismCandidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (ctx.numeral[text.charCodeAt(i)] !== 1 || !startsWord(ctx, i)) continue;
    const formula = formulaAt(ctx, i);
    const bundle = formula > 0 ? -1 : bundleAt(ctx, i);
    const end = Math.max(formula, bundle);
    if (end < 0) continue;
    const name = text.slice(i, end);
    if (rules.stopQuoted.has(name) || (bundle > 0 && !presented(ctx, { start: i, end }))) continue;
    // A counted bundle names a method together with its suffix word (“三张清单”工作法 → 三张清单工作法).
    const suffix = bundle > 0 ? suffixAfter(ctx, end) : null;
    if (suffix === null) out.push({ name, start: i, end, via: 'count', curated: false, category: null });
    else
      out.push({ name: name + suffix.word, start: i, end: suffix.end, via: 'count', curated: false, category: null });
    i = (suffix?.end ?? end) - 1;
  }
  return out;
}
