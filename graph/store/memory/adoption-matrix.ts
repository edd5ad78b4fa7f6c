/**
 * The adoption matrix: localities rolled up to one level × mechanisms, each cell the practices of that mechanism
 * located at or below that locality. Mechanisms are ranked by practice count; then practices are walked in slot
 * order over the AdoptionIndex's typed arrays (sequential memory, which matters more than operation counts at
 * 100k practices), each adding itself to its row's cells. Cell ids come out in id order.
 */
import { LOCALITY_LEVELS, ROLLUP_LEVELS } from '../../schema';
import { READ_CAPS, type AdoptionCell, type AdoptionMatrix, type AdoptionRequest } from '../graph-store';
import { StoreError } from '../store-error';
import type { AdoptionIndex } from './adoption-index';
import type { GraphCore } from './graph-core';
import { nodeString } from './node-records';
import { clampLimit } from './page';

interface Row {
  slot: number;
  code: string;
  practices: number;
}

export function adoptionMatrix(core: GraphCore, index: AdoptionIndex, request: AdoptionRequest): AdoptionMatrix {
  if (!(ROLLUP_LEVELS as readonly string[]).includes(request.level)) throw new StoreError('InvalidInput', `adoption: cannot roll up to level ${String(request.level)}`);
  const level = LOCALITY_LEVELS.indexOf(request.level);
  const wanted = request.mechanisms ? new Set(request.mechanisms) : null;
  const codes = request.localities ? new Set(request.localities) : null;
  const degree = (slot: number) => (index.practicesOf.start[slot + 1] as number) - (index.practicesOf.start[slot] as number);

  const ranked = [...core.lookups.byLabel.Mechanism]
    .map((m) => ({ slot: m.slot, name: nodeString(m, 'name') ?? m.id, practices: degree(m.slot) }))
    .filter((c) => c.practices > 0 && (!wanted || wanted.has(c.name)))
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  const columns = ranked.slice(0, clampLimit(request.limitMechanisms, READ_CAPS.adoptionMechanisms));
  const width = columns.length;
  const columnOf = new Int32Array(index.slots).fill(-1);
  columns.forEach((c, i) => (columnOf[c.slot] = i));

  const rowOf = new Int32Array(index.slots).fill(-1);
  const rows: Row[] = [];
  const rowFor = (locality: number): number => {
    const a = index.ancestorAt(locality, level);
    if (a < 0) return -1;
    if (rowOf[a] === -1) {
      const code = nodeString(core.recordAt(a), 'code') ?? core.idAt(a);
      rowOf[a] = codes && !codes.has(code) ? -2 : rows.push({ slot: a, code, practices: 0 }) - 1;
    }
    return rowOf[a] as number;
  };
  // cellAt[row * width + column] → cell number (-1: empty); sized for every locality of the level, grown if need be.
  const expectedRows = Math.max(1, core.lookups.localitiesByLevel.get(request.level)?.size ?? 64);
  let cellAt: Int32Array = new Int32Array(expectedRows * Math.max(width, 1)).fill(-1);
  let cellCount = 0;
  // (cell, practice) pairs in typed arrays, grouped by cell afterwards: no array per cell, little garbage.
  const pairs = new PairList(index.mechanismsOf.list.length);
  const totals = new Int32Array(width);
  const { localitiesOf, mechanismsOf } = index;
  const practiceRows: number[] = [];
  for (let p = 0; p < index.slots; p++) {
    const from = mechanismsOf.start[p] as number;
    const to = mechanismsOf.start[p + 1] as number;
    if (from === to) continue;
    practiceRows.length = 0;
    for (let j = localitiesOf.start[p] as number; j < (localitiesOf.start[p + 1] as number); j++) {
      const row = rowFor(localitiesOf.list[j] as number);
      if (row >= 0 && !practiceRows.includes(row)) practiceRows.push(row);
    }
    if (practiceRows.length === 0) continue;
    let used = false;
    for (let k = from; k < to; k++) {
      const column = columnOf[mechanismsOf.list[k] as number] as number;
      if (column < 0) continue;
      used = true;
      totals[column] = (totals[column] as number) + 1;
      for (const row of practiceRows) {
        if ((row + 1) * width > cellAt.length) cellAt = grow(cellAt);
        const at = row * width + column;
        if (cellAt[at] === -1) cellAt[at] = cellCount++;
        pairs.add(cellAt[at] as number, p);
      }
    }
    if (used) for (const row of practiceRows) (rows[row] as Row).practices++;
  }
  const { start: cellStart, list: cellPractices } = pairs.groupBy(cellCount);

  const rowOrder = rows.map((_, r) => r).sort((a, b) => (rows[b] as Row).practices - (rows[a] as Row).practices || compare((rows[a] as Row).code, (rows[b] as Row).code));
  const kept = rowOrder.slice(0, clampLimit(request.limitLocalities, READ_CAPS.adoptionLocalities)).filter((r) => (rows[r] as Row).practices > 0);
  const columnOrder = columns.map((_, c) => c).sort((a, b) => (totals[b] as number) - (totals[a] as number) || compare(columns[a]!.name, columns[b]!.name));
  return {
    level: request.level,
    localities: kept.map((r) => {
      const row = rows[r] as Row;
      return { code: row.code, name: nodeString(core.recordAt(row.slot), 'name') ?? '', practices: row.practices };
    }),
    mechanisms: columnOrder.map((c) => ({ name: columns[c]!.name, practices: totals[c] as number })),
    cells: matrixCells(kept, columnOrder, (r, c) => {
      const at = r * width + c;
      const cell = at < cellAt.length ? (cellAt[at] as number) : -1;
      if (cell < 0) return null;
      const from = cellStart[cell] as number;
      const count = (cellStart[cell + 1] as number) - from;
      // A cell's count is exact; its id list is capped like any page.
      const slots = cellPractices.subarray(from, from + count);
      // Snapshot slots are in id order already; nodes created since come after them, so only then sort.
      const ordered = core.hasCreatedNodes ? Array.from(slots, (p) => core.idAt(p)).sort() : null;
      const practiceIds: string[] = ordered ? ordered.slice(0, READ_CAPS.pageSize) : [];
      if (!ordered) for (let k = 0; k < Math.min(count, READ_CAPS.pageSize); k++) practiceIds.push(core.idAt(slots[k] as number));
      return { localityCode: (rows[r] as Row).code, mechanism: columns[c]!.name, practices: count, practiceIds };
    }),
    trimmed: ranked.length > columns.length || rows.filter((r) => r.practices > 0).length > kept.length,
  };
}

/** Row-major over the kept rows and ordered columns, skipping empty cells. */
function matrixCells(rows: number[], columns: number[], cell: (row: number, column: number) => AdoptionCell | null): AdoptionCell[] {
  const out: AdoptionCell[] = [];
  for (const r of rows) {
    for (const c of columns) {
      const found = cell(r, c);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Growable (key, value) pairs in typed arrays, grouped by key with a counting sort (values keep their order). */
class PairList {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  add(key: number, value: number): void {
    if (this.size === this.keys.length) {
      this.keys = resize(this.keys);
      this.values = resize(this.values);
    }
    this.keys[this.size] = key;
    this.values[this.size++] = value;
  }

  groupBy(keyCount: number): { start: Int32Array; list: Int32Array } {
    const start = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.size; i++) start[(this.keys[i] as number) + 1] = (start[(this.keys[i] as number) + 1] as number) + 1;
    for (let k = 1; k <= keyCount; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
    const fill = start.slice(0, keyCount);
    const list = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const key = this.keys[i] as number;
      list[fill[key] as number] = this.values[i] as number;
      fill[key] = (fill[key] as number) + 1;
    }
    return { start, list };
  }
}

function resize(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function grow(cellAt: Int32Array): Int32Array {
  const larger = new Int32Array(cellAt.length * 2).fill(-1);
  larger.set(cellAt);
  return larger;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
