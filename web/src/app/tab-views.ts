/** The Graph / Matrix / Cypher tabs: their buttons and views; the matrix and the console are built when first shown. */
import type { Request } from '../api/graphql-client';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { createCypherPanel } from '../panels/cypher-panel';
import { createMatrixPanel } from '../panels/matrix-panel';
import type { HistoryMode, StateStore } from '../state/state-store';
import { TABS, type Tab } from '../state/view-state';

export interface TabViewsOptions {
  request: Request;
  t: Translate;
  store: StateStore;
  graphView: HTMLElement;
  onShown(tab: Tab): void;
  /** Opens a node in the graph (from a matrix cell or a Cypher result). */
  onOpen(id: string): void;
}

export interface TabViews {
  buttons: HTMLElement;
  views: HTMLElement;
  show(tab: Tab, mode?: HistoryMode): void;
  enableCypher(enabled: boolean): void;
  destroy(): void;
}

export function createTabViews(options: TabViewsOptions): TabViews {
  const { request, t, store } = options;
  const views = h('div', { class: 'views' });
  const panes = new Map<Tab, HTMLElement>();
  const destroyers: (() => void)[] = [];
  const buttons = TABS.map((tab) =>
    h('button', { type: 'button', role: 'tab', class: 'tab', 'data-tab': tab, hidden: tab === 'cypher', onclick: () => show(tab) }, t(`tab.${tab}`)),
  );

  function pane(tab: Tab): HTMLElement {
    const existing = panes.get(tab);
    if (existing) return existing;
    const element = h('div', { class: `pane pane-${tab}`, role: 'tabpanel' }, build(tab));
    panes.set(tab, element);
    views.append(element);
    return element;
  }

  function build(tab: Tab): HTMLElement {
    const state = store.get();
    if (tab === 'graph') return options.graphView;
    if (tab === 'matrix') {
      const matrix = createMatrixPanel({ request, t, level: state.level, sort: state.sort, onChange: (patch) => store.update(patch), onOpen: options.onOpen });
      void matrix.load();
      return matrix.element;
    }
    const cypher = createCypherPanel({
      request,
      t,
      lang: state.lang,
      query: state.cypher,
      params: state.params,
      onChange: (patch) => store.update(patch),
      onOpen: options.onOpen,
    });
    destroyers.push(cypher.destroy);
    return cypher.element;
  }

  function show(tab: Tab, mode: HistoryMode = 'push'): void {
    pane(tab);
    for (const [name, element] of panes) element.hidden = name !== tab;
    for (const button of buttons) button.setAttribute('aria-selected', String(button.dataset['tab'] === tab));
    store.update({ tab }, mode);
    options.onShown(tab);
  }

  return {
    buttons: h('nav', { class: 'tabs', role: 'tablist' }, buttons),
    views,
    show,
    enableCypher(enabled) {
      buttons.find((b) => b.dataset['tab'] === 'cypher')!.hidden = !enabled;
    },
    destroy: () => destroyers.forEach((destroy) => destroy()),
  };
}
