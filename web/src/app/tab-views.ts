/**
 * The Graph / Map / Matrix / Cypher tabs: their buttons and views; the map, the matrix and the console are built when
 * first shown. The period and the region, chosen on any of them, reach the others.
 */
import type { Request } from '../api/graphql-client';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { createMapPanel, type MapPanel } from '../map/map-panel';
import { createCypherPanel } from '../panels/cypher-panel';
import { createMatrixPanel, type MatrixPanel } from '../panels/matrix-panel';
import type { HistoryMode, StateStore } from '../state/state-store';
import { TABS, type Tab } from '../state/view-state';
import type { TimebarState } from '../time/timebar';

export interface TabViewsOptions {
  request: Request;
  t: Translate;
  store: StateStore;
  graphView: HTMLElement;
  onShown(tab: Tab): void;
  /** Opens a node in the graph (from a matrix cell or a Cypher result). */
  onOpen(id: string): void;
  /** Shows a place in the detail panel (a region clicked on the map). */
  onSelectPlace(id: string): void;
  /** The period was changed on the map's or the matrix's time axis. */
  onPeriod(state: TimebarState): void;
}

export interface TabViews {
  buttons: HTMLElement;
  views: HTMLElement;
  show(tab: Tab, mode?: HistoryMode): void;
  /** Opens the map on a mechanism. */
  showMap(mechanism: string): void;
  period(state: TimebarState): void;
  region(code: string): void;
  enableCypher(enabled: boolean): void;
  destroy(): void;
}

export function createTabViews(options: TabViewsOptions): TabViews {
  const { t, store } = options;
  const views = h('div', { class: 'views' });
  const panes = new Map<Tab, HTMLElement>();
  const destroyers: (() => void)[] = [];
  let matrix: MatrixPanel | null = null;
  let map: MapPanel | null = null;
  const buttons = TABS.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: 'tab',
        'data-tab': tab,
        hidden: tab === 'cypher',
        onclick: () => show(tab),
      },
      t(`tab.${tab}`),
    ),
  );

  function pane(tab: Tab): HTMLElement {
    const existing = panes.get(tab);
    if (existing) return existing;
    const built = buildTab(tab, options);
    if (built.destroy) destroyers.push(built.destroy);
    matrix = built.matrix ?? matrix;
    map = built.map ?? map;
    const element = h('div', { class: `pane pane-${tab}`, role: 'tabpanel' }, built.element);
    panes.set(tab, element);
    views.append(element);
    return element;
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
    showMap(mechanism) {
      store.update({ mech: mechanism });
      show('map');
      map?.setMechanism(mechanism);
    },
    period(state) {
      matrix?.period(state);
      map?.period(state);
    },
    region(code) {
      matrix?.region(code);
    },
    enableCypher(enabled) {
      buttons.find((b) => b.dataset['tab'] === 'cypher')!.hidden = !enabled;
    },
    destroy: () => destroyers.forEach((destroy) => destroy()),
  };
}

interface BuiltTab {
  element: HTMLElement;
  destroy?(): void;
  matrix?: MatrixPanel;
  map?: MapPanel;
}

/** A tab's view, built from the state when first shown; the matrix and the map start loading at once. */
function buildTab(tab: Tab, options: TabViewsOptions): BuiltTab {
  const { request, t, store } = options;
  const state = store.get();
  switch (tab) {
    case 'graph':
      return { element: options.graphView };
    case 'matrix': {
      const matrix = createMatrixPanel({
        request,
        t,
        state,
        onChange: (patch) => store.update(patch),
        onOpen: options.onOpen,
        onPeriod: options.onPeriod,
      });
      void matrix.load();
      return { element: matrix.element, destroy: matrix.destroy, matrix };
    }
    case 'map': {
      const map = createMapPanel({
        request,
        t,
        state,
        onChange: (patch) => store.update(patch),
        onPlace: options.onSelectPlace,
        onPeriod: options.onPeriod,
      });
      void map.load();
      return { element: map.element, destroy: map.destroy, map };
    }
    case 'cypher': {
      const cypher = createCypherPanel({
        request,
        t,
        lang: state.lang,
        query: state.cypher,
        params: state.params,
        onChange: (patch) => store.update(patch),
        onOpen: options.onOpen,
      });
      return { element: cypher.element, destroy: cypher.destroy };
    }
  }
}
