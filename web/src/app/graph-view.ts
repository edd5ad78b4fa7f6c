/** The centre of the Graph tab: toolbar (layout, expand, fit, zoom, PNG, clear), notices, the canvas and its status line. */
import { h, replaceChildren } from '../dom/element';
import { downloadUrl } from '../export/download';
import { createGraphCanvas, type GraphCanvas, type RenderReport } from '../graph/graph-canvas';
import { createLegend } from '../graph/legend';
import type { Translate } from '../i18n/translate';
import { LAYOUTS, type LayoutName } from '../state/view-state';

export interface GraphViewOptions {
  t: Translate;
  layout: LayoutName;
  onSelect(id: string): void;
  onExpand(id: string): void;
  onExpandSelected(): void;
  onLayout(name: LayoutName): void;
  onClear(): void;
}

export interface GraphView {
  element: HTMLElement;
  canvas: GraphCanvas;
  /** A notice above the canvas (a trimmed neighbourhood, an error); null clears it. */
  notice(text: string | null, kind?: 'notice' | 'error'): void;
  rendered(report: RenderReport): void;
  hiddenCount(count: number): void;
  busy(on: boolean): void;
  refreshEmpty(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { t } = options;
  const container = h('div', { class: 'canvas', 'data-testid': 'canvas' });
  const canvas = createGraphCanvas({ container, t, onSelect: options.onSelect, onExpand: options.onExpand });
  const noticeBox = h('p', { class: 'notice', hidden: true, role: 'status' });
  const emptyHint = h('p', { class: 'empty-hint' }, t('graph.empty'));
  const renderLine = h('span', { class: 'render-line' });
  const hiddenLine = h('span', { class: 'hidden-line' });
  const layoutSelect = h('select', { 'aria-label': t('graph.layout') }, LAYOUTS.map((name) => h('option', { value: name, selected: name === options.layout }, t(`layout.${name}`))));
  layoutSelect.addEventListener('change', () => options.onLayout(layoutSelect.value as LayoutName));
  const button = (label: string, onclick: () => void, extra: Record<string, string> = {}) => h('button', { type: 'button', onclick, ...extra }, label);

  const element = h(
    'div',
    { class: 'graph-view' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t('graph.layout'), layoutSelect),
      button(t('graph.expand'), options.onExpandSelected, { class: 'primary', 'data-action': 'expand' }),
      h('span', { class: 'group' },
        button(t('graph.fit'), () => canvas.fit(), { 'data-action': 'fit' }),
        button('+', () => canvas.zoom(1.25), { title: t('graph.zoomIn'), 'aria-label': t('graph.zoomIn') }),
        button('−', () => canvas.zoom(0.8), { title: t('graph.zoomOut'), 'aria-label': t('graph.zoomOut') }),
      ),
      button(t('graph.png'), () => downloadUrl('governance-graph.png', canvas.png()), { 'data-action': 'png' }),
      button(t('graph.clear'), options.onClear, { 'data-action': 'clear' }),
    ),
    noticeBox,
    h('div', { class: 'canvas-frame' }, container, emptyHint, createLegend(t)),
    h('div', { class: 'status' }, renderLine, hiddenLine),
  );

  return {
    element,
    canvas,
    notice(text, kind = 'notice') {
      noticeBox.hidden = text === null;
      noticeBox.className = kind;
      noticeBox.textContent = text ?? '';
    },
    rendered(report) {
      container.dataset['renderMs'] = String(report.ms);
      container.dataset['elements'] = String(report.nodes + report.edges);
      replaceChildren(renderLine, t('graph.status', { nodes: report.nodes, edges: report.edges, ms: report.ms }));
      emptyHint.hidden = report.nodes > 0;
    },
    hiddenCount(count) {
      replaceChildren(hiddenLine, count ? t('graph.hidden', { count }) : '');
    },
    busy(on) {
      element.classList.toggle('busy', on);
    },
    refreshEmpty() {
      emptyHint.hidden = canvas.counts().nodes > 0;
      if (canvas.counts().nodes === 0) replaceChildren(renderLine);
    },
  };
}
