/**
 * A PDF's lines → paragraphs. Typesetting shows where a paragraph starts: its first line is indented, or set apart
 * by a wider gap, or in another size or weight; and where one ends: its last line stops short of the right margin.
 * Centred lines of one style (a two-line headline) stay together. A column's lines are measured against the column's
 * edges. Lines set larger than the body are headings and
 * come out bold, like bold ones. A paragraph whose page ends on a full line goes on at the top of the next page.
 */
import type { SourceParagraph, TextSegment } from '../compose-source-text';
import type { PdfLine } from './pdf-lines';

interface Layout {
  bodySize: number;
  left: number;
  right: number;
  centre: number;
  lineGap: number;
}

/** In units of the body font size unless said otherwise. */
const INDENT = 0.8;
const SHORT_OF_RIGHT = 1.5;
const CENTRED = 2;
const HEADING_SIZE = 1.15;
const SIZE_CHANGE = 0.1;
/** In units of the usual distance between two lines' baselines. */
const PARAGRAPH_GAP = 1.45;

export function pdfParagraphs(pages: PdfLine[][]): SourceParagraph[][] {
  const layout = measureLayout(pages.flat());
  let previousLast: PdfLine | undefined;
  return pages.map((lines) => {
    const paragraphs: { lines: PdfLine[]; continued: boolean }[] = [];
    lines.forEach((line, i) => {
      const before = lines[i - 1];
      const current = paragraphs[paragraphs.length - 1];
      if (before && current && continues(before, line, layout)) current.lines.push(line);
      else {
        const continued = i === 0 && previousLast !== undefined && continuesAcrossPages(previousLast, line, layout);
        paragraphs.push({ lines: [line], continued });
      }
    });
    if (lines.length > 0) previousLast = lines[lines.length - 1];
    return paragraphs.map((p) => ({ segments: paragraphSegments(p.lines, layout), continued: p.continued }));
  });
}

function continues(before: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (Math.abs(line.size - before.size) > SIZE_CHANGE * layout.bodySize) return false;
  if (before.y - line.y > PARAGRAPH_GAP * layout.lineGap * (line.size / layout.bodySize)) return false;
  if (allBold(before) !== allBold(line)) return false;
  if (isCentred(before, layout) && isCentred(line, layout)) return true;
  if (line.x0 > leftOf(line, layout) + INDENT * layout.bodySize) return false;
  return isFull(before, layout);
}

function leftOf(line: PdfLine, layout: Layout): number {
  return line.frame?.left ?? layout.left;
}

function continuesAcrossPages(last: PdfLine, first: PdfLine, layout: Layout): boolean {
  return (
    isFull(last, layout) &&
    first.x0 <= leftOf(first, layout) + INDENT * layout.bodySize &&
    Math.abs(first.size - last.size) <= SIZE_CHANGE * layout.bodySize &&
    allBold(first) === allBold(last)
  );
}

function isFull(line: PdfLine, layout: Layout): boolean {
  return line.x1 >= (line.frame?.right ?? layout.right) - SHORT_OF_RIGHT * line.size;
}

function isCentred(line: PdfLine, layout: Layout): boolean {
  const centre = line.frame ? (line.frame.left + line.frame.right) / 2 : layout.centre;
  return (
    line.x0 > leftOf(line, layout) + CENTRED * line.size &&
    Math.abs((line.x0 + line.x1) / 2 - centre) < CENTRED * line.size
  );
}

function allBold(line: PdfLine): boolean {
  return line.segments.every((s) => s.bold || s.text.trim() === '');
}

/** The lines' text joined without breaks (ideographs need no space; Latin words get one), headings made bold. */
function paragraphSegments(lines: PdfLine[], layout: Layout): TextSegment[] {
  const heading = lines.every((l) => l.size >= HEADING_SIZE * layout.bodySize);
  const segments: TextSegment[] = [];
  lines.forEach((line, i) => {
    line.segments.forEach((s, k) => {
      const previous = segments[segments.length - 1]?.text ?? '';
      const glue = i > 0 && k === 0 && /[A-Za-z0-9,.;:]$/.test(previous) && /^[A-Za-z0-9]/.test(s.text) ? ' ' : '';
      segments.push({ text: glue + s.text, bold: heading || s.bold });
    });
  });
  return segments;
}

/** The body's size, margins and line spacing: the most common values over the lines set in the body size. */
function measureLayout(lines: PdfLine[]): Layout {
  const bodySize = weightedMode(lines.map((l) => ({ value: round(l.size, 0.5), weight: l.chars }))) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) <= SIZE_CHANGE * bodySize);
  const left = leftMargin(body);
  const rights = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? left + 40 * bodySize;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const gap = (body[i - 1] as PdfLine).y - (body[i] as PdfLine).y;
    if (gap > 0 && gap < 3 * bodySize) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const lineGap = gaps[Math.floor(gaps.length / 2)] ?? 1.5 * bodySize;
  return { bodySize, left, right, centre: (left + right) / 2, lineGap };
}

/**
 * The leftmost position many body lines start at. Not the most common one: in a text of short paragraphs most
 * lines are first lines, and their indented start would pass for the margin.
 */
function leftMargin(body: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of body) counts.set(round(line.x0, 1), (counts.get(round(line.x0, 1)) ?? 0) + 1);
  const enough = Math.max(2, body.length * 0.05);
  const common = [...counts].filter(([, n]) => n >= enough).map(([x]) => x);
  return common.length > 0 ? Math.min(...common) : Math.min(...body.map((l) => l.x0), 0);
}

function weightedMode(values: { value: number; weight: number }[]): number | undefined {
  const totals = new Map<number, number>();
  for (const { value, weight } of values) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best: number | undefined;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) [best, bestWeight] = [value, weight];
  }
  return best;
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}
