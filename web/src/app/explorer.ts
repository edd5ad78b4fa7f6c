/**
 * The explorer's composition root: builds the columns and the tabs from the ViewState, wires search, canvas, filters,
 * panels, map and matrix together, and keeps the URL in step. A changed language or a history step remounts it whole
 * from the URL, which is also how a shared link reopens its view.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { STATS_QUERY } from '../api/queries';
import type { ApiNode, GraphStats, StatsQuery } from '../api/types';
import { exportView, type ExportFormat } from '../export/export-view';
import { createFilterPanel } from '../graph/filter-panel';
import { legendModel } from '../graph/legend-model';
import type { ViewFilter } from '../graph/view-filter';
import { createTranslator } from '../i18n/translate';
import { createDetailPanel } from '../panels/detail-panel';
import { createSearchBox } from '../search/search-box';
import { createStateStore } from '../state/state-store';
import type { ViewState } from '../state/view-state';
import { yearSpan } from '../time/period';
import type { TimebarState } from '../time/timebar';
import { createGraphController } from './graph-controller';
import { createGraphView } from './graph-view';
import { createShell } from './shell';
import { createTabViews } from './tab-views';

/** How far a highlight's node is zoomed to, so its caption reads among its neighbours. */
const FOCUS_ZOOM = 1.6;

export interface ExplorerOptions {
  root: HTMLElement;
  request: Request;
  state: ViewState;
  /** Rebuilds the explorer from the URL (after a language switch). */
  remount(): void;
}

export function mountExplorer({ root, request, state: initial, remount }: ExplorerOptions): () => void {
  const store = createStateStore(initial);
  const t = createTranslator(initial.lang);
  document.documentElement.lang = initial.lang;
  document.title = `${t('app.title')} · ${t('app.subtitle')}`;
  const filterOf = (s: ViewState): ViewFilter => ({ hide: s.hide, region: s.region, from: s.from, to: s.to, hideUndated: s.undated });
  let stats: GraphStats | null = null;

  const graph = createGraphView({
    t,
    initial: { layout: initial.layout, glevel: initial.glevel, colour: initial.colour, sized: initial.sized, period: { from: initial.from, to: initial.to, undated: initial.undated } },
    onSelect: (id) => select(id, { center: false }),
    onExpand: (id) => void controller.expand(id),
    onExpandSelected: () => {
      const sel = store.get().sel;
      if (sel) void controller.expand(sel);
    },
    onLayout: (layout) => {
      store.update({ layout });
      void controller.redraw();
    },
    onLevel: (glevel) => {
      store.update({ glevel, expand: [] }, 'push');
      void controller.redraw();
    },
    onAppearance: ({ colour, sized }) => {
      store.update({ colour, sized });
      canvas.appearance({ colour, sizeByCount: sized });
      refreshLegend();
    },
    onPeriod: (period) => setPeriod(period),
    onExport: (format) => void exportCurrent(format),
    onClear: () => {
      controller.clear();
      graph.hiddenCount(0);
      void detail.show(null);
    },
  });
  const canvas = graph.canvas;
  canvas.appearance({ colour: initial.colour, sizeByCount: initial.sized });
  const controller = createGraphController({ request, t, store, view: graph, onShown: afterShown });
  const detail = createDetailPanel({
    request,
    t,
    actions: { open: (id) => void open(id), focus, neighbours: (id) => canvas.neighbours(id), showOnMap: (name) => tabs.showMap(name) },
  });
  const filters = createFilterPanel({
    request,
    t,
    initial: filterOf(initial),
    onChange: (filter) => {
      store.update({ hide: [...filter.hide], region: filter.region });
      applyFilter();
      tabs.region(filter.region);
    },
  });
  const search = createSearchBox({ request, t, initial: initial.q, onQuery: (q) => store.update({ q }), onPick: (node) => void pick(node) });
  const tabs = createTabViews({
    request,
    t,
    store,
    graphView: graph.element,
    onShown: (tab) => {
      root.dataset['tab'] = tab;
      if (tab === 'graph') canvas.resize();
    },
    onOpen: (id) => void open(id),
    onSelectPlace: (id) => void showDetail(id),
    onPeriod: (period) => setPeriod(period),
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

  /** One period for the canvas, the map and the matrix, whichever time axis set it. */
  function setPeriod(period: TimebarState): void {
    store.update({ from: period.from, to: period.to, undated: period.undated });
    applyFilter();
    graph.timebar.setState(period);
    tabs.period(period);
  }

  function applyFilter(): void {
    graph.hiddenCount(canvas.filter(filterOf(store.get())));
  }

  function refreshLegend(): void {
    const s = store.get();
    graph.legend(legendModel(t, { nodes: canvas.shown().nodes, look: { colour: s.colour, sizeByCount: s.sized } }));
  }

  /** After a new view is drawn: filters, period range, legend and selection follow it. */
  function afterShown(): void {
    applyFilter();
    const all = [...canvas.shown().nodes];
    const dates = all.filter((n) => n.label === 'Practice' || n.group).map((n) => n.date);
    const { span, undated } = yearSpan(dates);
    graph.timebar.setDomain(span, undated);
    refreshLegend();
    // The legend and the time axis above the canvas may have changed height: fit the view to the canvas it has now.
    if (canvas.resize()) canvas.fit();
    void canvas.select(store.get().sel, { center: false });
  }

  function select(id: string | null, { center, mode = 'push' }: { center: boolean; mode?: 'push' | 'replace' }): void {
    void canvas.select(id, { center });
    store.update({ sel: id }, mode);
    void detail.show(id);
  }

  async function showDetail(id: string): Promise<void> {
    store.update({ sel: id }, 'push');
    await detail.show(id);
  }

  /** A search hit: its view joins the canvas and it is shown. */
  async function pick(node: ApiNode): Promise<void> {
    tabs.show('graph');
    store.update({ sel: node.id }, 'push');
    if (!store.get().seeds.includes(node.id)) await controller.open(node.id);
    select(node.id, { center: false, mode: 'replace' });
  }

  async function open(id: string): Promise<void> {
    tabs.show('graph');
    const present = canvas.has(id);
    if (!present) await controller.open(id);
    select(id, { center: present });
  }

  /** A highlight in a practice's text: the node comes from the practice's neighbourhood and is brought into view. */
  async function focus(id: string, context: string): Promise<void> {
    if (!canvas.has(id)) await controller.open(context);
    if (!canvas.has(id)) await controller.open(id);
    const label = canvas.node(id)?.label;
    const hide = store.get().hide;
    if (label && hide.includes(label)) {
      const shown = hide.filter((l) => l !== label);
      filters.setHidden(shown);
      store.update({ hide: shown });
      applyFilter();
    }
    await canvas.select(id, { zoom: FOCUS_ZOOM });
  }

  async function exportCurrent(format: ExportFormat): Promise<void> {
    const s = store.get();
    const shown = canvas.shown();
    const titles = await Promise.all(s.seeds.map((seed) => controller.node(seed).then((n) => n?.caption ?? seed)));
    try {
      await exportView(format, {
        t,
        shown,
        legend: legendModel(t, { nodes: shown.nodes, look: { colour: s.colour, sizeByCount: s.sized } }),
        title: titles.join(' · ') || t('app.title'),
        source: t('export.sourceLine', { bulletins: stats?.bulletins ?? 0, practices: stats?.practices ?? 0, date: new Date().toISOString().slice(0, 10), link: location.href }),
      });
      graph.exportError(null);
    } catch (error) {
      graph.exportError(t('export.failed', { message: errorMessage(error) }));
    }
  }

  async function restore(): Promise<void> {
    if (initial.seeds.length) await controller.redraw();
    await canvas.select(initial.sel, { center: false });
    await detail.show(initial.sel);
    // Lets a reader of the page (a test, a screenshot script) know the view the URL describes is complete.
    root.dataset['ready'] = 'true';
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, details[open] .menu')) return;
    if (store.get().sel !== null) select(null, { center: false });
  };
  document.addEventListener('keydown', onKey);

  void request<StatsQuery>(STATS_QUERY).then(
    (answer) => {
      stats = answer.stats;
      shell.stats(answer.stats);
      tabs.enableCypher(answer.stats.cypherEnabled);
      if (answer.stats.cypherEnabled && initial.tab === 'cypher') tabs.show('cypher', 'replace');
    },
    (error: unknown) => shell.offline(errorMessage(error)),
  );
  // The Cypher tab opens only once the server says it runs on Neo4j (see enableCypher).
  tabs.show(initial.tab === 'cypher' ? 'graph' : initial.tab, 'replace');
  void restore();

  return () => {
    document.removeEventListener('keydown', onKey);
    graph.timebar.stop();
    canvas.destroy();
    tabs.destroy();
    root.replaceChildren();
    delete root.dataset['ready'];
    delete root.dataset['tab'];
  };
}
