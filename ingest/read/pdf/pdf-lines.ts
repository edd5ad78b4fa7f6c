/**
 * A PDF page's text items → its lines. Items on one baseline form a line, left to right; the gap between two items
 * decides what stands between them: nothing inside a word or a run of ideographs, a space where the typesetter left
 * one, and four spaces where two columns share the line (publisher | date in a masthead), which the clean stage
 * reads as a column gap.
 */
import { isWide } from '../../clean/char-classes';

/** A run of text in one font, positioned in PDF user space (y grows upwards). */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PdfSegment {
  text: string;
  bold: boolean;
}

export interface PdfLine {
  segments: PdfSegment[];
  /** Left and right ends, baseline and largest font size of the line's runs. */
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Characters without whitespace, the line's weight in the page statistics. */
  chars: number;
  /** The edges of the column the line is set in, when the page has columns (else the page's text edges apply). */
  frame?: { left: number; right: number };
}

/** Gaps in units of the font size. */
const COLUMN_GAP = 2.5;
const WORD_GAP = 0.2;
const LETTER_SPACED_GAP = 0.6;
/** Baselines closer than this share of the font size are one line (sub- and superscripts, mixed fonts). */
const SAME_LINE = 0.5;

export function pdfLines(runs: PdfRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - run.y) <= SAME_LINE * Math.max(anchor.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map(toLine);
}

function toLine(runs: PdfRun[]): PdfLine {
  runs.sort((a, b) => a.x - b.x);
  const segments: PdfSegment[] = [];
  let previous: PdfRun | undefined;
  for (const run of runs) {
    const text = previous ? separator(previous, run) + run.text : run.text;
    const last = segments[segments.length - 1];
    if (last && last.bold === run.bold) last.text += text;
    else segments.push({ text, bold: run.bold });
    previous = run;
  }
  collapseLetterSpacing(segments);
  const first = runs[0] as PdfRun;
  const end = runs.reduce((max, r) => Math.max(max, r.x + r.width), first.x);
  return {
    segments,
    x0: first.x,
    x1: end,
    y: first.y,
    size: Math.max(...runs.map((r) => r.size)),
    chars: runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0),
  };
}

/**
 * A letter-spaced line (a masthead's 组 工 信 息) comes out of pdfjs with spaces between some ideographs and not
 * others, depending on how the typesetter spaced them: when most neighbouring ideographs are apart, the line is
 * letter-spaced and its ideographs are closed up (组工信息). Lines with a space here and there (two phrases of a
 * headline) keep them.
 */
function collapseLetterSpacing(segments: PdfSegment[]): void {
  const text = segments.map((s) => s.text).join('');
  let pairs = 0;
  let spaced = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const here = text.charAt(i);
    if (!isWide(here) || here === '\u3000') continue;
    const next = text.charAt(i + 1);
    if (isWide(next)) pairs++;
    else if (next === ' ' && isWide(text.charAt(i + 2))) {
      pairs++;
      spaced++;
    }
  }
  if (pairs < 3 || spaced * 2 < pairs) return;
  let previous = '';
  segments.forEach((segment, k) => {
    const following = segments[k + 1]?.text.charAt(0) ?? '';
    let out = '';
    for (let i = 0; i < segment.text.length; i++) {
      const ch = segment.text.charAt(i);
      const after = i + 1 < segment.text.length ? segment.text.charAt(i + 1) : following;
      if (ch === ' ' && isWide(previous) && isWide(after)) continue;
      out += ch;
      previous = ch;
    }
    segment.text = out;
  });
}

function separator(left: PdfRun, right: PdfRun): string {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return '';
  const size = Math.max(left.size, right.size);
  const gap = right.x - (left.x + left.width);
  if (gap > COLUMN_GAP * size) return '    ';
  const wide = isWide(left.text.slice(-1)) && isWide(right.text.charAt(0));
  if (gap > (wide ? LETTER_SPACED_GAP : WORD_GAP) * size) return ' ';
  return '';
}
