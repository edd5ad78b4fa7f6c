/**
 * Which captions to draw: the most important nodes first (the views' roots, then groups by practice count, then the
 * rest), each only where it stays readable — its caption covers no caption and no captioned node placed before it,
 * and its node covers no caption placed before — at a size that reads on screen whatever the zoom. Captioned nodes
 * are drawn above the others (stylesheet.ts), so nothing uncaptioned hides a caption. Zooming in spreads the nodes
 * apart, so more of them get their captions. Pure.
 */

/** On-screen caption size (px) and the largest model size it may grow to when zoomed far out. */
export const SCREEN_FONT = 12;
const MAX_MODEL_FONT = 240;
/** Captions drawn at most at once. */
const MAX_CAPTIONS = 160;
/** Grid cell for the overlap test (px). */
const CELL = 64;

export interface CaptionCandidate {
  id: string;
  /** Lower ranks are captioned first. */
  rank: number;
  /** Rendered position and diameter (px). */
  x: number;
  y: number;
  size: number;
  /** Characters in the caption. */
  chars: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Ids of the nodes to caption, best first: greedy by rank, skipping a node whose caption or body would collide. */
export function captionedNodes(
  candidates: readonly CaptionCandidate[],
  viewport: { width: number; height: number },
): string[] {
  const captions = new BoxGrid();
  const bodies = new BoxGrid();
  const chosen: string[] = [];
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  for (const node of sorted) {
    if (chosen.length >= MAX_CAPTIONS) break;
    const caption = captionBox(node);
    if (caption.right < 0 || caption.left > viewport.width || caption.bottom < 0 || caption.top > viewport.height)
      continue;
    const body = bodyBox(node);
    if (captions.hits(caption) || bodies.hits(caption) || captions.hits(body)) continue;
    captions.add(caption);
    bodies.add(body);
    chosen.push(node.id);
  }
  return chosen;
}

/** The model font size that draws a caption SCREEN_FONT pixels high at this zoom. */
export function captionFont(zoom: number): number {
  return Math.min(MAX_MODEL_FONT, Math.max(SCREEN_FONT * 0.8, SCREEN_FONT / Math.max(zoom, 0.01)));
}

/** The caption rank of a node: roots first, then groups by count (largest first), then everything else by count. */
export function captionRank(node: { root: boolean; group: boolean; count: number | null }): number {
  const count = node.count ?? 0;
  if (node.root) return -1e9 - count;
  if (node.group) return -1e6 - count;
  return -count;
}

/** Where a caption is drawn: centred below its node, one line high, with its background's padding. */
function captionBox(node: CaptionCandidate): Box {
  const width = node.chars * SCREEN_FONT + 6;
  const top = node.y + node.size / 2 + 2;
  return { left: node.x - width / 2, right: node.x + width / 2, top, bottom: top + SCREEN_FONT + 6 };
}

function bodyBox(node: CaptionCandidate): Box {
  const r = node.size / 2;
  return { left: node.x - r, right: node.x + r, top: node.y - r, bottom: node.y + r };
}

/** Boxes bucketed by grid cell, so an overlap test looks only at its neighbours. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  add(box: Box): void {
    for (const cell of cellsOf(box)) (this.cells.get(cell) ?? this.cells.set(cell, []).get(cell)!).push(box);
  }

  hits(box: Box): boolean {
    return cellsOf(box).some((cell) => this.cells.get(cell)?.some((other) => overlaps(box, other)));
  }
}

function cellsOf(box: Box): string[] {
  const cells: string[] = [];
  for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
    for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) cells.push(`${cx},${cy}`);
  }
  return cells;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
