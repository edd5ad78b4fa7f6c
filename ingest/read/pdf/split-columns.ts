/**
 * A page set in columns (a newspaper's e-paper page, a two-column report) → its runs in reading order. A column
 * gutter is a vertical strip, at least about one character wide, that no line's text crosses, with many lines on
 * both sides of it: a masthead's publisher · date gap is crossed by the full-width lines above and below, so it is
 * no gutter. Lines that cross a gutter (a headline over the columns) divide the page into bands; each band is read
 * column by column, left to right. Every column carries its own left and right edges (its frame), which the
 * paragraph rules measure against.
 */
import type { PdfLine, PdfRun } from './pdf-lines';

export interface ColumnGroup {
  runs: PdfRun[];
  /** True for a column's runs; false for a page without columns and for lines that span them. */
  column: boolean;
}

/** Bin width of the horizontal occupancy profile, in points. */
const BIN = 2;
/** A gutter is at least this share of the body font size wide. */
const GUTTER_WIDTH = 0.8;
/** Lines that may cross a gutter (a headline, a subtitle, a byline over the columns): a few, or a small share. */
const CROSSING_LINES = 3;
const CROSSING_SHARE = 0.08;
/** Each side of a gutter holds at least this share of the page's lines. */
const SIDE_SHARE = 0.25;
const MIN_LINES = 8;
const SAME_LINE = 0.5;

export function splitColumns(runs: PdfRun[]): ColumnGroup[] {
  const lines = baselines(runs);
  const gutters = lines.length >= MIN_LINES ? findGutters(lines) : [];
  if (gutters.length === 0) return [{ runs, column: false }];
  const column = (x: number) => gutters.filter((g) => x >= g.end).length;
  const groups: ColumnGroup[] = [];
  let band: PdfRun[][] = gutters.map(() => []).concat([[]]);
  const flush = () => {
    for (const columnRuns of band) if (columnRuns.length > 0) groups.push({ runs: columnRuns, column: true });
    band = gutters.map(() => []).concat([[]]);
  };
  for (const line of lines) {
    if (line.some((r) => gutters.some((g) => r.x < g.end && r.x + r.width > g.start))) {
      flush();
      groups.push({ runs: line, column: false });
    } else {
      for (const run of line) (band[column(run.x + run.width / 2)] as PdfRun[]).push(run);
    }
  }
  flush();
  return groups;
}

/** Runs grouped by baseline, top to bottom. */
function baselines(runs: PdfRun[]): PdfRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfRun[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const anchor = line?.[0];
    if (line && anchor && Math.abs(anchor.y - run.y) <= SAME_LINE * Math.max(anchor.size, run.size)) line.push(run);
    else lines.push([run]);
  }
  return lines;
}

function findGutters(lines: PdfRun[][]): { start: number; end: number }[] {
  const all = lines.flat();
  const sizes = all.map((r) => r.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 10;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const run of all) {
    minX = Math.min(minX, run.x);
    maxX = Math.max(maxX, run.x + run.width);
  }
  const bins = Math.ceil((maxX - minX) / BIN) + 1;
  const crossing = linesCrossingEachBin(lines, minX, bins);
  const gutters: { start: number; end: number }[] = [];
  const allowed = Math.max(CROSSING_LINES, CROSSING_SHARE * lines.length);
  let open: number | null = null;
  for (let b = 0; b <= bins; b++) {
    const empty = b < bins && (crossing[b] ?? 0) <= allowed;
    if (empty && open === null) open = b;
    if (!empty && open !== null) {
      const start = minX + open * BIN;
      const end = minX + b * BIN;
      if (open > 0 && b < bins && end - start >= GUTTER_WIDTH * bodySize && bothSidesFull(lines, start, end))
        gutters.push({ start, end });
      open = null;
    }
  }
  return gutters;
}

/**
 * How many lines touch each bin of the occupancy profile (a line once, however many of its runs touch it): each
 * line's runs, merged into spans of bins, mark where they start and end; a running sum then counts every bin.
 */
function linesCrossingEachBin(lines: PdfRun[][], minX: number, bins: number): Int32Array {
  const changes = new Int32Array(bins + 1);
  const mark = (from: number, to: number) => {
    changes[from] = (changes[from] ?? 0) + 1;
    changes[to + 1] = (changes[to + 1] ?? 0) - 1;
  };
  for (const line of lines) {
    const spans = line
      .map((run) => [Math.floor((run.x - minX) / BIN), Math.floor((run.x + run.width - minX) / BIN)] as const)
      .sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0] ?? [0, -1];
    for (const [start, end] of spans.slice(1)) {
      if (start <= to + 1) to = Math.max(to, end);
      else {
        mark(from, to);
        [from, to] = [start, end];
      }
    }
    if (to >= from) mark(from, to);
  }
  const crossing = new Int32Array(bins);
  let sum = 0;
  for (let b = 0; b < bins; b++) crossing[b] = sum += changes[b] ?? 0;
  return crossing;
}

function bothSidesFull(lines: PdfRun[][], start: number, end: number): boolean {
  const left = lines.filter((line) => line.some((r) => r.x + r.width <= start)).length;
  const right = lines.filter((line) => line.some((r) => r.x >= end)).length;
  return left >= SIDE_SHARE * lines.length && right >= SIDE_SHARE * lines.length;
}

/** A column's lines with the column's own edges: its leftmost start and the right end most of its lines reach. */
export function framedColumn(lines: PdfLine[]): PdfLine[] {
  const rights = lines.map((l) => l.x1).sort((a, b) => a - b);
  const frame = { left: Math.min(...lines.map((l) => l.x0)), right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
  return lines.map((line) => ({ ...line, frame }));
}
