/**
 * The adoption arrays (adoption-arrays.ts) plus each locality's level and the roll-up counts, for the graph as it
 * is now. Roll-ups walk `parent`, so a town's practice counts for its county, city and province. No records are
 * made; AdoptionReads caches one index until the graph changes.
 */
import { LOCALITY_LEVELS } from '../../schema';
import { increment, type AdoptionArrays, type Adjacency } from './adoption-arrays';
import type { GraphCore } from './graph-core';

/** Real chains have at most five levels; the bound only guards against a cycle in bad data. */
const MAX_DEPTH = 8;

export class AdoptionIndex {
  readonly slots: number;
  readonly parent: Int32Array;
  /** Position in LOCALITY_LEVELS, -1 for other nodes. */
  readonly level: Int8Array;
  readonly localitiesOf: Adjacency;
  readonly mechanismsOf: Adjacency;
  readonly practicesOf: Adjacency;
  private totals: { practices: Int32Array; mechanisms: Int32Array; localities: Int32Array } | null = null;

  constructor(
    private readonly core: GraphCore,
    arrays: AdoptionArrays,
  ) {
    this.slots = core.slotSpace;
    ({ parent: this.parent, localitiesOf: this.localitiesOf, mechanismsOf: this.mechanismsOf, practicesOf: this.practicesOf } = arrays);
    this.level = new Int8Array(this.slots).fill(-1);
    for (const locality of core.lookups.byLabel.Locality) this.level[locality.slot] = (LOCALITY_LEVELS as readonly string[]).indexOf(String(locality.props.level));
  }

  /** The locality's ancestor (or itself) at `level` (an index into LOCALITY_LEVELS), or -1. */
  ancestorAt(locality: number, level: number): number {
    let current = locality;
    for (let depth = 0; depth < MAX_DEPTH && current >= 0; depth++) {
      if (this.level[current] === level) return current;
      current = this.parent[current] as number;
    }
    return -1;
  }

  /**
   * Per slot: for a locality, the practices located in it or below and the distinct mechanisms they use; for a
   * mechanism, the distinct localities its practices are located in. Its practices are its USES count.
   */
  counts(): { practices: Int32Array; mechanisms: Int32Array; localities: Int32Array } {
    if (this.totals) return this.totals;
    const { slots, localitiesOf, practicesOf } = this;
    const practices = new Int32Array(slots);
    const mechanisms = new Int32Array(slots);
    const localities = new Int32Array(slots);
    const seen = new Int32Array(slots).fill(-1);
    for (let p = 0; p < slots; p++) {
      this.forEachAncestor(p, (a) => {
        if (seen[a] === p) return;
        seen[a] = p;
        increment(practices, a);
      });
    }
    seen.fill(-1);
    const seenDirect = new Int32Array(slots).fill(-1);
    for (const mechanism of this.core.lookups.byLabel.Mechanism) {
      const m = mechanism.slot;
      for (let k = practicesOf.start[m] as number; k < (practicesOf.start[m + 1] as number); k++) {
        const p = practicesOf.list[k] as number;
        for (let j = localitiesOf.start[p] as number; j < (localitiesOf.start[p + 1] as number); j++) {
          const l = localitiesOf.list[j] as number;
          if (seenDirect[l] === m) continue;
          seenDirect[l] = m;
          increment(localities, m);
        }
        this.forEachAncestor(p, (a) => {
          if (seen[a] === m) return;
          seen[a] = m;
          increment(mechanisms, a);
        });
      }
    }
    return (this.totals = { practices, mechanisms, localities });
  }

  /** Every locality a practice is located in, and their ancestors (a locality may be visited twice). */
  private forEachAncestor(practice: number, visit: (locality: number) => void): void {
    const { start, list } = this.localitiesOf;
    for (let j = start[practice] as number; j < (start[practice + 1] as number); j++) {
      let current = list[j] as number;
      for (let depth = 0; depth < MAX_DEPTH && current >= 0; depth++) {
        visit(current);
        current = this.parent[current] as number;
      }
    }
  }
}
