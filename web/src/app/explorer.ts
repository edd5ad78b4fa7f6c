/**
 * The explorer's composition root: builds the columns and the tabs from the ViewState, wires search, canvas, filters,
 * panels, map and matrix together, and keeps the URL in step. A changed language or a history step remounts it whole
 * from the URL, which is also how a shared link reopens its view.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { STATS_QUERY } from '../api/queries';
import type { GraphStats, StatsQuery } from '../api/types';
import type { ExportFormat } from '../export/export-view';
import type { ColourMode } from '../graph/colour-scale';
import { createFilterPanel, type FilterPanel } from '../graph/filter-panel';
import type { GraphCanvas } from '../graph/graph-canvas';
import { createTranslator, type Translate } from '../i18n/translate';
import { createDetailPanel, type DetailPanel } from '../panels/detail-panel';
import { createSearchBox } from '../search/search-box';
import { createStateStore, type StateStore } from '../state/state-store';
import type { Tab, ViewState } from '../state/view-state';
import type { TimebarState } from '../time/timebar';
import { exportCurrentView } from './export-current';
import { createGraphController, type GraphController } from './graph-controller';
import { createGraphView, type GraphView, type GraphViewOptions } from './graph-view';
import { createNavigation, type Navigation } from './navigation';
import { createShell, type Shell } from './shell';
import { createTabViews, type TabViews } from './tab-views';
import { createViewSync, filterOf, type ViewSync } from './view-sync';

export interface ExplorerOptions {
  root: HTMLElement;
  request: Request;
  state: ViewState;
  /** Rebuilds the explorer from the URL (after a language switch). */
  remount(): void;
}

/** What the graph tab's controls ask of the rest of the explorer. */
interface GraphActions {
  select(id: string | null): void;
  expand(id: string): void;
  redraw(): void;
  appearance(look: { colour: ColourMode; sized: boolean }): void;
  refreshLegend(): void;
  setPeriod(period: TimebarState): void;
  exportCurrent(format: ExportFormat): void;
  clearDetail(): void;
}

export function mountExplorer({ root, request, state: initial, remount }: ExplorerOptions): () => void {
  const store = createStateStore(initial);
  const t = createTranslator(initial.lang);
  document.documentElement.lang = initial.lang;
  document.title = `${t('app.title')} · ${t('app.subtitle')}`;
  let stats: GraphStats | null = null;

  // The parts call one another; each callback names a part built further down, reached only once all exist.
  const graph = createGraphView(
    graphViewOptions(t, initial, store, {
      select: (id) => navigation.select(id, { center: false }),
      expand: (id) => void controller.expand(id),
      redraw: () => void controller.redraw(),
      appearance: ({ colour, sized }) => graph.canvas.appearance({ colour, sizeByCount: sized }),
      refreshLegend: () => sync.refreshLegend(),
      setPeriod: (period) => sync.setPeriod(period),
      exportCurrent: (format) => void exportCurrentView({ format, t, store, graph, controller, stats }),
      clearDetail: () => {
        controller.clear();
        graph.hiddenCount(0);
        void detail.show(null);
      },
    }),
  );
  const canvas = graph.canvas;
  canvas.appearance({ colour: initial.colour, sizeByCount: initial.sized });
  const sync = createViewSync({ t, store, graph, tabs: () => tabs });
  const controller = createGraphController({ request, t, store, view: graph, onShown: () => sync.afterShown() });
  const { detail, filters, search } = createSidePanels({
    request,
    t,
    initial,
    store,
    canvas,
    navigation: () => navigation,
    sync: () => sync,
    tabs: () => tabs,
  });
  const tabs = createTabViews({
    request,
    t,
    store,
    graphView: graph.element,
    onShown: (tab) => {
      root.dataset['tab'] = tab;
      if (tab === 'graph') canvas.resize();
    },
    onOpen: (id) => void navigation.open(id),
    onSelectPlace: (id) => void navigation.showDetail(id),
    onPeriod: (period) => sync.setPeriod(period),
  });
  const navigation = createNavigation({
    store,
    graph,
    controller,
    detail,
    filters,
    tabs,
    applyFilter: () => sync.applyFilter(),
  });
  const shell = createShell({
    t,
    lang: initial.lang,
    tabs: tabs.buttons,
    left: [search, filters.element],
    centre: tabs.views,
    right: detail.element,
    onLanguage: (lang) => {
      store.update({ lang }, 'push');
      remount();
    },
  });
  root.replaceChildren(shell.element);

  const stopKeys = deselectOnEscape(store, () => navigation.select(null, { center: false }));
  void loadStats({ request, shell, tabs, initialTab: initial.tab }).then((answer) => (stats = answer));
  // The Cypher tab opens only once the server says it runs on Neo4j (see enableCypher).
  tabs.show(initial.tab === 'cypher' ? 'graph' : initial.tab, 'replace');
  void restore({ root, initial, controller, graph, detail });

  return () => unmount({ root, graph, tabs, stopKeys });
}

/** Undoes a mount: the Escape listener, the time axis's timer, the canvas, the tabs' views and the root's marks. */
function unmount({
  root,
  graph,
  tabs,
  stopKeys,
}: {
  root: HTMLElement;
  graph: GraphView;
  tabs: TabViews;
  stopKeys(): void;
}): void {
  stopKeys();
  graph.timebar.stop();
  graph.canvas.destroy();
  tabs.destroy();
  root.replaceChildren();
  delete root.dataset['ready'];
  delete root.dataset['tab'];
}

/** The graph tab's controls: each changes the state and asks the rest of the explorer to follow. */
function graphViewOptions(
  t: Translate,
  initial: ViewState,
  store: StateStore,
  actions: GraphActions,
): GraphViewOptions {
  return {
    t,
    initial: {
      layout: initial.layout,
      glevel: initial.glevel,
      colour: initial.colour,
      sized: initial.sized,
      period: { from: initial.from, to: initial.to, undated: initial.undated },
    },
    onSelect: (id) => actions.select(id),
    onExpand: (id) => actions.expand(id),
    onExpandSelected: () => {
      const sel = store.get().sel;
      if (sel) actions.expand(sel);
    },
    onLayout: (layout) => {
      store.update({ layout });
      actions.redraw();
    },
    onLevel: (glevel) => {
      store.update({ glevel, expand: [] }, 'push');
      actions.redraw();
    },
    onAppearance: ({ colour, sized }) => {
      store.update({ colour, sized });
      actions.appearance({ colour, sized });
      actions.refreshLegend();
    },
    onPeriod: (period) => actions.setPeriod(period),
    onExport: (format) => actions.exportCurrent(format),
    onClear: () => actions.clearDetail(),
  };
}

interface SidePanelParts {
  request: Request;
  t: Translate;
  initial: ViewState;
  store: StateStore;
  canvas: GraphCanvas;
  /** The parts built after the panels, reached once the explorer is built. */
  navigation(): Navigation;
  sync(): ViewSync;
  tabs(): TabViews;
}

/** The columns beside the canvas: search and filters on the left, the selected node's details on the right. */
function createSidePanels({ request, t, initial, store, canvas, navigation, sync, tabs }: SidePanelParts): {
  detail: DetailPanel;
  filters: FilterPanel;
  search: HTMLElement;
} {
  const detail = createDetailPanel({
    request,
    t,
    actions: {
      open: (id) => void navigation().open(id),
      focus: (id, context) => navigation().focus(id, context),
      neighbours: (id) => canvas.neighbours(id),
      showOnMap: (name) => tabs().showMap(name),
    },
  });
  const filters = createFilterPanel({
    request,
    t,
    initial: filterOf(initial),
    onChange: (filter) => {
      store.update({ hide: [...filter.hide], region: filter.region });
      sync().applyFilter();
      tabs().region(filter.region);
    },
  });
  const search = createSearchBox({
    request,
    t,
    initial: initial.q,
    onQuery: (q) => store.update({ q }),
    onPick: (node) => void navigation().pick(node),
  });
  return { detail, filters, search };
}

/** The corpus figures in the header; the Cypher tab enabled when the server runs on Neo4j. Null when offline. */
async function loadStats({
  request,
  shell,
  tabs,
  initialTab,
}: {
  request: Request;
  shell: Shell;
  tabs: TabViews;
  initialTab: Tab;
}): Promise<GraphStats | null> {
  try {
    const { stats } = await request<StatsQuery>(STATS_QUERY);
    shell.stats(stats);
    tabs.enableCypher(stats.cypherEnabled);
    if (stats.cypherEnabled && initialTab === 'cypher') tabs.show('cypher', 'replace');
    return stats;
  } catch (error) {
    shell.offline(errorMessage(error));
    return null;
  }
}

/** The view the URL describes: its seeds drawn, its selection shown, then the page marked ready. */
async function restore({
  root,
  initial,
  controller,
  graph,
  detail,
}: {
  root: HTMLElement;
  initial: ViewState;
  controller: GraphController;
  graph: GraphView;
  detail: DetailPanel;
}): Promise<void> {
  if (initial.seeds.length) await controller.redraw();
  await graph.canvas.select(initial.sel, { center: false });
  await detail.show(initial.sel);
  // Lets a reader of the page (a test, a screenshot script) know the view the URL describes is complete.
  root.dataset['ready'] = 'true';
}

/** Escape clears the selection unless a field or an open menu has the key; returns the listener's removal. */
function deselectOnEscape(store: StateStore, deselect: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, details[open] .menu')) return;
    if (store.get().sel !== null) deselect();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
