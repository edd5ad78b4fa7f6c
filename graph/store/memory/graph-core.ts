/**
 * The memory store's graph: nodes by id, adjacency, and the per-label lookups the reads need (sets of the
 * small labels, localities by level, bulletins by source, counters). Nodes from the snapshot live in an array
 * sorted by id and are found by binary search: building a hash map over a million ids costs seconds at load.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../schema';
import { newNodeRecord, NO_EDGES, type EdgeRecord, type NodeRecord, type StoredProperties } from './node-records';

export type ListedLabel = 'Bulletin' | 'Locality' | 'Mechanism' | 'Organization';
const LISTED: readonly NodeLabel[] = ['Bulletin', 'Locality', 'Mechanism', 'Organization'];

export class GraphCore {
  /** Nodes as of the last snapshot load or write, sorted by id; some may have died since. */
  private base: NodeRecord[] = [];
  /** Nodes created since then (a re-created id shadows its dead base record). */
  private readonly added = new Map<string, NodeRecord>();
  readonly nodeCounts = counters(NODE_LABELS);
  readonly edgeCounts = counters(RELATIONSHIP_TYPES);
  readonly byLabel: Record<ListedLabel, Set<NodeRecord>> = emptySets();
  readonly localitiesByLevel = new Map<string, Set<NodeRecord>>();
  readonly bulletinsBySource = new Map<string, NodeRecord>();
  /** Bumped on every change; caches of derived reads (counts) compare it. */
  version = 0;
  /** Bumped when a Bulletin, Locality, Mechanism or Organization changes (the name lookup compares it). */
  sharedVersion = 0;

  get baseRecords(): readonly NodeRecord[] {
    return this.base;
  }

  /** The live node with this id. */
  get(id: string): NodeRecord | undefined {
    const added = this.added.get(id);
    if (added) return added.alive ? added : undefined;
    const found = this.searchBase(id);
    return found?.alive ? found : undefined;
  }

  *nodes(): IterableIterator<NodeRecord> {
    for (const record of this.base) if (record.alive) yield record;
    for (const record of this.added.values()) if (record.alive) yield record;
  }

  /** Live nodes sorted by id — the order of a snapshot (merging two sorted runs, not re-sorting the base). */
  sortedNodes(): NodeRecord[] {
    const fresh = [...this.added.values()].filter((r) => r.alive).sort(byId);
    const sorted: NodeRecord[] = [];
    let j = 0;
    for (const record of this.base) {
      if (!record.alive) continue;
      while (j < fresh.length && (fresh[j] as NodeRecord).id < record.id) sorted.push(fresh[j++] as NodeRecord);
      sorted.push(record);
    }
    while (j < fresh.length) sorted.push(fresh[j++] as NodeRecord);
    return sorted;
  }

  createNode(id: string, label: NodeLabel, props: StoredProperties): NodeRecord {
    const record = newNodeRecord(id, label, props);
    this.added.set(id, record);
    this.nodeCounts[label]++;
    this.index(record);
    this.version++;
    return record;
  }

  setProps(record: NodeRecord, props: StoredProperties): void {
    this.unindex(record);
    record.props = props;
    this.index(record);
    this.version++;
  }

  removeNode(record: NodeRecord): void {
    if (!record.alive) return;
    for (const edge of [...record.out]) this.removeEdge(edge);
    for (const edge of [...record.in]) this.removeEdge(edge);
    this.unindex(record);
    record.alive = false;
    this.nodeCounts[record.label]--;
    this.version++;
  }

  addEdge(type: RelationshipType, start: NodeRecord, end: NodeRecord, props: StoredProperties, explicitId: string | null): EdgeRecord {
    const edge: EdgeRecord = { type, start, end, props, explicitId };
    if (start.out === NO_EDGES) start.out = [];
    if (end.in === NO_EDGES) end.in = [];
    start.out.push(edge);
    end.in.push(edge);
    this.edgeCounts[type]++;
    this.version++;
    return edge;
  }

  removeEdge(edge: EdgeRecord): void {
    const out = edge.start.out.indexOf(edge);
    if (out < 0) return;
    edge.start.out.splice(out, 1);
    const into = edge.end.in.indexOf(edge);
    if (into >= 0) edge.end.in.splice(into, 1);
    this.edgeCounts[edge.type]--;
    this.version++;
  }

  /** Replaces everything with loaded records (sorted by id, adjacency filled in) and recounts. */
  load(records: NodeRecord[]): void {
    this.clear();
    this.base = records;
    for (const record of records) {
      this.nodeCounts[record.label]++;
      this.index(record);
      for (const edge of record.out) this.edgeCounts[edge.type]++;
    }
  }

  /** After a snapshot write: the written order becomes the base; nothing else changes. */
  rebase(records: NodeRecord[]): void {
    this.base = records;
    this.added.clear();
  }

  clear(): void {
    this.base = [];
    this.added.clear();
    for (const label of NODE_LABELS) this.nodeCounts[label] = 0;
    for (const type of RELATIONSHIP_TYPES) this.edgeCounts[type] = 0;
    for (const set of Object.values(this.byLabel)) set.clear();
    this.localitiesByLevel.clear();
    this.bulletinsBySource.clear();
    this.version++;
    this.sharedVersion++;
  }

  private searchBase(id: string): NodeRecord | undefined {
    let lo = 0;
    let hi = this.base.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const record = this.base[mid] as NodeRecord;
      if (record.id === id) return record;
      if (record.id < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private index(record: NodeRecord): void {
    if (!LISTED.includes(record.label)) return;
    this.sharedVersion++;
    this.byLabel[record.label as ListedLabel].add(record);
    const { level, source } = record.props;
    if (record.label === 'Locality' && typeof level === 'string') {
      let set = this.localitiesByLevel.get(level);
      if (!set) this.localitiesByLevel.set(level, (set = new Set()));
      set.add(record);
    }
    if (record.label === 'Bulletin' && typeof source === 'string') this.bulletinsBySource.set(source, record);
  }

  private unindex(record: NodeRecord): void {
    if (!LISTED.includes(record.label)) return;
    this.sharedVersion++;
    this.byLabel[record.label as ListedLabel].delete(record);
    const { level, source } = record.props;
    if (typeof level === 'string') this.localitiesByLevel.get(level)?.delete(record);
    if (typeof source === 'string' && this.bulletinsBySource.get(source) === record) this.bulletinsBySource.delete(source);
  }
}

export function byId(a: NodeRecord, b: NodeRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function counters<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function emptySets(): Record<ListedLabel, Set<NodeRecord>> {
  return { Bulletin: new Set(), Locality: new Set(), Mechanism: new Set(), Organization: new Set() };
}
