/**
 * The adoption matrix: localities rolled up to one level × mechanisms, each cell the practices of that mechanism
 * located at or below that locality. Mechanisms are ranked by practice count first, so only the kept ones'
 * USES are walked: the work is proportional to the practices in the answer.
 */
import { ROLLUP_LEVELS } from '../../schema';
import { READ_CAPS, type AdoptionMatrix, type AdoptionRequest } from '../graph-store';
import { StoreError } from '../store-error';
import type { GraphCore } from './graph-core';
import { practiceLocalities, rollupTo } from './locality-chain';
import { nodeString, type NodeRecord } from './node-records';
import { clampLimit } from './page';

interface Row {
  locality: NodeRecord;
  practices: Set<NodeRecord>;
  cells: Map<NodeRecord, NodeRecord[]>;
}

export function adoptionMatrix(core: GraphCore, request: AdoptionRequest): AdoptionMatrix {
  if (!(ROLLUP_LEVELS as readonly string[]).includes(request.level)) throw new StoreError('InvalidInput', `adoption: cannot roll up to level ${String(request.level)}`);
  const limitMechanisms = clampLimit(request.limitMechanisms, READ_CAPS.adoptionMechanisms);
  const limitLocalities = clampLimit(request.limitLocalities, READ_CAPS.adoptionLocalities);
  const wanted = request.mechanisms ? new Set(request.mechanisms) : null;
  const codes = request.localities ? new Set(request.localities) : null;

  const ranked = [...core.byLabel.Mechanism]
    .filter((m) => !wanted || wanted.has(nodeString(m, 'name') ?? ''))
    .map((m) => ({ m, name: nodeString(m, 'name') ?? m.id, practices: usesCount(m) }))
    .filter((r) => r.practices > 0)
    .sort((a, b) => b.practices - a.practices || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const mechanisms = ranked.slice(0, limitMechanisms);
  let trimmed = ranked.length > mechanisms.length;

  const rollup = rollupTo(request.level);
  const rows = new Map<NodeRecord, Row>();
  const columnTotals = new Map<NodeRecord, number>();
  for (const { m } of mechanisms) {
    let counted = 0;
    for (const uses of m.in) {
      if (uses.type !== 'USES') continue;
      let used = false;
      for (const locality of practiceLocalities(uses.start)) {
        const target = rollup(locality);
        if (!target || (codes && !codes.has(nodeString(target, 'code') ?? ''))) continue;
        let row = rows.get(target);
        if (!row) rows.set(target, (row = { locality: target, practices: new Set(), cells: new Map() }));
        row.practices.add(uses.start);
        const cell = row.cells.get(m);
        if (!cell) row.cells.set(m, [uses.start]);
        else if (cell[cell.length - 1] !== uses.start) cell.push(uses.start);
        used = true;
      }
      if (used) counted++;
    }
    columnTotals.set(m, counted);
  }

  const sortedRows = [...rows.values()].sort(
    (a, b) => b.practices.size - a.practices.size || compare(nodeString(a.locality, 'code'), nodeString(b.locality, 'code')),
  );
  const keptRows = sortedRows.slice(0, limitLocalities);
  trimmed ||= sortedRows.length > keptRows.length;
  const columns = mechanisms
    .map(({ m, name }) => ({ m, name, practices: columnTotals.get(m) ?? 0 }))
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  return {
    level: request.level,
    localities: keptRows.map((row) => ({ code: nodeString(row.locality, 'code') ?? row.locality.id, name: nodeString(row.locality, 'name') ?? '', practices: row.practices.size })),
    mechanisms: columns.map(({ name, practices }) => ({ name, practices })),
    cells: keptRows.flatMap((row) =>
      columns.flatMap(({ m, name }) => {
        const cell = row.cells.get(m);
        if (!cell) return [];
        // A cell's count is exact; its id list is capped like any page.
        const practiceIds = cell.map((p) => p.id).sort().slice(0, READ_CAPS.pageSize);
        return [{ localityCode: nodeString(row.locality, 'code') ?? row.locality.id, mechanism: name, practices: cell.length, practiceIds }];
      }),
    ),
    trimmed,
  };
}

/** Practices using a mechanism: its USES in-edges (one per practice, as relationship ids derive from endpoints). */
function usesCount(mechanism: NodeRecord): number {
  let count = 0;
  for (const edge of mechanism.in) if (edge.type === 'USES') count++;
  return count;
}

function compare(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
