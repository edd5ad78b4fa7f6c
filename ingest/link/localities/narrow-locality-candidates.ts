/** Chooses among same-name localities (大通镇 ×3) using the text, the bulletin's region and the bulletin's other items. */
import type { Gazetteer, GazetteerEntry, NameMatch } from './gazetteer';
import { LEVEL_DEPTH } from './locality-levels';

export interface NarrowingContext {
  /** Practice text plus reportedBy: where parents may be named (襄阳市襄州区 before 张湾街道). */
  text: string;
  /** The bulletin's own locality, if known. */
  region: GazetteerEntry | null;
  /** Localities already resolved for the other items of the bulletin. */
  others: readonly GazetteerEntry[];
}

export type NarrowingStep =
  'unique' | 'containing' | 'parents-in-text' | 'bulletin-region' | 'other-items' | 'higher-level';

export interface Narrowed {
  /** The single remaining candidate, or null when still ambiguous (or no candidate at all). */
  chosen: GazetteerEntry | null;
  remaining: GazetteerEntry[];
  decidedBy: NarrowingStep | null;
}

/** Depth of the deepest common ancestor-or-self of two localities (0: none, 1: same province … 5: same village). */
function commonAncestorDepth(gazetteer: Gazetteer, a: GazetteerEntry, b: GazetteerEntry): number {
  const codes = new Set(gazetteer.chain(a.code).map((e) => e.code));
  const common = gazetteer.chain(b.code).find((e) => codes.has(e.code));
  return common ? LEVEL_DEPTH[common.level] : 0;
}

/** Deepest level among the candidate's strict ancestors that the text names (province and city also by short name). */
function parentsNamedScore(gazetteer: Gazetteer, entry: GazetteerEntry, text: string): number {
  let best = 0;
  for (const ancestor of gazetteer.chain(entry.code).slice(1)) {
    const surfaces = gazetteer.surfacesOf(ancestor.code);
    if (ancestor.level === 'province' || ancestor.level === 'city') surfaces.push(ancestor.shortName);
    if (surfaces.some((s) => s.length >= 2 && !gazetteer.words.generic.has(s) && text.includes(s)))
      best = Math.max(best, LEVEL_DEPTH[ancestor.level]);
  }
  return best;
}

/** Keeps the candidates with the best score (all of them when none scores: the step knew nothing). */
function keepBest(candidates: GazetteerEntry[], score: (e: GazetteerEntry) => number): GazetteerEntry[] {
  const scored = candidates.map((entry) => ({ entry, score: score(entry) }));
  const best = Math.max(...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.entry);
}

/**
 * Narrows candidates step by step, each step only among those the previous one kept: parents named in the text, then
 * closeness to the bulletin's region, then closeness to the other items, then (for bare short names only, 海南 / 朝阳)
 * the higher level. Never guesses: when several remain, `chosen` is null.
 */
export function narrowLocalityCandidates(input: {
  matches: readonly NameMatch[];
  context: NarrowingContext;
  gazetteer: Gazetteer;
}): Narrowed {
  const { matches, context: ctx, gazetteer } = input;
  const byCode = new Map(matches.map((m) => [m.entry.code, m.entry]));
  let remaining = [...byCode.values()];
  const done = (step: NarrowingStep): Narrowed | null =>
    remaining.length === 1 ? { chosen: remaining[0] ?? null, remaining, decidedBy: step } : null;
  if (remaining.length === 0) return { chosen: null, remaining, decidedBy: null };
  const unique = done('unique');
  if (unique) return unique;
  // 嘉峪关市 is a city and its own county: the one containing all others is right whichever was meant.
  const container = remaining.find((c) =>
    remaining.every((o) => gazetteer.chain(o.code).some((e) => e.code === c.code)),
  );
  if (container) return { chosen: container, remaining: [container], decidedBy: 'containing' };

  const steps: [NarrowingStep, ((e: GazetteerEntry) => number) | null][] = [
    ['parents-in-text', (e) => parentsNamedScore(gazetteer, e, ctx.text)],
    ['bulletin-region', ctx.region ? (e) => commonAncestorDepth(gazetteer, e, ctx.region as GazetteerEntry) : null],
    ['other-items', (e) => ctx.others.reduce((sum, o) => sum + commonAncestorDepth(gazetteer, e, o), 0)],
  ];
  for (const [step, score] of steps) {
    if (!score) continue;
    remaining = keepBest(remaining, score);
    const result = done(step);
    if (result) return result;
  }
  if (matches.every((m) => m.kind === 'short')) {
    remaining = keepBest(remaining, (e) => -LEVEL_DEPTH[e.level]);
    const result = done('higher-level');
    if (result) return result;
  }
  return { chosen: null, remaining, decidedBy: null };
}
