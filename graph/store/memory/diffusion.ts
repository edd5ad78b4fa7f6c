/**
 * How mechanisms spread, from the AdoptionIndex's typed arrays: `diffusion` (one mechanism's adopters in order of
 * first report, at the practices' own localities or rolled up to a level) and `adoptionPanel` (every mechanism ×
 * every locality reporting it, at every level of the chain: the policy-diffusion panel). Reprints count once.
 */
import { LOCALITY_LEVELS, ROLLUP_LEVELS } from '../../schema';
import { byFirstReport, groupFirstReports, type Report } from '../first-reports';
import { READ_CAPS, type AdoptionPanelRow, type Diffusion, type DiffusionRequest } from '../graph-store';
import { comparePanelRows } from '../panel-order';
import { StoreError } from '../store-error';
import type { AdoptionIndex } from './adoption-index';
import { findMechanism } from './find-nodes';
import type { GraphCore } from './graph-core';
import { nodeString, toGraphNode } from './node-records';
import { clampLimit } from './page';
import type { PracticeReports } from './practice-reports';

/** Real chains have at most five levels; the bound only guards against a cycle in bad data. */
const MAX_DEPTH = 8;

export interface DiffusionSources {
  core: GraphCore;
  index: AdoptionIndex;
  reports: PracticeReports;
}

export function diffusion({ core, index, reports }: DiffusionSources, request: DiffusionRequest): Diffusion | null {
  if (request.level !== undefined && !(ROLLUP_LEVELS as readonly string[]).includes(request.level)) {
    throw new StoreError('InvalidInput', `diffusion: cannot roll up to level ${String(request.level)}`);
  }
  const mechanism = typeof request.mechanism === 'string' ? findMechanism(core, request.mechanism) : null;
  if (!mechanism) return null;
  const level = request.level === undefined ? -1 : LOCALITY_LEVELS.indexOf(request.level);
  const pairs: [number, Report][] = [];
  forEachAdopter(index, reports, mechanism.slot, (practice, localities) => {
    const targets = new Set<number>();
    for (const locality of localities) {
      const target = level < 0 ? locality : index.ancestorAt(locality, level);
      if (target >= 0) targets.add(target);
    }
    for (const target of targets) pairs.push([target, reports.report(practice)]);
  });
  const code = (slot: number) => nodeString(core.recordAt(slot), 'code') ?? '';
  const adopters = groupFirstReports(pairs).sort(byFirstReport(code));
  const limit = clampLimit(request.limit, READ_CAPS.adoptionLocalities);
  return {
    mechanism: toGraphNode(mechanism),
    level: request.level ?? null,
    events: adopters.slice(0, limit).map((a) => ({
      locality: toGraphNode(core.recordAt(a.key)),
      firstReported: a.first.date,
      bulletinId: a.first.bulletinId,
      practiceIds: a.practiceIds.slice(0, READ_CAPS.pageSize),
      practices: a.practiceIds.length,
    })),
    trimmed: adopters.length > limit,
  };
}

/** One row per mechanism and locality reporting it, the locality's own or any above it (a town's county, city, province). */
export function adoptionPanel({ core, index, reports }: DiffusionSources): AdoptionPanelRow[] {
  const rows: AdoptionPanelRow[] = [];
  const titles = new Map<string, string | null>();
  const titleOf = (bulletinId: string) => {
    if (!titles.has(bulletinId)) {
      const bulletin = core.get(bulletinId);
      titles.set(bulletinId, bulletin ? nodeString(bulletin, 'title') : null);
    }
    return titles.get(bulletinId) ?? null;
  };
  for (const mechanism of core.lookups.byLabel.Mechanism) {
    const pairs: [number, Report][] = [];
    forEachAdopter(index, reports, mechanism.slot, (practice, localities) => {
      const chain = new Set<number>();
      for (const locality of localities) {
        let current = locality;
        for (let depth = 0; depth < MAX_DEPTH && current >= 0; depth++, current = index.parent[current] as number) chain.add(current);
      }
      for (const target of chain) pairs.push([target, reports.report(practice)]);
    });
    const name = nodeString(mechanism, 'name') ?? mechanism.id;
    for (const adopter of groupFirstReports(pairs)) {
      const locality = core.recordAt(adopter.key);
      rows.push({
        mechanism: name,
        localityCode: nodeString(locality, 'code') ?? '',
        localityName: nodeString(locality, 'name') ?? '',
        level: nodeString(locality, 'level') ?? '',
        firstReported: adopter.first.date,
        bulletinId: adopter.first.bulletinId,
        bulletinTitle: titleOf(adopter.first.bulletinId),
        practiceId: adopter.first.practiceId,
        practices: adopter.practiceIds.length,
      });
    }
  }
  return rows.sort(comparePanelRows);
}

/** Each practice using the mechanism that is not a reprint, with the slots of the localities it is located in. */
function forEachAdopter(index: AdoptionIndex, reports: PracticeReports, mechanism: number, visit: (practice: number, localities: number[]) => void): void {
  const { practicesOf, localitiesOf } = index;
  for (let k = practicesOf.start[mechanism] as number; k < (practicesOf.start[mechanism + 1] as number); k++) {
    const practice = practicesOf.list[k] as number;
    if (reports.isReprint(practice)) continue;
    const localities: number[] = [];
    for (let j = localitiesOf.start[practice] as number; j < (localitiesOf.start[practice + 1] as number); j++) localities.push(localitiesOf.list[j] as number);
    if (localities.length > 0) visit(practice, localities);
  }
}
