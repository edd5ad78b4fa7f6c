/**
 * Arranges an adoption table (localities × chosen mechanisms) for the heatmap and its CSV: ordered rows and columns,
 * counts, first reports, and which cells fall in the period. Totals are distinct practices, as the server counts
 * them (a practice using two columns counts once in its row). Pure.
 */
import type { AdoptionTable } from '../api/types';
import type { CsvCell } from '../export/csv';
import type { MatrixSort } from '../state/view-state';
import { inPeriod, type Period } from '../time/period';

export interface GridCell {
  count: number;
  practiceIds: string[];
  firstReported: string | null;
  /** Shown in full: adopted within the period (or no period set). */
  inPeriod: boolean;
}

export interface GridRow {
  code: string;
  name: string;
  /** Distinct practices of the row using any column. */
  total: number;
  cells: GridCell[];
  /** Cells with practices whose first report falls in the period. */
  adoptedInPeriod: number;
}

export interface AdoptionGrid {
  columns: { name: string; total: number }[];
  rows: GridRow[];
  /** The largest cell count, for the colour scale. */
  max: number;
}

export function adoptionGrid(
  table: AdoptionTable,
  { sort, period = { from: '', to: '' } }: { sort: MatrixSort; period?: Period & { undated?: boolean } },
): AdoptionGrid {
  const columns = [...table.mechanisms]
    .sort((a, b) => b.practices - a.practices || a.name.localeCompare(b.name, 'zh-CN'))
    .map((m) => ({ name: m.name, total: m.practices }));
  const columnIndex = new Map(columns.map((c, i) => [c.name, i]));
  const empty = (): GridCell => ({ count: 0, practiceIds: [], firstReported: null, inPeriod: false });
  const rows: GridRow[] = table.localities.map((l) => ({
    code: l.code,
    name: l.name,
    total: l.practices,
    cells: columns.map(empty),
    adoptedInPeriod: 0,
  }));
  const rowIndex = new Map(rows.map((r, i) => [r.code, i]));
  const periodSet = period.from !== '' || period.to !== '';
  let max = 0;
  for (const cell of table.cells) {
    const row = rows[rowIndex.get(cell.localityCode) ?? -1];
    const column = columnIndex.get(cell.mechanism);
    if (!row || column === undefined) continue;
    const shown = cell.firstReported === null ? !(periodSet && period.undated) : inPeriod(cell.firstReported, period);
    row.cells[column] = {
      count: cell.practices,
      practiceIds: cell.practiceIds,
      firstReported: cell.firstReported,
      inPeriod: shown,
    };
    if (shown && cell.practices > 0) row.adoptedInPeriod++;
    max = Math.max(max, cell.practices);
  }
  rows.sort(rowOrder(sort, columnIndex));
  return { columns, rows, max };
}

function rowOrder(sort: MatrixSort, columnIndex: Map<string, number>): (a: GridRow, b: GridRow) => number {
  const byName = (a: GridRow, b: GridRow) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code);
  if (sort === 'name') return byName;
  const column = sort.startsWith('m:') ? columnIndex.get(sort.slice(2)) : undefined;
  if (column !== undefined)
    return (a, b) => b.cells[column]!.count - a.cells[column]!.count || b.total - a.total || byName(a, b);
  return (a, b) => b.total - a.total || byName(a, b);
}

/**
 * The grid as CSV rows: a header (code, name, distinct practices, one column per mechanism), one row per locality,
 * and a last row of column totals (distinct practices).
 */
export function adoptionCsvRows(
  grid: AdoptionGrid,
  headings: { code: string; name: string; total: string; columnTotal: string },
): CsvCell[][] {
  return [
    [headings.code, headings.name, headings.total, ...grid.columns.map((c) => c.name)],
    ...grid.rows.map((r) => [r.code, r.name, r.total, ...r.cells.map((c) => c.count)]),
    ['', headings.columnTotal, '', ...grid.columns.map((c) => c.total)],
  ];
}
