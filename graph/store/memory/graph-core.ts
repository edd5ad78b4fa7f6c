/**
 * The memory store's graph: the loaded snapshot (BaseGraph) plus the changes since. Snapshot nodes become records
 * when a read reaches them (by id through binary search, or as a neighbour); removals are bitmaps over snapshot
 * slots and relationship indices. Keeps counters and the label lookups (label-lookups.ts) up to date.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../schema';
import { buildAdoptionArrays, type AdoptionArrays } from './adoption-arrays';
import { BaseGraph } from './base-graph';
import { LabelLookups, LISTED_LABELS } from './label-lookups';
import { EdgeRecord, NodeRecord, NO_EDGES, type RecordSource, type StoredProperties } from './node-records';
import { isSearchable } from './node-terms';

export class GraphCore implements RecordSource {
  base = BaseGraph.empty();
  /** Records made so far, by slot: snapshot nodes first, then nodes created since. */
  private records: (NodeRecord | undefined)[] = [];
  private baseEdges: (EdgeRecord | undefined)[] = [];
  deadNodes = new Uint8Array(0);
  deadEdges = new Uint8Array(0);
  private readonly added = new Map<string, NodeRecord>();
  /** Relationships created since the snapshot (the analytics add them to the snapshot's). */
  readonly addedEdges = new Set<EdgeRecord>();
  readonly nodeCounts = counters(NODE_LABELS);
  readonly edgeCounts = counters(RELATIONSHIP_TYPES);
  readonly lookups = new LabelLookups();
  /** Bumped on every change; caches of derived reads (adoption arrays) compare it. */
  version = 0;
  /** The snapshot's adoption arrays, valid while `version` is still `loadedVersion`. */
  private baseAdoption: AdoptionArrays | null = null;
  private loadedVersion = -1;

  /** Whether nodes were created since the snapshot (slot order is then no longer id order). */
  get hasCreatedNodes(): boolean {
    return this.added.size > 0;
  }

  /** Node slots handed out: arrays indexed by slot need this size. */
  get slotSpace(): number {
    return this.records.length;
  }

  /** Replaces everything with a loaded snapshot; records of the listed labels are made now (they are few). */
  load(base: BaseGraph, counts: { nodes: Record<string, number>; relationships: Record<string, number> }, adoption: AdoptionArrays | null): void {
    this.clear();
    this.base = base;
    this.records = new Array<NodeRecord | undefined>(base.nodeCount);
    this.baseEdges = new Array<EdgeRecord | undefined>(base.edgeCount);
    this.deadNodes = new Uint8Array(base.nodeCount);
    this.deadEdges = new Uint8Array(base.edgeCount);
    for (const label of NODE_LABELS) this.nodeCounts[label] = counts.nodes[label] ?? 0;
    for (const type of RELATIONSHIP_TYPES) this.edgeCounts[type] = counts.relationships[type] ?? 0;
    const labels = base.sections.labels;
    const listed = new Set(LISTED_LABELS.map((l) => NODE_LABELS.indexOf(l)));
    for (let slot = 0; slot < base.nodeCount; slot++) if (listed.has(labels[slot] as number)) this.lookups.add(this.recordAt(slot));
    this.baseAdoption = adoption;
    this.loadedVersion = this.version;
  }

  /** Adoption arrays for the graph as it is now: the snapshot's if nothing changed since, else built anew. */
  adoptionArrays(): AdoptionArrays {
    if (this.baseAdoption && this.version === this.loadedVersion) return this.baseAdoption;
    const { edgeTypes, edgeStarts, edgeEnds } = this.base.sections;
    const added = [...this.addedEdges].map((e) => [RELATIONSHIP_TYPES.indexOf(e.type), e.start.slot, e.end.slot] as const);
    return buildAdoptionArrays(this.slotSpace, { types: edgeTypes, starts: edgeStarts, ends: edgeEnds, dead: this.deadEdges }, added);
  }

  /** The record of a slot (made on first use for snapshot nodes); undefined past the slots handed out. */
  recordAt(slot: number): NodeRecord {
    let record = this.records[slot];
    if (!record) {
      const label = this.base.labelAt(slot);
      record = new NodeRecord(this.base.idAt(slot), label, slot, this);
      if (isSearchable(label)) record.docId = slot;
      if (this.deadNodes[slot]) record.alive = false;
      this.records[slot] = record;
    }
    return record;
  }

  /** A record already made for this slot, without making one. */
  madeRecord(slot: number): NodeRecord | undefined {
    return this.records[slot];
  }

  /** The live node with this id. */
  get(id: string): NodeRecord | undefined {
    const added = this.added.get(id);
    if (added) return added.alive ? added : undefined;
    const slot = this.base.find(id);
    return slot < 0 || this.deadNodes[slot] ? undefined : this.recordAt(slot);
  }

  /** Live node slots in id order: the snapshot's (already sorted) merged with the nodes created since. */
  slotsInIdOrder(): Int32Array {
    const fresh = [...this.added.values()].filter((r) => r.alive).sort((a, b) => (a.id < b.id ? -1 : 1));
    const order = new Int32Array(Object.values(this.nodeCounts).reduce((a, b) => a + b, 0));
    let n = 0;
    let next = 0;
    let nextRank = fresh.length > 0 ? this.base.rank((fresh[0] as NodeRecord).id) : Infinity;
    for (let slot = 0; slot <= this.base.nodeCount; slot++) {
      while (next < fresh.length && nextRank <= slot) {
        order[n++] = (fresh[next++] as NodeRecord).slot;
        nextRank = next < fresh.length ? this.base.rank((fresh[next] as NodeRecord).id) : Infinity;
      }
      if (slot < this.base.nodeCount && !this.deadNodes[slot]) order[n++] = slot;
    }
    return order.subarray(0, n);
  }

  createNode(id: string, label: NodeLabel, props: StoredProperties): NodeRecord {
    const record = new NodeRecord(id, label, this.records.length, null, props);
    this.records.push(record);
    this.added.set(id, record);
    this.nodeCounts[label]++;
    this.lookups.add(record);
    this.version++;
    return record;
  }

  setProps(record: NodeRecord, props: StoredProperties): void {
    this.lookups.remove(record);
    record.props = props;
    this.lookups.add(record);
    this.version++;
  }

  removeNode(record: NodeRecord): void {
    if (!record.alive) return;
    for (const edge of [...record.out]) this.removeEdge(edge);
    for (const edge of [...record.in]) this.removeEdge(edge);
    this.lookups.remove(record);
    record.alive = false;
    if (record.slot < this.base.nodeCount) this.deadNodes[record.slot] = 1;
    this.nodeCounts[record.label]--;
    this.version++;
  }

  addEdge(type: RelationshipType, start: NodeRecord, end: NodeRecord, props: StoredProperties, explicitId: string | null): EdgeRecord {
    const edge = new EdgeRecord(type, start, end, explicitId, -1, null, props);
    if (start.out === NO_EDGES) start.out = [];
    if (end.in === NO_EDGES) end.in = [];
    start.out.push(edge);
    end.in.push(edge);
    this.addedEdges.add(edge);
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
    if (edge.baseIndex >= 0) this.deadEdges[edge.baseIndex] = 1;
    else this.addedEdges.delete(edge);
    this.edgeCounts[edge.type]--;
    this.version++;
  }

  /**
   * Removes every relationship of these types at once (the analyses replace theirs wholesale): snapshot ones are
   * marked dead by a scan of the type column, and records already made drop them from their adjacency.
   */
  removeEdgesOfTypes(types: ReadonlySet<RelationshipType>): void {
    const codes = new Set([...types].map((t) => RELATIONSHIP_TYPES.indexOf(t)));
    const { edgeTypes } = this.base.sections;
    for (let e = 0; e < edgeTypes.length; e++) {
      if (this.deadEdges[e] || !codes.has(edgeTypes[e] as number)) continue;
      this.deadEdges[e] = 1;
      this.edgeCounts[this.base.edgeType(e)]--;
    }
    for (const edge of this.addedEdges) {
      if (!types.has(edge.type)) continue;
      this.addedEdges.delete(edge);
      this.edgeCounts[edge.type]--;
    }
    const kept = (edges: EdgeRecord[] | undefined) => (edges && edges.some((e) => types.has(e.type)) ? edges.filter((e) => !types.has(e.type)) : undefined);
    for (const record of this.records) {
      if (!record) continue;
      const out = kept(record.outIfLoaded);
      if (out) record.out = out;
      const into = kept(record.inIfLoaded);
      if (into) record.in = into;
    }
    this.version++;
  }

  /** The label of a slot without making its record. */
  labelOf(slot: number): NodeLabel {
    return slot < this.base.nodeCount ? this.base.labelAt(slot) : (this.records[slot] as NodeRecord).label;
  }

  clear(): void {
    this.base = BaseGraph.empty();
    this.records = [];
    this.baseEdges = [];
    this.deadNodes = new Uint8Array(0);
    this.deadEdges = new Uint8Array(0);
    this.added.clear();
    this.addedEdges.clear();
    for (const label of NODE_LABELS) this.nodeCounts[label] = 0;
    for (const type of RELATIONSHIP_TYPES) this.edgeCounts[type] = 0;
    this.lookups.clear();
    this.baseAdoption = null;
    this.version++;
  }

  /** The id of a slot without making its record. */
  idAt(slot: number): string {
    // Snapshot slots read the id section directly (the records array is mostly holes, which are slow to probe).
    return slot < this.base.nodeCount ? this.base.idAt(slot) : (this.records[slot] as NodeRecord).id;
  }

  propsOf(record: NodeRecord): StoredProperties {
    const { props, fingerprint } = this.base.nodeProps(record.slot);
    record.fingerprint = fingerprint;
    return props;
  }

  /**
   * A node's relationships in one direction, made into records one at a time: a walk that stops early (a capped
   * neighbourhood of a mechanism used by 30,000 practices) makes only what it visits.
   */
  *adjacent(record: NodeRecord, direction: 'out' | 'in'): Generator<EdgeRecord> {
    const loaded = direction === 'out' ? record.outIfLoaded : record.inIfLoaded;
    if (loaded) {
      yield* loaded;
      return;
    }
    const { outStart, inStart, inEdges } = this.base.sections;
    const slot = record.slot;
    if (direction === 'out') {
      for (let e = outStart[slot] as number, end = outStart[slot + 1] as number; e < end; e++) if (!this.deadEdges[e]) yield this.edgeAt(e);
    } else {
      for (let k = inStart[slot] as number, end = inStart[slot + 1] as number; k < end; k++) {
        const e = inEdges[k] as number;
        if (!this.deadEdges[e]) yield this.edgeAt(e);
      }
    }
  }

  outOf(record: NodeRecord): EdgeRecord[] {
    const { outStart } = this.base.sections;
    const edges: EdgeRecord[] = [];
    for (let e = outStart[record.slot] as number, end = outStart[record.slot + 1] as number; e < end; e++) if (!this.deadEdges[e]) edges.push(this.edgeAt(e));
    return edges.length > 0 ? edges : NO_EDGES;
  }

  inOf(record: NodeRecord): EdgeRecord[] {
    const { inStart, inEdges } = this.base.sections;
    const edges: EdgeRecord[] = [];
    for (let k = inStart[record.slot] as number, end = inStart[record.slot + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      if (!this.deadEdges[e]) edges.push(this.edgeAt(e));
    }
    return edges.length > 0 ? edges : NO_EDGES;
  }

  edgePropsOf(edge: EdgeRecord): StoredProperties {
    return this.base.edgeProps(edge.baseIndex);
  }

  private edgeAt(e: number): EdgeRecord {
    let edge = this.baseEdges[e];
    if (!edge) {
      const { edgeStarts, edgeEnds, explicitIds } = this.base.sections;
      edge = new EdgeRecord(this.base.edgeType(e), this.recordAt(edgeStarts[e] as number), this.recordAt(edgeEnds[e] as number), explicitIds.get(e) ?? null, e, this);
      this.baseEdges[e] = edge;
    }
    return edge;
  }
}

function counters<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
