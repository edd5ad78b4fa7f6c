/**
 * The cytoscape canvas: adds subgraphs, lays them out, applies the filters, selects, and reports how long each
 * render and layout took (shown in the status bar and read by `npm run bench`).
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ApiSubgraph } from '../api/types';
import type { Translate } from '../i18n/translate';
import type { LayoutName } from '../state/view-state';
import { LARGE_VIEW, layoutOptions } from './layouts';
import { relationLabel } from './relation-label';
import { collapseEquivalent, sunflower } from './equivalence-groups';
import { graphStylesheet } from './stylesheet';
import { toElements, type EdgeData, type NodeData } from './to-elements';
import { hiddenNodes, type ViewFilter } from './view-filter';

cytoscape.use(fcose);

/** Distance between neighbours in a group's disc (about a node's width). */
const STACK_SPACING = 30;


export interface RenderReport {
  nodes: number;
  edges: number;
  /** From receiving the subgraph to the first frame painted after the layout. */
  ms: number;
}

export interface CanvasOptions {
  container: HTMLElement;
  t: Translate;
  onSelect(id: string): void;
  onExpand(id: string): void;
}

export interface GraphCanvas {
  add(subgraph: ApiSubgraph, options: { anchor: string | null; layout: LayoutName }): Promise<RenderReport>;
  has(id: string): boolean;
  node(id: string): NodeData | null;
  /** Nodes on the canvas next to this one (shown or not). */
  neighbours(id: string): NodeData[];
  /** Selects a node; `center` brings it to the middle, `zoom` also zooms in at least that far. */
  select(id: string | null, options?: { center?: boolean; zoom?: number }): Promise<void>;
  /** Applies the filters; returns how many nodes they hide. */
  filter(filter: ViewFilter): number;
  /** Lays out what is shown; `incremental` keeps placed nodes where they are (after filters reveal some). */
  layout(name: LayoutName, options?: { incremental?: boolean }): Promise<void>;
  fit(): void;
  zoom(factor: number): void;
  png(): string;
  clear(): void;
  counts(): { nodes: number; edges: number };
  /** Re-reads the container's size (after it was hidden or resized). */
  resize(): void;
  destroy(): void;
}

export function createGraphCanvas({ container, t, onSelect, onExpand }: CanvasOptions): GraphCanvas {
  // No initial layout: the container may not be in the page yet (it is sized on first show, see resize()).
  const cy: Core = cytoscape({ container, style: graphStylesheet(), layout: { name: 'null' }, minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false });
  let activeFilter: ViewFilter | null = null;
  let selected: string | null = null;

  cy.on('tap', 'node', (event) => onSelect((event.target as NodeSingular).id()));
  cy.on('dbltap', 'node', (event) => onExpand((event.target as NodeSingular).id()));
  cy.on('mouseover', 'edge, node', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge, node', (event) => event.target.removeClass('hover'));

  const nodeData = (): NodeData[] => cy.nodes().map((n) => n.data() as NodeData);
  const edgeData = (): EdgeData[] => cy.edges().map((e) => e.data() as EdgeData);

  function filter(next: ViewFilter): number {
    activeFilter = next;
    const hidden = hiddenNodes(nodeData(), edgeData(), next);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (hidden.has(n.id())) n.addClass('filtered');
        else n.removeClass('filtered');
      });
    });
    return hidden.size;
  }

  function runLayout(name: LayoutName, root: string | null, incremental: boolean): Promise<void> {
    const visible = cy.elements().not('.filtered');
    if (visible.empty()) return Promise.resolve();
    const options = layoutOptions(name, { elements: visible.length, root, incremental });
    if (name === 'breadthfirst' && root && cy.getElementById(root).nonempty()) options['roots'] = cy.getElementById(root);
    if (name === 'fcose' && visible.length > LARGE_VIEW) return layoutLarge(visible, options);
    return runOn(visible, options);
  }

  /** fcose over the view with interchangeable nodes grouped (see equivalence-groups.ts), groups spread in discs. */
  async function layoutLarge(visible: cytoscape.CollectionReturnValue, options: Record<string, unknown>): Promise<void> {
    const reduced = collapseEquivalent(
      { nodes: visible.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')) })), edges: visible.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })) },
      STACK_SPACING,
    );
    const sizes = new Map(reduced.nodes.map((n) => [n.id, n.size]));
    const proxy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [...reduced.nodes.map((n) => ({ data: n })), ...reduced.edges.map((e) => ({ data: e }))],
    });
    const small = proxy.elements().length <= LARGE_VIEW;
    // The grouped graph is small enough for fcose's full quality; a view with few interchangeable nodes is not.
    await runOn(proxy.elements(), { ...options, quality: small ? 'default' : 'draft', randomize: true, animate: false, fit: false, nodeDimensionsIncludeLabels: false, idealEdgeLength: (edge: cytoscape.EdgeSingular) => 40 + (sizes.get(edge.source().id())! + sizes.get(edge.target().id())!) / 2 });
    cy.batch(() => {
      proxy.nodes().forEach((node) => {
        const members = reduced.groups.get(node.id());
        if (!members) return void cy.getElementById(node.id()).position(node.position());
        sunflower(node.position(), members.length, STACK_SPACING).forEach((position, i) => cy.getElementById(members[i]!).position(position));
      });
    });
    proxy.destroy();
    cy.fit(visible, 30);
  }

  function runOn(elements: cytoscape.CollectionReturnValue, options: Record<string, unknown>): Promise<void> {
    const layout = elements.layout(options as unknown as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done;
  }

  function fade(id: string | null): void {
    cy.batch(() => {
      cy.elements().removeClass('faded');
      const node = id ? cy.getElementById(id) : null;
      if (node?.nonempty()) cy.elements().not(node.closedNeighborhood()).addClass('faded');
    });
  }

  return {
    async add(subgraph, { anchor, layout }) {
      const started = performance.now();
      const hadNodes = cy.nodes().length > 0;
      const known = new Set(cy.nodes().map((n) => n.id()));
      const elements = toElements(subgraph, known);
      const origin = anchor && known.has(anchor) ? cy.getElementById(anchor).position() : { x: 0, y: 0 };
      const freshNodes = elements.nodes
        .filter((n) => !known.has(n.data.id))
        .map((n, i) => ({ ...n, position: { x: origin.x + Math.cos(i) * 40, y: origin.y + Math.sin(i) * 40 } }));
      const freshEdges = elements.edges
        .filter((e) => cy.getElementById(e.data.id).empty())
        .map((e) => ({ ...e, data: { ...e.data, typeLabel: relationLabel(t, e.data.type) } }));
      cy.batch(() => cy.add([...freshNodes, ...freshEdges]));
      if (activeFilter) filter(activeFilter);
      await runLayout(layout, anchor, hadNodes);
      fade(selected);
      await paintedFrame();
      return { nodes: cy.nodes().length, edges: cy.edges().length, ms: Math.round(performance.now() - started) };
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
      node.select();
      if (zoom === undefined && !center) return Promise.resolve();
      const target = zoom === undefined ? { center: { eles: node } } : { center: { eles: node }, zoom: Math.max(cy.zoom(), zoom) };
      return new Promise<void>((resolve) => cy.animate(target, { duration: 250, complete: () => resolve() }));
    },
    filter,
    layout: (name, { incremental = false } = {}) => runLayout(name, selected, incremental),
    fit: () => cy.fit(cy.elements().not('.filtered'), 30),
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    png: () => cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 }),
    clear() {
      selected = null;
      cy.elements().remove();
    },
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    resize: () => cy.resize(),
    destroy: () => cy.destroy(),
  };
}

/** Resolves after the browser has painted the frame following the current one. */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
