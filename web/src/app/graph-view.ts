/**
 * The Graph tab: toolbar (layout, roll-up level, colour and size, expand, fit, zoom, exports, clear), the notices of
 * the views shown, the legend and the time axis above the canvas (never over it), a progress bar with cancel while a
 * layout runs, the canvas (focusable, with its node list as text alternative) and its status line.
 */
import { ROLLUP_LEVELS, type RollupLevel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { ExportFormat } from '../export/export-view';
import { COLOUR_MODES, type ColourMode } from '../graph/colour-scale';
import { createGraphCanvas, type GraphCanvas, type RenderReport } from '../graph/graph-canvas';
import { createLegend } from '../graph/legend';
import type { LegendModel } from '../graph/legend-model';
import type { Translate } from '../i18n/translate';
import { createTimebar, type Timebar, type TimebarState } from '../time/timebar';
import { LAYOUTS, type LayoutName } from '../state/view-state';
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
  const container = h('div', { class: 'canvas', 'data-testid': 'canvas', tabindex: 0, role: 'img', 'aria-label': t('graph.canvasLabel'), 'aria-describedby': 'canvas-nodes' });
  const progress = h('div', { class: 'layout-progress', hidden: true, role: 'status' });
  let progressTimer: ReturnType<typeof setInterval> | undefined;
  const nodeList = createNodeList(t, options.onSelect);
  const canvas = createGraphCanvas({
    container,
    t,
    onSelect: options.onSelect,
    onExpand: options.onExpand,
    onLayout: (running) => showProgress(running),
    onChange: () => nodeList.update(() => canvas.shown().nodes),
  });
  const noticeBox = h('div', { class: 'notices', role: 'status' });
  const exportStatus = h('span', { class: 'export-status error', role: 'alert' });
  const emptyHint = h('p', { class: 'empty-hint' }, t('graph.empty'));
  const renderLine = h('span', { class: 'render-line' });
  const hiddenLine = h('span', { class: 'hidden-line' });
  const legend = createLegend(t);
  const timebar = createTimebar({ t, initial: initial.period, onChange: options.onPeriod });
  const select = <T extends string>(label: string, values: readonly T[], current: T, text: (v: T) => string, onChange: (v: T) => void, name: string) => {
    const element = h('select', { 'aria-label': label, 'data-control': name }, values.map((v) => h('option', { value: v, selected: v === current }, text(v))));
    element.addEventListener('change', () => onChange(element.value as T));
    return h('label', {}, label, element);
  };
  let look = { colour: initial.colour, sized: initial.sized };
  const sizeBox = h('input', { type: 'checkbox', checked: initial.sized, 'data-control': 'sized' });
  sizeBox.addEventListener('change', () => {
    look = { ...look, sized: sizeBox.checked };
    options.onAppearance(look);
  });
  const button = (label: string, onclick: () => void, extra: Record<string, string> = {}) => h('button', { type: 'button', onclick, ...extra }, label);
  const exportMenu = h(
    'details',
    { class: 'export-menu' },
    h('summary', {}, t('export.title')),
    h('div', { class: 'menu' }, (['png', 'svg', 'graphml', 'nodes-csv', 'edges-csv'] as const).map((format) => button(t(`export.${format}`), () => {
      exportMenu.open = false;
      options.onExport(format);
    }, { 'data-export': format }))),
  );

  const element = h(
    'div',
    { class: 'graph-view' },
    h(
      'div',
      { class: 'toolbar' },
      select(t('graph.layout'), LAYOUTS, initial.layout, (v) => t(`layout.${v}`), options.onLayout, 'layout'),
      select(t('graph.level'), ROLLUP_LEVELS, initial.glevel, (v) => t(`level.${v}`), options.onLevel, 'glevel'),
      select(t('graph.colour'), COLOUR_MODES, initial.colour, (v) => t(`colour.${v}`), (colour) => {
        look = { ...look, colour };
        options.onAppearance(look);
      }, 'colour'),
      h('label', {}, sizeBox, t('graph.sized')),
      button(t('graph.expand'), options.onExpandSelected, { class: 'primary', 'data-action': 'expand' }),
      h('span', { class: 'group' },
        button(t('graph.fit'), () => canvas.fit(), { 'data-action': 'fit' }),
        button('+', () => canvas.zoom(1.25), { title: t('graph.zoomIn'), 'aria-label': t('graph.zoomIn') }),
        button('−', () => canvas.zoom(0.8), { title: t('graph.zoomOut'), 'aria-label': t('graph.zoomOut') }),
      ),
      exportMenu,
      exportStatus,
      button(t('graph.clear'), options.onClear, { 'data-action': 'clear' }),
    ),
    noticeBox,
    h('div', { class: 'graph-aids' }, legend.element, timebar.element),
    h('div', { class: 'canvas-frame' }, container, emptyHint, progress),
    h('div', { class: 'status' }, renderLine, hiddenLine),
    nodeList.element,
  );

  function showProgress(running: { nodes: number } | null): void {
    clearInterval(progressTimer);
    progress.hidden = running === null;
    element.classList.toggle('laying-out', running !== null);
    if (!running) return;
    const started = performance.now();
    const cancel = button(t('graph.cancelLayout'), () => canvas.cancelLayout(), { 'data-action': 'cancel-layout', class: 'small-button' });
    const text = h('span', {});
    const tick = () => replaceChildren(text, t('graph.layingOut', { nodes: running.nodes, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
    tick();
    progressTimer = setInterval(tick, 250);
    replaceChildren(progress, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text, cancel);
  }

  return {
    element,
    canvas,
    timebar,
    notices(lines, kind = 'notice') {
      replaceChildren(noticeBox, lines.map((line) => h('p', { class: kind }, line)));
    },
    exportError(text) {
      replaceChildren(exportStatus, text ?? '');
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
