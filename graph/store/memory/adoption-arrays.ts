/**
 * The relationships the adoption reads need, as arrays indexed by node slot: each locality's parent (PART_OF),
 * each practice's localities (LOCATED_IN) and mechanisms (USES), each mechanism's practices. Built in two
 * typed-array passes (count, then fill) over the live relationships; the snapshot stores them, so a freshly
 * opened store answers its first adoption read without building anything.
 */
import { RELATIONSHIP_TYPES } from '../../schema';

const USES = RELATIONSHIP_TYPES.indexOf('USES');
const LOCATED_IN = RELATIONSHIP_TYPES.indexOf('LOCATED_IN');
const PART_OF = RELATIONSHIP_TYPES.indexOf('PART_OF');

/** Slot s's entries are list[start[s] .. start[s+1]). */
export interface Adjacency {
  start: Int32Array;
  list: Int32Array;
}

export interface AdoptionArrays {
  parent: Int32Array;
  localitiesOf: Adjacency;
  mechanismsOf: Adjacency;
  practicesOf: Adjacency;
}

export interface EdgeColumns {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Relationships to skip (removed since the snapshot), or null. */
  dead: Uint8Array | null;
}

/** `added`: relationships created since the snapshot, as [type code, start slot, end slot]. */
export function buildAdoptionArrays(slots: number, edges: EdgeColumns, added: readonly (readonly [number, number, number])[] = []): AdoptionArrays {
  const parent = new Int32Array(slots).fill(-1);
  const counts = { locality: new Int32Array(slots + 1), uses: new Int32Array(slots + 1), used: new Int32Array(slots + 1) };
  const count = (type: number, start: number, end: number) => {
    if (type === USES) {
      increment(counts.uses, start);
      increment(counts.used, end);
    } else if (type === LOCATED_IN) increment(counts.locality, start);
    else if (type === PART_OF && parent[start] === -1) parent[start] = end;
  };
  forEachEdge(edges, added, count);
  const arrays = { parent, localitiesOf: allocate(counts.locality), mechanismsOf: allocate(counts.uses), practicesOf: allocate(counts.used) };
  const fill = { locality: arrays.localitiesOf.start.slice(), uses: arrays.mechanismsOf.start.slice(), used: arrays.practicesOf.start.slice() };
  forEachEdge(edges, added, (type, start, end) => {
    if (type === USES) {
      arrays.mechanismsOf.list[increment(fill.uses, start) - 1] = end;
      arrays.practicesOf.list[increment(fill.used, end) - 1] = start;
    } else if (type === LOCATED_IN) arrays.localitiesOf.list[increment(fill.locality, start) - 1] = end;
  });
  return arrays;
}

function forEachEdge(edges: EdgeColumns, added: readonly (readonly [number, number, number])[], visit: (type: number, start: number, end: number) => void): void {
  const { types, starts, ends, dead } = edges;
  for (let e = 0; e < types.length; e++) if (!dead?.[e]) visit(types[e] as number, starts[e] as number, ends[e] as number);
  for (const [type, start, end] of added) visit(type, start, end);
}

/** Adds one to array[i]; returns the new value. */
export function increment(array: Int32Array, i: number): number {
  return (array[i] = (array[i] as number) + 1);
}

/** Prefix sums of per-slot counts. */
function allocate(counts: Int32Array): Adjacency {
  const start = new Int32Array(counts.length);
  for (let s = 1; s < counts.length; s++) start[s] = (start[s - 1] as number) + (counts[s - 1] as number);
  return { start, list: new Int32Array(start[counts.length - 1] as number) };
}
