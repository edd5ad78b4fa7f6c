/**
 * The Graph tab: toolbar (layout, roll-up level, colour and size, expand, fit, zoom, exports, clear), the notices of
 * the views shown, the legend and the time axis above the canvas (never over it), a progress bar with cancel while a
 * layout runs, the canvas (focusable, with its node list as text alternative) and its status line.
 */
import type { RollupLevel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { ExportFormat } from '../export/export-view';
import type { ColourMode } from '../graph/colour-scale';
import { createGraphCanvas, type GraphCanvas, type RenderReport } from '../graph/graph-canvas';
import { createLegend } from '../graph/legend';
import type { LegendModel } from '../graph/legend-model';
import type { Translate } from '../i18n/translate';
import { createTimebar, type Timebar, type TimebarState } from '../time/timebar';
import type { LayoutName } from '../state/view-state';
import { createGraphToolbar } from './graph-toolbar';
import { createLayoutProgress } from './layout-progress';
import { createNodeList } from './node-list';

export interface GraphViewOptions {
  t: Translate;
  initial: { layout: LayoutName; glevel: RollupLevel; colour: ColourMode; sized: boolean; period: TimebarState };
  onSelect(id: string): void;
  onExpand(id: string): void;
  onExpandSelected(): void;
  onLayout(name: LayoutName): void;
  onLevel(level: RollupLevel): void;
  onAppearance(look: { colour: ColourMode; sized: boolean }): void;
  onPeriod(state: TimebarState): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
}

export interface GraphView {
  element: HTMLElement;
  canvas: GraphCanvas;
  timebar: Timebar;
  /** Notices above the canvas (what each view drew and grouped; an error); empty clears them. */
  notices(lines: string[], kind?: 'notice' | 'error'): void;
  /** A failed export, said beside the export menu; null clears it. */
  exportError(text: string | null): void;
  rendered(report: RenderReport): void;
  hiddenCount(count: number): void;
  busy(on: boolean): void;
  legend(model: LegendModel): void;
  refreshEmpty(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { t, initial } = options;
  const container = canvasContainer(t);
  const progress = createLayoutProgress(t, { onCancel: () => canvas.cancelLayout() });
  const nodeList = createNodeList(t, options.onSelect);
  const canvas = createGraphCanvas({
    container,
    t,
    onSelect: options.onSelect,
    onExpand: options.onExpand,
    onLayout: (running) => {
      progress.show(running);
      element.classList.toggle('laying-out', running !== null);
    },
    onChange: () => nodeList.update(() => canvas.shown().nodes),
  });
  const toolbar = createGraphToolbar({
    ...options,
    onFit: () => canvas.fit(),
    onZoom: (factor) => canvas.zoom(factor),
  });
  const noticeBox = h('div', { class: 'notices', role: 'status' });
  const emptyHint = h('p', { class: 'empty-hint' }, t('graph.empty'));
  const renderLine = h('span', { class: 'render-line' });
  const hiddenLine = h('span', { class: 'hidden-line' });
  const legend = createLegend(t);
  const timebar = createTimebar({ t, initial: initial.period, onChange: options.onPeriod });
  const element = h(
    'div',
    { class: 'graph-view' },
    toolbar.element,
    noticeBox,
    h('div', { class: 'graph-aids' }, legend.element, timebar.element),
    h('div', { class: 'canvas-frame' }, container, emptyHint, progress.element),
    h('div', { class: 'status' }, renderLine, hiddenLine),
    nodeList.element,
  );

  return {
    element,
    canvas,
    timebar,
    notices(lines, kind = 'notice') {
      replaceChildren(
        noticeBox,
        lines.map((line) => h('p', { class: kind }, line)),
      );
    },
    exportError(text) {
      replaceChildren(toolbar.exportStatus, text ?? '');
    },
    rendered(report) {
      container.dataset['renderMs'] = String(report.ms);
      container.dataset['layoutMs'] = String(report.layoutMs);
      container.dataset['elements'] = String(report.nodes + report.edges);
      replaceChildren(renderLine, t('graph.status', { nodes: report.nodes, edges: report.edges, ms: report.ms }));
      emptyHint.hidden = report.nodes > 0;
      container.setAttribute('aria-label', t('graph.canvasSummary', { nodes: report.nodes, edges: report.edges }));
    },
    hiddenCount(count) {
      replaceChildren(hiddenLine, count ? t('graph.hidden', { count }) : '');
    },
    busy(on) {
      element.classList.toggle('busy', on);
    },
    legend: (model) => legend.update(model),
    refreshEmpty() {
      emptyHint.hidden = canvas.counts().nodes > 0;
      if (canvas.counts().nodes === 0) {
        replaceChildren(renderLine);
        container.dataset['elements'] = '0';
      }
    },
  };
}

/** The canvas's box: focusable, an image to assistive technology, described by the node list beside it. */
function canvasContainer(t: Translate): HTMLElement {
  return h('div', {
    class: 'canvas',
    'data-testid': 'canvas',
    tabindex: 0,
    role: 'img',
    'aria-label': t('graph.canvasLabel'),
    'aria-describedby': 'canvas-nodes',
  });
}
