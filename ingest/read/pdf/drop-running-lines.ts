/**
 * Drops a PDF's running headers and footers. They sit in the page's margins: above the first, or below the last,
 * wider-than-usual gap between lines (at most two lines each). There, a line is dropped when it is a page number
 * (— 3 —, 第 3 页) or when its text, numbers aside, repeats on at least half of the pages (a journal's name,
 * "内部资料 注意保存", "第 3 页 共 8 页"). Body text is never in a margin zone, so it is never dropped.
 */
import { pageMarkNumber } from '../../clean/drop-artifact-lines';
import type { PdfLine } from './pdf-lines';

/** The most lines a running header or footer takes. */
const ZONE_LINES = 2;
/** A margin is set off by a gap this many times the page's usual baseline distance. */
const MARGIN_GAP = 1.5;
const REPEAT_SHARE = 0.5;

export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const zones = pages.map(marginLines);
  const minRepeats = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  const counts = new Map<string, number>();
  for (const zone of zones) {
    for (const key of new Set([...zone].map(lineKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pages.map((page, p) => {
    const zone = zones[p] as Set<PdfLine>;
    return page.filter((line) => {
      if (!zone.has(line)) return true;
      if (pageMarkNumber(plainText(line).trim()) !== null) return false;
      return (counts.get(lineKey(line)) ?? 0) < minRepeats;
    });
  });
}

/** The lines above the first and below the last margin-wide gap, when there are few enough of them. */
function marginLines(page: PdfLine[]): Set<PdfLine> {
  const gaps = page.slice(1).map((line, i) => (page[i] as PdfLine).y - line.y);
  const usual = [...gaps].filter((g) => g > 0).sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  const wide = gaps.map((g, i) => (g > MARGIN_GAP * usual ? i : -1)).filter((i) => i >= 0);
  const zone = new Set<PdfLine>();
  if (page.length === 1) zone.add(page[0] as PdfLine);
  const first = wide[0];
  const last = wide[wide.length - 1];
  if (first !== undefined && first + 1 <= ZONE_LINES) page.slice(0, first + 1).forEach((l) => zone.add(l));
  if (last !== undefined && page.length - (last + 1) <= ZONE_LINES) page.slice(last + 1).forEach((l) => zone.add(l));
  return zone;
}

function plainText(line: PdfLine): string {
  return line.segments.map((s) => s.text).join('');
}

/** A line's text with whitespace removed and numbers generalized: page 3's header matches page 4's. */
function lineKey(line: PdfLine): string {
  return plainText(line).replace(/\s+/g, '').replace(/\d+/g, '#');
}
