/**
 * Adoption counts: per locality, the practices located in it or below it (PART_OF roll-up) and the distinct
 * mechanisms they use; per mechanism, its practices and the distinct localities they are located in. Computed
 * in one pass over the practices the first time they are asked for after a change, then served from memory.
 */
import { LOCALITY_LEVELS } from '../../schema';
import { READ_CAPS, type LocalityCount, type LocalityQuery, type MechanismCount, type MechanismQuery, type Page } from '../graph-store';
import { StoreError } from '../store-error';
import type { GraphCore } from './graph-core';
import { localityChain, practiceLocalities } from './locality-chain';
import { nodeString, toGraphNode, type NodeRecord } from './node-records';
import { pageWindow } from './page';

interface Tally {
  practices: number;
  others: Set<NodeRecord>;
}

export class AdoptionCounts {
  private version = -1;
  private localities = new Map<NodeRecord, Tally>();
  private mechanisms = new Map<NodeRecord, Tally>();

  localityPage(core: GraphCore, query: LocalityQuery): Page<LocalityCount> {
    if (query.level !== undefined && !(LOCALITY_LEVELS as readonly string[]).includes(query.level)) {
      throw new StoreError('InvalidInput', `localities: unknown level ${String(query.level)}`);
    }
    this.refresh(core);
    const pool = query.level ? (core.localitiesByLevel.get(query.level) ?? new Set<NodeRecord>()) : core.byLabel.Locality;
    const rows = [...pool].map((record) => ({ record, tally: this.localities.get(record) }));
    rows.sort((a, b) => (b.tally?.practices ?? 0) - (a.tally?.practices ?? 0) || compare(nodeString(a.record, 'code'), nodeString(b.record, 'code')));
    const window = pageWindow(query, READ_CAPS.pageSize);
    const items = rows.slice(window.offset, window.offset + window.limit).map(({ record, tally }) => ({
      locality: toGraphNode(record),
      practices: tally?.practices ?? 0,
      mechanisms: tally?.others.size ?? 0,
    }));
    return { items, total: rows.length, ...window };
  }

  mechanismPage(core: GraphCore, query: MechanismQuery): Page<MechanismCount> {
    this.refresh(core);
    const rows = [...core.byLabel.Mechanism]
      .filter((m) => (query.category === undefined || m.props.category === query.category) && (query.curated === undefined || m.props.curated === query.curated))
      .map((record) => ({ record, tally: this.mechanisms.get(record) }));
    rows.sort((a, b) => (b.tally?.practices ?? 0) - (a.tally?.practices ?? 0) || compare(nodeString(a.record, 'name'), nodeString(b.record, 'name')));
    const window = pageWindow(query, READ_CAPS.pageSize);
    const items = rows.slice(window.offset, window.offset + window.limit).map(({ record, tally }) => ({
      mechanism: toGraphNode(record),
      practices: tally?.practices ?? 0,
      localities: tally?.others.size ?? 0,
    }));
    return { items, total: rows.length, ...window };
  }

  private refresh(core: GraphCore): void {
    if (this.version === core.version) return;
    this.localities = new Map();
    this.mechanisms = new Map();
    const tally = (map: Map<NodeRecord, Tally>, key: NodeRecord): Tally => {
      let t = map.get(key);
      if (!t) map.set(key, (t = { practices: 0, others: new Set() }));
      return t;
    };
    for (const mechanism of core.byLabel.Mechanism) {
      let last: NodeRecord | null = null;
      for (const uses of mechanism.in) {
        if (uses.type !== 'USES' || uses.start === last) continue;
        last = uses.start;
        const t = tally(this.mechanisms, mechanism);
        t.practices++;
        for (const locality of practiceLocalities(uses.start)) t.others.add(locality);
      }
    }
    for (const practice of practicesWithLocality(core)) {
      const mechanisms = practice.out.filter((e) => e.type === 'USES').map((e) => e.end);
      const ancestors = new Set(practiceLocalities(practice).flatMap(localityChain));
      for (const ancestor of ancestors) {
        const t = tally(this.localities, ancestor);
        t.practices++;
        for (const mechanism of mechanisms) t.others.add(mechanism);
      }
    }
    this.version = core.version;
  }
}

function* practicesWithLocality(core: GraphCore): Generator<NodeRecord> {
  const seen = new Set<NodeRecord>();
  for (const locality of core.byLabel.Locality) {
    for (const edge of locality.in) {
      if (edge.type !== 'LOCATED_IN' || seen.has(edge.start)) continue;
      seen.add(edge.start);
      yield edge.start;
    }
  }
}

function compare(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
