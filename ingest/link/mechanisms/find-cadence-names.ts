/**
 * Cadence formulas named as one working method: 月调度季督查年考评, 月排查、季研判、年考评, 周调度、月通报, 月度晾晒、季度
 *点评. Two or more steps, each a period word (日/周/月/季/年, optionally with 度) and a short action, the periods getting
 * longer from step to step. The canonical name is the steps without separators; a closer word after the formula
 * (月会商、季公示、年评议机制) joins the mention but not the name.
 */
import type { MechanismCandidate } from './mechanism-lexicon';
import { isHan } from './mechanism-discovery-index';
import { isCloser, startsWord, type ShapeContext } from './shape-context';

interface Step {
  start: number;
  end: number;
  rank: number;
}

/**
 * One step at `pos`: period word, optional 度, then 1..max Han characters, ending before a separator, before a closer
 * word that ends the phrase (年评议|机制，) or, after two characters, before the next period word (月调度|季督查).
 */
function stepAt(ctx: ShapeContext, pos: number): Step | null {
  const { text, shapes } = ctx;
  const period = ctx.periods.at(text, pos);
  if (period === undefined) return null;
  let k = pos + period.length;
  k += ctx.periodSuffixes.at(text, k)?.length ?? 0;
  const contentStart = k;
  while (k < text.length && k - contentStart < shapes.maxCadenceItem && isHan(text.charCodeAt(k))) {
    const closer = k > contentStart ? ctx.closers.at(text, k) : undefined;
    if (closer !== undefined && !isHan(text.charCodeAt(k + closer.length))) break;
    if (k - contentStart >= 2 && ctx.periods.at(text, k) !== undefined) break;
    k++;
  }
  if (k === contentStart) return null;
  return { start: pos, end: k, rank: ctx.periodRank.get(period) ?? 0 };
}

export function findCadenceNames(ctx: ShapeContext): MechanismCandidate[] {
  const { text } = ctx;
  const out: MechanismCandidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (ctx.periods.at(text, i) === undefined || !startsWord(ctx, i)) continue;
    const steps: Step[] = [];
    let pos = i;
    for (;;) {
      const step = stepAt(ctx, pos);
      if (step === null || (steps.length > 0 && step.rank <= steps[steps.length - 1]!.rank)) break;
      steps.push(step);
      const sep = ctx.listSeparators.at(text, step.end);
      const next = step.end + (sep?.length ?? 0);
      if (ctx.periods.at(text, next) === undefined) break;
      pos = next;
    }
    if (steps.length < 2) continue;
    const last = steps[steps.length - 1]!;
    // The step must end the phrase: a separator, a closer, punctuation or a quote (not 月度考核结果 mid-word).
    let end = last.end;
    const closer = ctx.closers.at(text, isCloser(text.charCodeAt(end)) ? end + 1 : end);
    const nextCode = text.charCodeAt(end);
    if (isHan(nextCode) && closer === undefined && ctx.index.stopCodes[nextCode] !== 1) continue;
    if (closer !== undefined) end = (isCloser(nextCode) ? end + 1 : end) + closer.length;
    const name = steps.map((s) => text.slice(s.start, s.end)).join('');
    out.push({ name, start: i, end, via: 'cadence', curated: false, category: null });
    i = last.end - 1;
  }
  return out;
}
