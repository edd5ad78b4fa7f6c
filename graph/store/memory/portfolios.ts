/**
 * Locality portfolios — the mechanisms reported by practices located in a locality or below it — and what they
 * allow: comparing two localities, and finding the localities whose portfolios are most like one's (Jaccard).
 * Reprints count once. Walks the AdoptionIndex's typed arrays; no practice record is made except for first reports.
 */
import { LOCALITY_LEVELS } from '../../schema';
import { compareText, groupFirstReports, type Report } from '../first-reports';
import { READ_CAPS, type LocalityPortfolio, type PortfolioComparison, type SimilarLocalitiesRequest, type SimilarLocality } from '../graph-store';
import { comparePortfolioSets, comparisonLevel, rankSimilarLocalities } from '../portfolio-similarity';
import type { DiffusionSources } from './diffusion';
import { findLocality } from './find-nodes';
import { nodeString, toGraphNode, type NodeRecord } from './node-records';
import { clampLimit } from './page';

/** Real chains have at most five levels; the bound only guards against a cycle in bad data. */
const MAX_DEPTH = 8;

export function localityPortfolio(sources: DiffusionSources, code: string): LocalityPortfolio | null {
  const locality = findLocality(sources.core, code);
  if (!locality) return null;
  const pairs: [number, Report][] = [];
  forEachPracticeWithin(sources, locality.slot, (practice, mechanisms) => {
    for (const mechanism of mechanisms) pairs.push([mechanism, sources.reports.report(practice)]);
  });
  const entries = groupFirstReports(pairs).map((group) => ({
    record: sources.core.recordAt(group.key),
    practices: group.practiceIds.length,
    firstReported: group.first.date,
  }));
  const name = (record: NodeRecord) => nodeString(record, 'name') ?? record.id;
  entries.sort((a, b) => b.practices - a.practices || compareText(name(a.record), name(b.record)));
  return {
    locality: toGraphNode(locality),
    mechanisms: entries.map((e) => ({ mechanism: toGraphNode(e.record), practices: e.practices, firstReported: e.firstReported })),
  };
}

export function comparePortfolios(sources: DiffusionSources, a: string, b: string): PortfolioComparison | null {
  const first = findLocality(sources.core, a);
  const second = findLocality(sources.core, b);
  if (!first || !second) return null;
  const sets = comparePortfolioSets(mechanismNames(sources, first.slot), mechanismNames(sources, second.slot));
  return { a: toGraphNode(first), b: toGraphNode(second), ...sets };
}

/** Localities at one level whose portfolios overlap the given one's, best Jaccard first; its own chain is left out. */
export function similarLocalities(sources: DiffusionSources, request: SimilarLocalitiesRequest): SimilarLocality[] {
  const { core, index } = sources;
  const target = findLocality(core, request.code);
  if (!target) return [];
  const level = LOCALITY_LEVELS.indexOf(comparisonLevel('similarLocalities', nodeString(target, 'level'), request.level));
  const portfolios = new Map<number, Set<string>>();
  const related = new Set<number>(chainOf(index.parent, target.slot));
  const names = mechanismNamer(sources);
  forEachPractice(sources, (_practice, mechanisms, localities) => {
    for (const locality of localities) {
      const chain = chainOf(index.parent, locality);
      if (chain.includes(target.slot)) for (const slot of chain) related.add(slot);
      const at = index.ancestorAt(locality, level);
      if (at < 0) continue;
      let set = portfolios.get(at);
      if (!set) portfolios.set(at, (set = new Set()));
      for (const mechanism of mechanisms) set.add(names(mechanism));
    }
  });
  const candidates = [...portfolios]
    .filter(([slot]) => !related.has(slot))
    .map(([slot, mechanisms]) => ({ locality: slot, code: nodeString(core.recordAt(slot), 'code') ?? '', mechanisms }));
  const limit = clampLimit(request.limit, READ_CAPS.similar, 10);
  return rankSimilarLocalities(mechanismNames(sources, target.slot), candidates, limit).map((r) => ({
    locality: toGraphNode(core.recordAt(r.locality)),
    jaccard: r.jaccard,
    shared: r.shared,
  }));
}

function mechanismNames(sources: DiffusionSources, locality: number): Set<string> {
  const names = mechanismNamer(sources);
  const set = new Set<string>();
  forEachPracticeWithin(sources, locality, (_practice, mechanisms) => {
    for (const mechanism of mechanisms) set.add(names(mechanism));
  });
  return set;
}

function mechanismNamer({ core }: DiffusionSources): (slot: number) => string {
  const names = new Map<number, string>();
  return (slot) => {
    let name = names.get(slot);
    if (name === undefined) {
      const record = core.recordAt(slot);
      names.set(slot, (name = nodeString(record, 'name') ?? record.id));
    }
    return name;
  };
}

/** Practices located in the locality or below it. */
function forEachPracticeWithin(sources: DiffusionSources, locality: number, visit: (practice: number, mechanisms: number[]) => void): void {
  const { parent } = sources.index;
  forEachPractice(sources, (practice, mechanisms, localities) => {
    if (localities.some((l) => chainOf(parent, l).includes(locality))) visit(practice, mechanisms);
  });
}

/** Every located practice using a mechanism that is not a reprint, with its mechanism and locality slots. */
function forEachPractice({ index, reports }: DiffusionSources, visit: (practice: number, mechanisms: number[], localities: number[]) => void): void {
  const { mechanismsOf, localitiesOf } = index;
  for (let p = 0; p < index.slots; p++) {
    const from = mechanismsOf.start[p] as number;
    const to = mechanismsOf.start[p + 1] as number;
    const located = localitiesOf.start[p] as number;
    const end = localitiesOf.start[p + 1] as number;
    if (from === to || located === end || reports.isReprint(p)) continue;
    visit(p, Array.from(mechanismsOf.list.subarray(from, to)), Array.from(localitiesOf.list.subarray(located, end)));
  }
}

function chainOf(parent: Int32Array, locality: number): number[] {
  const chain: number[] = [];
  for (let current = locality, depth = 0; depth < MAX_DEPTH && current >= 0; depth++, current = parent[current] as number) chain.push(current);
  return chain;
}
