/** Arranges an adoption matrix (localities × mechanisms) for the heatmap and its CSV: ordered rows, columns, counts. */
import type { AdoptionMatrix } from '../api/types';
import type { MatrixSort } from '../state/view-state';
import type { CsvCell } from '../export/csv';

export interface GridRow {
  code: string;
  name: string;
  total: number;
  /** Practices per column, in column order. */
  counts: number[];
  practiceIds: string[][];
}

export interface AdoptionGrid {
  /** Mechanism names, most practices first. */
  columns: { name: string; total: number }[];
  rows: GridRow[];
  /** The largest cell count, for the colour scale. */
  max: number;
}

export function adoptionGrid(matrix: AdoptionMatrix, sort: MatrixSort): AdoptionGrid {
  const columns = [...matrix.mechanisms]
    .sort((a, b) => b.practices - a.practices || a.name.localeCompare(b.name, 'zh-CN'))
    .map((m) => ({ name: m.name, total: m.practices }));
  const columnIndex = new Map(columns.map((c, i) => [c.name, i]));
  const rows: GridRow[] = matrix.localities.map((l) => ({
    code: l.code,
    name: l.name,
    total: l.practices,
    counts: columns.map(() => 0),
    practiceIds: columns.map(() => []),
  }));
  const rowIndex = new Map(rows.map((r, i) => [r.code, i]));
  let max = 0;
  for (const cell of matrix.cells) {
    const row = rows[rowIndex.get(cell.localityCode) ?? -1];
    const column = columnIndex.get(cell.mechanism);
    if (!row || column === undefined) continue;
    row.counts[column] = cell.practices;
    row.practiceIds[column] = cell.practiceIds;
    max = Math.max(max, cell.practices);
  }
  rows.sort(rowOrder(sort, columnIndex));
  return { columns, rows, max };
}

function rowOrder(sort: MatrixSort, columnIndex: Map<string, number>): (a: GridRow, b: GridRow) => number {
  const byName = (a: GridRow, b: GridRow) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code);
  if (sort === 'name') return byName;
  const column = sort.startsWith('m:') ? columnIndex.get(sort.slice(2)) : undefined;
  if (column !== undefined) return (a, b) => b.counts[column]! - a.counts[column]! || b.total - a.total || byName(a, b);
  return (a, b) => b.total - a.total || byName(a, b);
}

/** The grid as CSV rows: a header (locality code, name, total, one column per mechanism), then one row per locality. */
export function adoptionCsvRows(grid: AdoptionGrid, headings: { code: string; name: string; total: string }): CsvCell[][] {
  return [
    [headings.code, headings.name, headings.total, ...grid.columns.map((c) => c.name)],
    ...grid.rows.map((r) => [r.code, r.name, r.total, ...r.counts]),
  ];
}
