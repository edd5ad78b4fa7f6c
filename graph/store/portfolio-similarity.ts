/**
 * Comparing localities by the mechanisms they report (their portfolios), shared by both stores: the set algebra,
 * the Jaccard index and the ranking of similar localities.
 */
import { ROLLUP_LEVELS, type RollupLevel } from '../schema';
import { StoreError } from './store-error';
import { compareText } from './first-reports';

export interface PortfolioSets {
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  /** |shared| / |A ∪ B|; 0 when both are empty. */
  jaccard: number;
}

export function comparePortfolioSets(a: ReadonlySet<string>, b: ReadonlySet<string>): PortfolioSets {
  const shared = [...a].filter((m) => b.has(m)).sort(compareText);
  const onlyA = [...a].filter((m) => !b.has(m)).sort(compareText);
  const onlyB = [...b].filter((m) => !a.has(m)).sort(compareText);
  const union = shared.length + onlyA.length + onlyB.length;
  return { shared, onlyA, onlyB, jaccard: union === 0 ? 0 : shared.length / union };
}

export interface PortfolioCandidate<L> {
  locality: L;
  code: string;
  mechanisms: ReadonlySet<string>;
}

/** Candidates sharing at least one mechanism with `target`: highest Jaccard, then most shared, then by code. */
export function rankSimilarLocalities<L>({
  target,
  candidates,
  limit,
}: {
  target: ReadonlySet<string>;
  candidates: Iterable<PortfolioCandidate<L>>;
  limit: number;
}): { locality: L; jaccard: number; shared: string[] }[] {
  const ranked: { locality: L; code: string; jaccard: number; shared: string[] }[] = [];
  for (const candidate of candidates) {
    const { shared, jaccard } = comparePortfolioSets(target, candidate.mechanisms);
    if (shared.length > 0) ranked.push({ locality: candidate.locality, code: candidate.code, jaccard, shared });
  }
  ranked.sort((a, b) => b.jaccard - a.jaccard || b.shared.length - a.shared.length || compareText(a.code, b.code));
  return ranked.slice(0, limit).map(({ locality, jaccard, shared }) => ({ locality, jaccard, shared }));
}

/**
 * The level similar localities are sought at: the one asked for, else the locality's own (towns and villages are
 * compared with counties, the finest level every locality rolls up to).
 */
export function comparisonLevel({
  operation,
  ownLevel,
  requested,
}: {
  operation: string;
  ownLevel: unknown;
  requested: RollupLevel | undefined;
}): RollupLevel {
  if (requested !== undefined) {
    if (!(ROLLUP_LEVELS as readonly string[]).includes(requested))
      throw new StoreError('InvalidInput', `${operation}: cannot compare at level ${String(requested)}`);
    return requested;
  }
  return (ROLLUP_LEVELS as readonly unknown[]).includes(ownLevel) ? (ownLevel as RollupLevel) : 'county';
}
