/**
 * What the canvas shows of its view: the viewport fitted to node positions and sizes (cytoscape's own fit measures
 * every element with its caption, a long task on a large view), and the captions the label priority picks for what
 * is on screen, at the font size that reads at this zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { captionedNodes, captionFont, captionRank } from './label-priority';
import type { NodeData } from './to-elements';

const PAD = 30;
/** Room below a node for its caption (model units). */
const CAPTION_ROOM = 16;

export function fitBoxes(cy: Core, nodes: { x: number; y: number; size: number }[]): void {
  if (nodes.length === 0) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y, size } of nodes) {
    const r = size / 2;
    [x1, y1, x2, y2] = [
      Math.min(x1, x - r),
      Math.min(y1, y - r),
      Math.max(x2, x + r),
      Math.max(y2, y + r + CAPTION_ROOM),
    ];
  }
  const fitting = Math.min(
    (cy.width() - 2 * PAD) / Math.max(1, x2 - x1),
    (cy.height() - 2 * PAD) / Math.max(1, y2 - y1),
  );
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitting));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/** Zooms by a factor about the canvas's centre. */
export function zoomCentred(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Re-reads the container's size; true when it changed. */
export function resizeCanvas(cy: Core): boolean {
  const before = `${cy.width()}×${cy.height()}`;
  cy.resize();
  return `${cy.width()}×${cy.height()}` !== before;
}

/** Whether every shown node's centre lies in the viewport (positions only: bounding boxes cost a long task). */
export function wholeViewShown(cy: Core): boolean {
  const shown = cy.nodes().not('.filtered').nodes();
  if (shown.empty()) return false;
  const { x1, y1, x2, y2 } = cy.extent();
  for (const node of shown.toArray() as NodeSingular[]) {
    const { x, y } = node.position();
    if (x < x1 || x > x2 || y < y1 || y > y2) return false;
  }
  return true;
}

/** Pans just enough to bring a node back inside the canvas (the detail column opening narrows it). */
export function keepInView(cy: Core, id: string | null): void {
  const node = id === null ? null : cy.getElementById(id);
  if (!node || node.empty()) return;
  const margin = 40;
  const { x, y } = node.renderedPosition();
  const shift = (at: number, size: number) => (at > size - margin ? size - margin - at : at < margin ? margin - at : 0);
  const dx = shift(x, cy.width());
  const dy = shift(y, cy.height());
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/** Fits the nodes the filters leave shown. */
export function fitShown(cy: Core): void {
  fitBoxes(
    cy,
    cy
      .nodes()
      .not('.filtered')
      .nodes()
      .map((n) => ({ ...n.position(), size: Number(n.data('size') ?? 30) })),
  );
}

/** Captions for the highest-ranked visible nodes where they do not pile up. */
export function captionVisible(cy: Core): void {
  const candidates = cy
    .nodes()
    .filter((n) => !n.hasClass('filtered'))
    .map((n) => {
      const node = n as NodeSingular;
      const p = node.renderedPosition();
      const data = node.data() as NodeData;
      return {
        id: node.id(),
        rank: captionRank(data),
        x: p.x,
        y: p.y,
        size: node.renderedWidth(),
        chars: Array.from(data.short).length,
      };
    });
  const chosen = new Set(captionedNodes(candidates, { width: cy.width(), height: cy.height() }));
  const fs = captionFont(cy.zoom());
  cy.batch(() => {
    cy.nodes('.captioned').forEach((n) => void (chosen.has(n.id()) ? undefined : n.removeClass('captioned')));
    // Only captioned (and selected) nodes show text, so only they need the font size of this zoom.
    for (const id of chosen) {
      const n = cy.getElementById(id);
      n.addClass('captioned');
      if (n.data('fs') !== fs) n.data('fs', fs);
    }
    cy.nodes(':selected').forEach((n) => void n.data('fs', fs));
  });
}
