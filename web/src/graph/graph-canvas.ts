/**
 * The cytoscape canvas: shows a view (the merged parts of the seeds on it), laid out off the main thread, added in
 * slices between frames so no task blocks the page; sizes and colours by the chosen modes; captions by priority at a
 * size that reads at the current zoom; filters, selection, and a snapshot of what is shown for the exports.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Translate } from '../i18n/translate';
import type { LayoutName } from '../state/view-state';
import { appearanceOf, type Appearance } from './appearance';
import {
  markFiltered,
  neighbourData,
  nodeDataOf,
  restyleNodes,
  shownElements,
  syncElements,
  type ShownNode,
} from './canvas-elements';
import { fadeAround, selectNode } from './canvas-selection';
import {
  captionVisible,
  fitBoxes,
  fitShown,
  keepInView,
  resizeCanvas,
  wholeViewShown,
  zoomCentred,
} from './canvas-viewport';
import { captionFont } from './label-priority';
import { startLayout, type RunningLayout } from './layout-client';
import type { LayoutJob, LayoutResult } from './layout-job';
import { fallbackPositions } from './place-fallback';
import { graphStylesheet } from './stylesheet';
import type { EdgeData, NodeData, ViewPart } from './to-elements';
import type { ViewFilter } from './view-filter';

export { edgeWidth, type ShownNode } from './canvas-elements';

const LAYOUT_SEED = 20240611;

export interface RenderReport {
  nodes: number;
  edges: number;
  /** From receiving the view to the first frame painted after its layout. */
  ms: number;
  /** Time the layout worker took. */
  layoutMs: number;
}

export interface CanvasOptions {
  container: HTMLElement;
  t: Translate;
  onSelect(id: string): void;
  onExpand(id: string): void;
  /** A layout started (with its node count) or ended (null). */
  onLayout?(running: { nodes: number } | null): void;
  /** Captions, filters or the shown nodes changed (the node list and the legend follow). */
  onChange?(): void;
}

export interface GraphCanvas {
  /** Shows exactly this view; resolves null when a newer view or a cancel overtook it. */
  show(part: ViewPart, options: { layout: LayoutName; root: string | null }): Promise<RenderReport | null>;
  cancelLayout(): void;
  has(id: string): boolean;
  node(id: string): NodeData | null;
  neighbours(id: string): NodeData[];
  select(id: string | null, options?: { center?: boolean; zoom?: number }): Promise<void>;
  /** Applies the filters; returns how many nodes they hide. */
  filter(filter: ViewFilter): number;
  appearance(appearance: Appearance): void;
  fit(): void;
  zoom(factor: number): void;
  /** The nodes and edges shown now (not filtered), with positions, sizes and colours. */
  shown(): { nodes: ShownNode[]; edges: EdgeData[] };
  counts(): { nodes: number; edges: number };
  /** Re-reads the container's size; true when it changed. */
  resize(): boolean;
  destroy(): void;
}

export function createGraphCanvas(options: CanvasOptions): GraphCanvas {
  const { container, t } = options;
  const cy = createCore(container);
  let activeFilter: ViewFilter | null = null;
  let selected: string | null = null;
  let look: Appearance = { colour: 'label', sizeByCount: true };
  let running: RunningLayout | null = null;
  let generation = 0;

  const caption = () => {
    captionVisible(cy);
    options.onChange?.();
  };
  const stopListening = listen(cy, { onSelect: options.onSelect, onExpand: options.onExpand, onViewport: caption });
  const sizeWatch = followContainer({ cy, container, selected: () => selected });

  function filter(next: ViewFilter): number {
    activeFilter = next;
    const hidden = markFiltered(cy, next);
    caption();
    return hidden;
  }

  async function show(
    part: ViewPart,
    { layout, root }: { layout: LayoutName; root: string | null },
  ): Promise<RenderReport | null> {
    const started = performance.now();
    const current = ++generation;
    running?.cancel();
    if (part.nodes.length === 0) return clearCanvas(cy, options.onChange);
    const sized = appearanceOf(part.nodes, look);
    options.onLayout?.({ nodes: part.nodes.length });
    running = startLayout(layoutJob(part, { layout, root, sizes: sized }));
    // A layout cancelled by the user, or a worker that failed (could not start, ran out of memory), leaves null:
    // the view is still drawn, placed around the nodes already on the canvas.
    const result = await running.done
      .catch(() => null)
      .finally(() => {
        if (current === generation) options.onLayout?.(null);
      });
    if (current !== generation) return null;
    running = null;
    const laid = result ?? fallbackLayout(cy, part);
    // The viewport is set before the elements arrive, so each slice is drawn at the zoom the view opens at:
    // changing the zoom afterwards would redraw every element's cached picture in one long task.
    fitLaidOut(cy, { part, positions: laid.positions, sizes: sized });
    await syncElements({ cy, t, part, positions: laid.positions, styled: sized });
    if (current !== generation) return null;
    restyleNodes(cy, look);
    const hiddenBefore = cy.nodes('.filtered').length;
    if (activeFilter) filter(activeFilter);
    fadeAround(cy, selected);
    // Fitted to every node before they arrived; refit only when filters hide some.
    if (cy.nodes('.filtered').length > 0 || hiddenBefore > 0) fitShown(cy);
    caption();
    await paintedFrame();
    return renderReport(cy, { started, layoutMs: laid.ms });
  }

  return {
    show,
    cancelLayout: () => running?.cancel(),
    has: (id) => cy.getElementById(id).nonempty(),
    node: (id) => nodeDataOf(cy, id),
    neighbours: (id) => neighbourData(cy, id),
    select(id, { center = false, zoom } = {}) {
      selected = id;
      return selectNode(cy, { id, center, zoom });
    },
    filter,
    appearance(next) {
      look = next;
      restyleNodes(cy, look);
      options.onChange?.();
    },
    fit: () => fitShown(cy),
    zoom: (factor) => zoomCentred(cy, factor),
    shown: () => shownElements(cy),
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    resize: () => resizeCanvas(cy),
    destroy() {
      sizeWatch.disconnect();
      running?.cancel();
      stopListening();
      cy.destroy();
    },
  };
}

/**
 * The canvas follows its container (the node list opened, a side column folded or opened, the window resized): a
 * view seen whole is fitted again, otherwise the chosen node stays on it.
 */
function followContainer({
  cy,
  container,
  selected,
}: {
  cy: Core;
  container: HTMLElement;
  selected: () => string | null;
}): ResizeObserver {
  const watch = new ResizeObserver(() => {
    // Read against the size the canvas had: a view seen whole stays whole, else the chosen node stays on screen.
    const whole = wholeViewShown(cy);
    cy.resize();
    if (whole) fitShown(cy);
    else keepInView(cy, selected());
  });
  watch.observe(container);
  return watch;
}

/** A core with no layout of its own (the worker lays out), bounded zoom and no box selection. */
function createCore(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: graphStylesheet(),
    layout: { name: 'null' },
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
  });
}

/** An empty view: the canvas cleared at once, nothing to lay out. */
function clearCanvas(cy: Core, onChange: (() => void) | undefined): RenderReport {
  cy.elements().remove();
  onChange?.();
  return { nodes: 0, edges: 0, ms: 0, layoutMs: 0 };
}

/** A layout failed or cancelled: the nodes already on the canvas stay where they are, the others go around them. */
function fallbackLayout(cy: Core, part: ViewPart): LayoutResult {
  return {
    positions: fallbackPositions({ nodes: part.nodes, edges: part.edges, placed: placedNodes(cy) }),
    ms: 0,
  };
}

/** Sets the viewport to the laid-out boxes of the view's nodes. */
function fitLaidOut(
  cy: Core,
  {
    part,
    positions,
    sizes,
  }: { part: ViewPart; positions: LayoutResult['positions']; sizes: Map<string, { size: number }> },
): void {
  fitBoxes(
    cy,
    part.nodes.map((n) => ({ ...(positions[n.id] ?? { x: 0, y: 0 }), size: sizes.get(n.id)!.size })),
  );
}

function renderReport(cy: Core, { started, layoutMs }: { started: number; layoutMs: number }): RenderReport {
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    ms: Math.round(performance.now() - started),
    layoutMs,
  };
}

/** The job the layout worker gets for a view: ids, labels and sizes, the root and the views' hubs. */
function layoutJob(
  part: ViewPart,
  { layout, root, sizes }: { layout: LayoutName; root: string | null; sizes: Map<string, { size: number }> },
): LayoutJob {
  return {
    name: layout,
    nodes: part.nodes.map((n) => ({ id: n.id, label: n.label, size: sizes.get(n.id)!.size })),
    edges: part.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    root,
    hubs: part.nodes.filter((n) => n.root).map((n) => n.id),
    seed: LAYOUT_SEED,
  };
}

/** Taps select, double taps expand, hovering shows a caption; captions are re-picked once the viewport settles. */
function listen(
  cy: Core,
  { onSelect, onExpand, onViewport }: { onSelect(id: string): void; onExpand(id: string): void; onViewport(): void },
): () => void {
  let captionTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('tap', 'node', (event) => onSelect((event.target as NodeSingular).id()));
  cy.on('dbltap', 'node', (event) => onExpand((event.target as NodeSingular).id()));
  cy.on('mouseover', 'edge, node', (event) => {
    if (event.target.isNode()) event.target.data('fs', captionFont(cy.zoom()));
    event.target.addClass('hover');
  });
  cy.on('mouseout', 'edge, node', (event) => event.target.removeClass('hover'));
  cy.on('viewport', () => {
    clearTimeout(captionTimer);
    captionTimer = setTimeout(onViewport, 120);
  });
  return () => clearTimeout(captionTimer);
}

/** Where the nodes on the canvas are now (the fallback layout keeps them there). */
function placedNodes(cy: Core): Map<string, { x: number; y: number }> {
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
}

/** Resolves after the browser has painted the frame following the current one. */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
