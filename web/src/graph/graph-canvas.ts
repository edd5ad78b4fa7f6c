/**
 * The cytoscape canvas: shows a view (the merged parts of the seeds on it), laid out off the main thread, added in
 * slices between frames so no task blocks the page; sizes and colours by the chosen modes; captions by priority at a
 * size that reads at the current zoom; filters, selection, and a snapshot of what is shown for the exports.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Translate } from '../i18n/translate';
import type { LayoutName } from '../state/view-state';
import { captionVisible, fitBoxes } from './canvas-viewport';
import { captionFont } from './label-priority';
import { startLayout, type RunningLayout } from './layout-client';
import { fallbackPositions } from './place-fallback';
import { relationLabel } from './relation-label';
import { graphStylesheet } from './stylesheet';
import type { EdgeData, NodeData, ViewPart } from './to-elements';
import { hiddenNodes, type ViewFilter } from './view-filter';
import { appearanceOf, type Appearance } from './appearance';

/** Elements added at a time, and the time one task may spend adding before it lets a frame through. */
const SLICE = 50;
const TASK_BUDGET_MS = 30;
/** Views up to this many nodes move to their new places with an animation. */
const ANIMATE_NODES = 300;
const LAYOUT_SEED = 20240611;
/** Views above this many elements draw light edges (see the stylesheet). */
const LIGHT_EDGES = 1200;

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

export interface ShownNode extends NodeData {
  x: number;
  y: number;
  size: number;
  colour: string;
  captioned: boolean;
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
  const cy: Core = cytoscape({ container, style: graphStylesheet(), layout: { name: 'null' }, minZoom: 0.02, maxZoom: 6, boxSelectionEnabled: false });
  let activeFilter: ViewFilter | null = null;
  let selected: string | null = null;
  let look: Appearance = { colour: 'label', sizeByCount: true };
  let running: RunningLayout | null = null;
  let generation = 0;
  let captionTimer: ReturnType<typeof setTimeout> | undefined;

  // The canvas follows its container (the node list opened, a side column folded, the window resized).
  const sizeWatch = new ResizeObserver(() => cy.resize());
  sizeWatch.observe(container);

  cy.on('tap', 'node', (event) => options.onSelect((event.target as NodeSingular).id()));
  cy.on('dbltap', 'node', (event) => options.onExpand((event.target as NodeSingular).id()));
  cy.on('mouseover', 'edge, node', (event) => {
    if (event.target.isNode()) event.target.data('fs', captionFont(cy.zoom()));
    event.target.addClass('hover');
  });
  cy.on('mouseout', 'edge, node', (event) => event.target.removeClass('hover'));
  cy.on('viewport', () => {
    clearTimeout(captionTimer);
    captionTimer = setTimeout(caption, 120);
  });

  const nodeData = (): NodeData[] => cy.nodes().map((n) => n.data() as NodeData);
  const edgeData = (): EdgeData[] => cy.edges().map((e) => e.data() as EdgeData);

  function filter(next: ViewFilter): number {
    activeFilter = next;
    const hidden = hiddenNodes({ nodes: nodeData(), edges: edgeData() }, next);
    // Only nodes whose state changes are touched: a class change restyles the node and its edges.
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        if (hidden.has(n.id()) !== n.hasClass('filtered')) n.toggleClass('filtered', hidden.has(n.id()));
      }),
    );
    caption();
    return hidden.size;
  }

  /** Sizes and colours from the appearance modes and the domain of the view (largest count, earliest and latest year). */
  function restyle(): void {
    const styled = appearanceOf(nodeData(), look);
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        const next = styled.get(n.id())!;
        if (n.data('size') !== next.size || n.data('colour') !== next.colour) n.data(next);
      }),
    );
  }

  const caption = () => {
    captionVisible(cy);
    options.onChange?.();
  };
  const fitShown = () => fitBoxes(cy, cy.nodes().not('.filtered').nodes().map((n) => ({ ...n.position(), size: Number(n.data('size') ?? 30) })));

  function fade(id: string | null): void {
    cy.batch(() => {
      const node = id ? cy.getElementById(id) : null;
      const keep = node?.nonempty() ? node.closedNeighborhood() : cy.elements();
      cy.elements('.faded').intersection(keep).removeClass('faded');
      if (node?.nonempty()) cy.elements().not(keep).not('.faded').addClass('faded');
    });
  }

  /** Removes what left the view, updates what stayed, adds what is new — in slices, one per frame. */
  async function sync(part: ViewPart, positions: Record<string, { x: number; y: number }>, styled: Map<string, { size: number; colour: string }>): Promise<void> {
    const keep = new Set([...part.nodes.map((n) => n.id), ...part.edges.map((e) => e.id)]);
    cy.batch(() => cy.elements().filter((el) => !keep.has(el.id())).remove());
    const animate = part.nodes.length <= ANIMATE_NODES;
    const light = part.nodes.length + part.edges.length > LIGHT_EDGES;
    cy.batch(() => cy.edges().forEach((e) => void (light ? e.addClass('light') : e.removeClass('light'))));
    cy.batch(() => {
      for (const node of part.nodes) {
        const present = cy.getElementById(node.id);
        if (present.empty()) continue;
        present.data(node);
        const to = positions[node.id];
        if (to && animate) present.animate({ position: to }, { duration: 300 });
        else if (to) present.position(to);
      }
    });
    const fresh = [
      ...part.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes' as const, data: { ...n, ...styled.get(n.id), fs: captionFont(cy.zoom()) }, position: positions[n.id] ?? { x: 0, y: 0 } })),
      ...part.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges' as const, data: { ...e, width: edgeWidth(e), typeLabel: relationLabel(t, e.type) }, classes: light ? 'light' : '' })),
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

  return {
    async show(part, { layout, root }) {
      const started = performance.now();
      const current = ++generation;
      running?.cancel();
      if (part.nodes.length === 0) {
        cy.elements().remove();
        options.onChange?.();
        return { nodes: 0, edges: 0, ms: 0, layoutMs: 0 };
      }
      const sized = appearanceOf(part.nodes, look);
      const job = {
        name: layout,
        nodes: part.nodes.map((n) => ({ id: n.id, label: n.label, size: sized.get(n.id)!.size })),
        edges: part.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
        root,
        hubs: part.nodes.filter((n) => n.root).map((n) => n.id),
        seed: LAYOUT_SEED,
      };
      options.onLayout?.({ nodes: job.nodes.length });
      running = startLayout(job);
      const result = await running.done.finally(() => {
        if (current === generation) options.onLayout?.(null);
      });
      if (current !== generation) return null;
      running = null;
      const placed = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
      const positions = result ? result.positions : fallbackPositions({ nodes: part.nodes, edges: part.edges, placed });
      // The viewport is set before the elements arrive, so each slice is drawn at the zoom the view opens at:
      // changing the zoom afterwards would redraw every element's cached picture in one long task.
      fitBoxes(cy, part.nodes.map((n) => ({ ...(positions[n.id] ?? { x: 0, y: 0 }), size: sized.get(n.id)!.size })));
      await sync(part, positions, sized);
      if (current !== generation) return null;
      restyle();
      const hiddenBefore = cy.nodes('.filtered').length;
      if (activeFilter) filter(activeFilter);
      fade(selected);
      // Fitted to every node before they arrived; refit only when filters hide some.
      if (cy.nodes('.filtered').length > 0 || hiddenBefore > 0) fitShown();
      caption();
      await paintedFrame();
      return { nodes: cy.nodes().length, edges: cy.edges().length, ms: Math.round(performance.now() - started), layoutMs: result?.ms ?? 0 };
    },
    cancelLayout() {
      running?.cancel();
    },
    has: (id) => cy.getElementById(id).nonempty(),
    node(id) {
      const node = cy.getElementById(id);
      return node.nonempty() ? (node.data() as NodeData) : null;
    },
    neighbours(id) {
      const node = cy.getElementById(id);
      return node.nonempty() ? node.neighborhood('node').map((n) => n.data() as NodeData) : [];
    },
    select(id, { center = false, zoom } = {}) {
      selected = id;
      cy.nodes(':selected').unselect();
      const node = id ? cy.getElementById(id) : null;
      fade(id);
      if (!node?.nonempty()) return Promise.resolve();
      node.data('fs', captionFont(cy.zoom()));
      node.select();
      if (zoom === undefined && !center) return Promise.resolve();
      const target = zoom === undefined ? { center: { eles: node } } : { center: { eles: node }, zoom: Math.max(cy.zoom(), zoom) };
      return new Promise<void>((resolve) => cy.animate(target, { duration: 250, complete: () => resolve() }));
    },
    filter,
    appearance(next) {
      look = next;
      restyle();
      options.onChange?.();
    },
    fit: () => fitShown(),
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    shown() {
      const nodes = cy
        .nodes()
        .not('.filtered')
        .nodes()
        .map((n) => ({ ...(n.data() as NodeData & { size: number; colour: string }), ...n.position(), captioned: n.hasClass('captioned') || n.selected() }));
      const ids = new Set(nodes.map((n) => n.id));
      return { nodes, edges: edgeData().filter((e) => ids.has(e.source) && ids.has(e.target)) };
    },
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    resize() {
      const before = `${cy.width()}×${cy.height()}`;
      cy.resize();
      return `${cy.width()}×${cy.height()}` !== before;
    },
    destroy() {
      sizeWatch.disconnect();
      running?.cancel();
      clearTimeout(captionTimer);
      cy.destroy();
    },
  };
}

/** An adoption edge is as thick as the practices behind it (log scale); others are hairlines. */
export function edgeWidth(edge: EdgeData): number {
  return edge.type === 'ADOPTS' ? 1 + Math.log2(1 + (edge.count ?? 0)) : 1.2;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves after the browser has painted the frame following the current one. */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
