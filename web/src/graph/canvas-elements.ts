/**
 * The canvas's elements against a view: what leaves is removed, what stays is updated (moved, animated on small
 * views), what is new is added in slices cut by time so no task blocks the page; and the snapshot of what is shown.
 */
import type { Core } from 'cytoscape';
import type { Translate } from '../i18n/translate';
import { appearanceOf, type Appearance } from './appearance';
import { captionFont } from './label-priority';
import { relationLabel } from './relation-label';
import type { EdgeData, NodeData, ViewPart } from './to-elements';
import { hiddenNodes, type ViewFilter } from './view-filter';

/** Elements added at a time, and the time one task may spend adding before it lets a frame through. */
const SLICE = 50;
const TASK_BUDGET_MS = 30;
/** Views up to this many nodes move to their new places with an animation. */
const ANIMATE_NODES = 300;
/** Views above this many elements draw light edges (see the stylesheet). */
const LIGHT_EDGES = 1200;

export interface ShownNode extends NodeData {
  x: number;
  y: number;
  size: number;
  colour: string;
  captioned: boolean;
}

export interface ElementSync {
  cy: Core;
  t: Translate;
  part: ViewPart;
  positions: Record<string, { x: number; y: number }>;
  /** Size and colour of each node of the part. */
  styled: Map<string, { size: number; colour: string }>;
}

/** Removes what left the view, updates what stayed, adds what is new — in slices, one per frame. */
export async function syncElements({ cy, t, part, positions, styled }: ElementSync): Promise<void> {
  const keep = new Set([...part.nodes.map((n) => n.id), ...part.edges.map((e) => e.id)]);
  cy.batch(() =>
    cy
      .elements()
      .filter((el) => !keep.has(el.id()))
      .remove(),
  );
  const light = part.nodes.length + part.edges.length > LIGHT_EDGES;
  cy.batch(() => cy.edges().forEach((e) => void (light ? e.addClass('light') : e.removeClass('light'))));
  moveKept(cy, part.nodes, positions);
  const fresh = [
    ...part.nodes
      .filter((n) => cy.getElementById(n.id).empty())
      .map((n) => ({
        group: 'nodes' as const,
        data: { ...n, ...styled.get(n.id), fs: captionFont(cy.zoom()) },
        position: positions[n.id] ?? { x: 0, y: 0 },
      })),
    ...part.edges
      .filter((e) => cy.getElementById(e.id).empty())
      .map((e) => ({
        group: 'edges' as const,
        data: { ...e, width: edgeWidth(e), typeLabel: relationLabel(t, e.type) },
        classes: light ? 'light' : '',
      })),
  ];
  // Slices are cut by time, not count: each task adds what fits in its budget, then lets a frame through.
  let taskStart = performance.now();
  for (let from = 0; from < fresh.length; from += SLICE) {
    const added = cy.add(fresh.slice(from, from + SLICE));
    // Cytoscape styles and measures elements lazily, at the next frame: doing it here keeps each slice's share of
    // that work in its own task instead of one long task for the whole view.
    added.forEach((element) => void element.boundingBox({ includeLabels: false }));
    if (from + SLICE < fresh.length && performance.now() - taskStart > TASK_BUDGET_MS) {
      await nextFrame();
      taskStart = performance.now();
    }
  }
}

/** Nodes already on the canvas take the view's data and move to their new places (animated on small views). */
function moveKept(cy: Core, nodes: readonly NodeData[], positions: Record<string, { x: number; y: number }>): void {
  const animate = nodes.length <= ANIMATE_NODES;
  cy.batch(() => {
    for (const node of nodes) {
      const present = cy.getElementById(node.id);
      if (present.empty()) continue;
      present.data(node);
      const to = positions[node.id];
      if (to && animate) present.animate({ position: to }, { duration: 300 });
      else if (to) present.position(to);
    }
  });
}

/** The nodes and edges shown now (not filtered), with positions, sizes and colours. */
export function shownElements(cy: Core): { nodes: ShownNode[]; edges: EdgeData[] } {
  const nodes = cy
    .nodes()
    .not('.filtered')
    .nodes()
    .map((n) => ({
      ...(n.data() as NodeData & { size: number; colour: string }),
      ...n.position(),
      captioned: n.hasClass('captioned') || n.selected(),
    }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = cy.edges().map((e) => e.data() as EdgeData);
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

export function nodeDataOf(cy: Core, id: string): NodeData | null {
  const node = cy.getElementById(id);
  return node.nonempty() ? (node.data() as NodeData) : null;
}

export function neighbourData(cy: Core, id: string): NodeData[] {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.neighborhood('node').map((n) => n.data() as NodeData) : [];
}

/** Marks the nodes the filter hides (and unmarks the rest); returns how many it hides. */
export function markFiltered(cy: Core, filter: ViewFilter): number {
  const nodes = cy.nodes().map((n) => n.data() as NodeData);
  const hidden = hiddenNodes({ nodes, edges: cy.edges().map((e) => e.data() as EdgeData) }, filter);
  // Only nodes whose state changes are touched: a class change restyles the node and its edges.
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      if (hidden.has(n.id()) !== n.hasClass('filtered')) n.toggleClass('filtered', hidden.has(n.id()));
    }),
  );
  return hidden.size;
}

/** Sizes and colours from the appearance modes and the domain of the view (largest count, earliest and latest year). */
export function restyleNodes(cy: Core, look: Appearance): void {
  const styled = appearanceOf(
    cy.nodes().map((n) => n.data() as NodeData),
    look,
  );
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const next = styled.get(n.id())!;
      if (n.data('size') !== next.size || n.data('colour') !== next.colour) n.data(next);
    }),
  );
}

/** An adoption edge is as thick as the practices behind it (log scale); others are hairlines. */
export function edgeWidth(edge: EdgeData): number {
  return edge.type === 'ADOPTS' ? 1 + Math.log2(1 + (edge.count ?? 0)) : 1.2;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
