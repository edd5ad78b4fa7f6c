/**
 * Builds the adoption matrix the way the memory store does (graph/store/memory/adoption-matrix.ts): mechanisms are
 * ranked by all their practices and the top `limits.mechanisms` kept; rows are the roll-up localities of the kept
 * mechanisms' practices, ranked by distinct practices and cut at `limits.localities`; a column's total counts the
 * practices placed in any row; `trimmed` says whether rows or columns were cut. Pure.
 */
import { READ_CAPS, type AdoptionCell, type AdoptionMatrix } from '../graph-store';
import type { RollupLevel } from '../../schema';

export interface RankedMechanism {
  name: string;
  /** Practices using it, wherever located. */
  practices: number;
}

export interface AdoptionRow {
  code: string;
  name: string;
  mechanism: string;
  practiceIds: string[];
}

/** Step 1: the mechanisms to show (those with practices, most used first, then by name). */
export function keptMechanisms(ranked: readonly RankedMechanism[], limit: number): { kept: RankedMechanism[]; trimmed: boolean } {
  const sorted = ranked.filter((m) => m.practices > 0).sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  return { kept: sorted.slice(0, limit), trimmed: sorted.length > limit };
}

/** Step 2: rows, columns and cells from the cells of the kept mechanisms. */
export function adoptionMatrix(input: {
  level: RollupLevel;
  mechanisms: readonly RankedMechanism[];
  rows: readonly AdoptionRow[];
  limitLocalities: number;
  trimmed: boolean;
}): AdoptionMatrix {
  const localities = new Map<string, { name: string; practices: Set<string>; cells: Map<string, string[]> }>();
  const columnPractices = new Map<string, Set<string>>();
  for (const row of input.rows) {
    const locality = localities.get(row.code) ?? { name: row.name, practices: new Set<string>(), cells: new Map<string, string[]>() };
    localities.set(row.code, locality);
    const column = columnPractices.get(row.mechanism) ?? new Set<string>();
    columnPractices.set(row.mechanism, column);
    const ids = [...new Set(row.practiceIds)];
    for (const id of ids) {
      locality.practices.add(id);
      column.add(id);
    }
    locality.cells.set(row.mechanism, ids);
  }
  const sortedRows = [...localities].sort(([codeA, a], [codeB, b]) => b.practices.size - a.practices.size || compare(codeA, codeB));
  const keptRows = sortedRows.slice(0, input.limitLocalities);
  const columns = input.mechanisms
    .map((m) => ({ name: m.name, practices: columnPractices.get(m.name)?.size ?? 0 }))
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  const cells: AdoptionCell[] = keptRows.flatMap(([code, row]) =>
    columns.flatMap(({ name }) => {
      const ids = row.cells.get(name);
      if (!ids) return [];
      // A cell's count is exact; its id list is capped like any page.
      return [{ localityCode: code, mechanism: name, practices: ids.length, practiceIds: ids.sort(compare).slice(0, READ_CAPS.pageSize) }];
    }),
  );
  return {
    level: input.level,
    localities: keptRows.map(([code, row]) => ({ code, name: row.name, practices: row.practices.size })),
    mechanisms: columns,
    cells,
    trimmed: input.trimmed || sortedRows.length > keptRows.length,
  };
}

/** Code-unit order, as the memory store compares (localeCompare differs between machines). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
