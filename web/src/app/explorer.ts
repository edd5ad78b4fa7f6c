/**
 * The explorer's composition root: builds the three columns and the tabs from the ViewState, wires search, canvas,
 * filters and panels together, and keeps the URL in step. A changed language or a history step remounts it whole
 * from the URL, which is also how a shared link reopens its view.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { NEIGHBORHOOD_QUERY, NODE_QUERY, STATS_QUERY } from '../api/queries';
import type { ApiNode, ApiSubgraph, GraphStats, NodeLabel } from '../api/types';
import { EXPANSION_LIMIT, EXPANSION_RULES } from '../graph/expansion-rules';
import { createFilterPanel } from '../graph/filter-panel';
import { pruneSubgraph } from '../graph/prune-subgraph';
import type { ViewFilter } from '../graph/view-filter';
import { createTranslator } from '../i18n/translate';
import { createDetailPanel } from '../panels/detail-panel';
import { createSearchBox } from '../search/search-box';
import { createStateStore, type HistoryMode } from '../state/state-store';
import type { ViewState } from '../state/view-state';
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
  const filterOf = (s: ViewState): ViewFilter => ({ hide: s.hide, region: s.region, from: s.from, to: s.to });
  /** Nodes the filters hide now; when a change lowers it, the revealed nodes need a place (see applyFilter). */
  let hiddenNow = 0;

  const graph = createGraphView({
    t,
    layout: initial.layout,
    onSelect: (id) => select(id, { center: false }),
    onExpand: (id) => void expand(id),
    onExpandSelected: () => {
      const sel = store.get().sel;
      if (sel) void expand(sel);
    },
    onLayout: (layout) => {
      store.update({ layout });
      void graph.canvas.layout(layout);
    },
    onClear: () => {
      graph.canvas.clear();
      graph.refreshEmpty();
      graph.notice(null);
      hiddenNow = 0;
      graph.hiddenCount(0);
      store.update({ seeds: [], sel: null }, 'push');
      void detail.show(null);
    },
  });
  const canvas = graph.canvas;
  const detail = createDetailPanel({
    request,
    t,
    actions: { open: (id) => void open(id), focus, neighbours: (id) => canvas.neighbours(id) },
  });
  const filters = createFilterPanel({
    request,
    t,
    initial: filterOf(initial),
    onChange: (filter) => {
      store.update({ hide: [...filter.hide], region: filter.region, from: filter.from, to: filter.to });
      void applyFilter();
    },
  });
  const search = createSearchBox({
    request,
    t,
    initial: initial.q,
    onQuery: (q) => store.update({ q }),
    onPick: (node) => void pick(node),
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
    onOpen: (id) => void open(id),
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

  /** Applies the filters; nodes they reveal were left out of earlier layouts, so the view is laid out again around them. */
  async function applyFilter(): Promise<void> {
    const hidden = canvas.filter(filterOf(store.get()));
    graph.hiddenCount(hidden);
    const revealed = hidden < hiddenNow;
    hiddenNow = hidden;
    if (revealed) await canvas.layout(store.get().layout, { incremental: true });
  }

  async function labelOf(id: string): Promise<NodeLabel | null> {
    const known = canvas.node(id)?.label;
    if (known) return known;
    const { node } = await request<{ node: ApiNode | null }>(NODE_QUERY, { id });
    return node?.label ?? null;
  }

  /** Adds a node's neighbourhood (by the expansion rule of its label) to the canvas and records it as a seed. */
  async function expand(id: string, mode: HistoryMode = 'push'): Promise<boolean> {
    graph.busy(true);
    try {
      const label = await labelOf(id);
      if (!label) return false;
      const rule = EXPANSION_RULES[label];
      const answer = await request<{ neighborhood: ApiSubgraph }>(NEIGHBORHOOD_QUERY, { id, depth: rule.depth, labels: rule.labels, limit: EXPANSION_LIMIT });
      const neighborhood = rule.via ? pruneSubgraph(answer.neighborhood, id, rule.via) : answer.neighborhood;
      const report = await canvas.add(neighborhood, { anchor: id, layout: store.get().layout });
      graph.rendered(report);
      hiddenNow = canvas.filter(filterOf(store.get()));
      graph.hiddenCount(hiddenNow);
      graph.notice(neighborhood.trimmed ? t('graph.trimmed', { limit: EXPANSION_LIMIT }) : null);
      const seeds = store.get().seeds;
      if (!seeds.includes(id)) store.update({ seeds: [...seeds, id] }, mode);
      return true;
    } catch (error) {
      graph.notice(t('common.error', { message: errorMessage(error) }), 'error');
      return false;
    } finally {
      graph.busy(false);
    }
  }

  function select(id: string | null, { center, mode = 'push' }: { center: boolean; mode?: HistoryMode }): void {
    void canvas.select(id, { center });
    store.update({ sel: id }, mode);
    void detail.show(id);
  }

  /** A search hit: start from it (its neighbourhood joins the canvas) and show it. */
  async function pick(node: ApiNode): Promise<void> {
    tabs.show('graph');
    if (!store.get().seeds.includes(node.id)) await expand(node.id);
    // The layout has just fitted the new neighbourhood around it.
    select(node.id, { center: false });
  }

  async function open(id: string): Promise<void> {
    tabs.show('graph');
    const present = canvas.has(id);
    if (!present) await expand(id);
    select(id, { center: present });
  }

  /** A highlight in a practice's text: the node comes from the practice's own neighbourhood and is brought into view. */
  async function focus(id: string, context: string): Promise<void> {
    if (!canvas.has(id)) await expand(context);
    if (!canvas.has(id)) await expand(id);
    const label = canvas.node(id)?.label;
    const hide = store.get().hide;
    if (label && hide.includes(label)) {
      const shown = hide.filter((l) => l !== label);
      filters.setHidden(shown);
      store.update({ hide: shown });
      await applyFilter();
    }
    await canvas.select(id, { zoom: FOCUS_ZOOM });
  }

  async function restore(): Promise<void> {
    for (const seed of initial.seeds) {
      if (!(await expand(seed, 'replace'))) store.update({ seeds: store.get().seeds.filter((s) => s !== seed) });
    }
    await canvas.select(initial.sel, { center: false });
    await detail.show(initial.sel);
    // Lets a reader of the page (a test, a screenshot script) know the view the URL describes is complete.
    root.dataset['ready'] = 'true';
  }

  void request<{ stats: GraphStats }>(STATS_QUERY).then(
    ({ stats }) => {
      shell.stats(stats);
      tabs.enableCypher(stats.cypherEnabled);
      if (stats.cypherEnabled && initial.tab === 'cypher') tabs.show('cypher', 'replace');
    },
    (error: unknown) => shell.offline(errorMessage(error)),
  );
  // The Cypher tab opens only once the server says it runs on Neo4j (see enableCypher).
  tabs.show(initial.tab === 'cypher' ? 'graph' : initial.tab, 'replace');
  void restore();

  return () => {
    canvas.destroy();
    tabs.destroy();
    root.replaceChildren();
    delete root.dataset['ready'];
    delete root.dataset['tab'];
  };
}
