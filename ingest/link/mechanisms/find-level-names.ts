/**
 * Levels and scopes: 四级联动, 五级书记抓党建 (a level word, and for 书记抓 its object), 大综管, 大联勤 (大 and a scope
 * head, presented as a name). The number is part of the name: 五级书记抓党建 and 三级书记抓基层治理 are two mechanisms.
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import { presented, startsWord, type ShapeContext } from './shape-context';

const LEVEL = '级';
const SCOPE = '大';

/** 四级联动 at `i` (i at the numeral): its end, or -1. A head ending in 抓 takes its object (书记抓党建). */
function levelAt(ctx: ShapeContext, i: number): number {
  const { text, shapes, index } = ctx;
  let k = i;
  while (k < text.length && k - i < 2 && ctx.numeral[text.charCodeAt(k)] === 1) k++;
  if (k === i || text.charAt(k) !== LEVEL) return -1;
  const head = ctx.levelHeads.at(text, k + 1);
  if (head === undefined) return -1;
  let end = k + 1 + head.length;
  if (head.endsWith('抓')) {
    const from = end;
    while (
      end < text.length &&
      end - from <= shapes.maxLevelObject &&
      isHan(text.charCodeAt(end)) &&
      index.stopCodes[text.charCodeAt(end)] !== 1
    )
      end++;
    if (end === from || end - from > shapes.maxLevelObject) return -1;
  }
  return end;
}

export function findLevelNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text } = ctx;
  const out: MechanismCandidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    let end = -1;
    // A level may follow the list it counts (街道、社区、网格、楼栋四级联动), so it needs no word boundary; a scope does.
    if (ctx.numeral[text.charCodeAt(i)] === 1 && ctx.numeral[text.charCodeAt(i - 1)] !== 1) end = levelAt(ctx, i);
    else if (c === SCOPE && startsWord(ctx, i)) {
      const head = ctx.scopeHeads.at(text, i + 1);
      if (head !== undefined && presented(ctx, { start: i, end: i + 1 + head.length })) end = i + 1 + head.length;
    }
    if (end < 0) continue;
    out.push({ name: text.slice(i, end), start: i, end, via: 'level', curated: false, category: null });
    i = end - 1;
  }
  return out;
}
