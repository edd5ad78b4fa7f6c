/**
 * localities() and mechanisms(): adoption counts per locality (practices located in it or below, distinct
 * mechanisms they use) and per mechanism (practices, distinct localities), from the cached AdoptionIndex.
 */
import { LOCALITY_LEVELS } from '../../schema';
import { READ_CAPS, type LocalityCount, type LocalityQuery, type MechanismCount, type MechanismQuery, type Page } from '../graph-store';
import { StoreError } from '../store-error';
import { AdoptionIndex } from './adoption-index';
import type { GraphCore } from './graph-core';
import { nodeString, toGraphNode, type NodeRecord } from './node-records';
import { pageWindow } from './page';

export class AdoptionReads {
  private cached: { version: number; index: AdoptionIndex } | null = null;

  constructor(private readonly core: GraphCore) {}

  /** The adoption arrays for the graph as it is now: the snapshot's while nothing changed, else rebuilt on first use. */
  index(): AdoptionIndex {
    if (this.cached?.version !== this.core.version) this.cached = { version: this.core.version, index: new AdoptionIndex(this.core, this.core.adoptionArrays()) };
    return this.cached.index;
  }

  localityPage(query: LocalityQuery): Page<LocalityCount> {
    if (query.level !== undefined && !(LOCALITY_LEVELS as readonly string[]).includes(query.level)) {
      throw new StoreError('InvalidInput', `localities: unknown level ${String(query.level)}`);
    }
    const { practices, mechanisms } = this.index().counts();
    const pool = query.level ? (this.core.lookups.localitiesByLevel.get(query.level) ?? new Set<NodeRecord>()) : this.core.lookups.byLabel.Locality;
    const rows = ranked([...pool], (r) => practices[r.slot] ?? 0, 'code');
    const window = pageWindow(query, READ_CAPS.pageSize);
    const items = rows.slice(window.offset, window.offset + window.limit).map((record) => ({
      locality: toGraphNode(record),
      practices: practices[record.slot] ?? 0,
      mechanisms: mechanisms[record.slot] ?? 0,
    }));
    return { items, total: rows.length, ...window };
  }

  mechanismPage(query: MechanismQuery): Page<MechanismCount> {
    const index = this.index();
    const { localities } = index.counts();
    const uses = (r: NodeRecord) => (index.practicesOf.start[r.slot + 1] ?? 0) - (index.practicesOf.start[r.slot] ?? 0);
    const pool = [...this.core.lookups.byLabel.Mechanism].filter(
      (m) => (query.category === undefined || m.props.category === query.category) && (query.curated === undefined || m.props.curated === query.curated),
    );
    const rows = ranked(pool, uses, 'name');
    const window = pageWindow(query, READ_CAPS.pageSize);
    const items = rows.slice(window.offset, window.offset + window.limit).map((record) => ({
      mechanism: toGraphNode(record),
      practices: uses(record),
      localities: localities[record.slot] ?? 0,
    }));
    return { items, total: rows.length, ...window };
  }
}

/** Most practices first, then by code or name. */
function ranked(records: NodeRecord[], count: (record: NodeRecord) => number, tieKey: string): NodeRecord[] {
  const keyed = records.map((record) => ({ record, count: count(record), key: nodeString(record, tieKey) ?? '' }));
  keyed.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.record);
}
