/**
 * The adoption matrix from what the Cypher reads return (read-adoption.ts), with CONTRACT.md's rules: mechanisms
 * ranked by their practices (then name) and the top `limit` kept; rows — the localities at the level holding a
 * practice of a kept mechanism — ranked by distinct practices (then code) and cut; a column's total counts the
 * practices placed in any row; `trimmed` when rows or columns were cut. Pure.
 */
import type { AdoptionCell, AdoptionMatrix } from '../graph-store';
import type { RollupLevel } from '../../schema';

export interface RankedMechanism {
  name: string;
  /** Practices using it, wherever located. */
  practices: number;
}

export interface AdoptionRow {
  code: string;
  name: string;
  /** Distinct practices of the kept mechanisms at or below the locality. */
  practices: number;
}

/** Step 1: the mechanisms to show (those with practices, most used first, then by name). */
export function keptMechanisms(
  ranked: readonly RankedMechanism[],
  limit: number,
): { kept: RankedMechanism[]; trimmed: boolean } {
  const sorted = ranked
    .filter((m) => m.practices > 0)
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  return { kept: sorted.slice(0, limit), trimmed: sorted.length > limit };
}

/** Step 2: the rows to show, and whether some were cut. */
export function keptRows(rows: readonly AdoptionRow[], limit: number): { kept: AdoptionRow[]; trimmed: boolean } {
  const sorted = rows
    .filter((r) => r.practices > 0)
    .sort((a, b) => b.practices - a.practices || compare(a.code, b.code));
  return { kept: sorted.slice(0, limit), trimmed: sorted.length > limit };
}

/** Step 3: the matrix, from the kept rows, the columns' totals (practices placed in any row) and the kept rows' cells. */
export function adoptionMatrix(input: {
  level: RollupLevel;
  mechanisms: readonly RankedMechanism[];
  rows: readonly AdoptionRow[];
  columnTotals: ReadonlyMap<string, number>;
  cells: readonly AdoptionCell[];
  trimmed: boolean;
}): AdoptionMatrix {
  const columns = input.mechanisms
    .map((m) => ({ name: m.name, practices: input.columnTotals.get(m.name) ?? 0 }))
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  const rowOrder = new Map(input.rows.map((r, i) => [r.code, i]));
  const columnOrder = new Map(columns.map((c, i) => [c.name, i]));
  const cells = input.cells
    .filter((c) => rowOrder.has(c.localityCode) && columnOrder.has(c.mechanism))
    .sort(
      (a, b) =>
        (rowOrder.get(a.localityCode) as number) - (rowOrder.get(b.localityCode) as number) ||
        (columnOrder.get(a.mechanism) as number) - (columnOrder.get(b.mechanism) as number),
    );
  return {
    level: input.level,
    localities: input.rows.map(({ code, name, practices }) => ({ code, name, practices })),
    mechanisms: columns,
    cells,
    trimmed: input.trimmed,
  };
}

/** Code-unit order, as the contract compares strings (localeCompare differs between machines). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
