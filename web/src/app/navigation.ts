/**
 * Moving through the graph: selecting a node (canvas, state and detail panel together), opening a node's view, a
 * search hit, a place chosen on the map, and a highlight in a practice's text brought into view.
 */
import type { ApiNode } from '../api/types';
import type { FilterPanel } from '../graph/filter-panel';
import type { DetailPanel } from '../panels/detail-panel';
import type { HistoryMode, StateStore } from '../state/state-store';
import type { GraphController } from './graph-controller';
import type { GraphView } from './graph-view';
import type { TabViews } from './tab-views';

/** How far a highlight's node is zoomed to, so its caption reads among its neighbours. */
const FOCUS_ZOOM = 1.6;

export interface Navigation {
  select(id: string | null, how: { center: boolean; mode?: HistoryMode }): void;
  /** A place shown in the detail panel without touching the canvas (a region clicked on the map). */
  showDetail(id: string): Promise<void>;
  /** A search hit: its view joins the canvas and it is shown. */
  pick(node: ApiNode): Promise<void>;
  open(id: string): Promise<void>;
  /** A highlight in a practice's text: the node comes from the practice's neighbourhood and is brought into view. */
  focus(id: string, context: string): Promise<void>;
}

export interface NavigationParts {
  store: StateStore;
  graph: GraphView;
  controller: GraphController;
  detail: DetailPanel;
  filters: FilterPanel;
  tabs: TabViews;
  applyFilter(): void;
}

export function createNavigation({
  store,
  graph,
  controller,
  detail,
  filters,
  tabs,
  applyFilter,
}: NavigationParts): Navigation {
  const canvas = graph.canvas;

  function select(id: string | null, { center, mode = 'push' }: { center: boolean; mode?: HistoryMode }): void {
    void canvas.select(id, { center });
    store.update({ sel: id }, mode);
    void detail.show(id);
  }

  return {
    select,
    async showDetail(id) {
      store.update({ sel: id }, 'push');
      await detail.show(id);
    },
    async pick(node) {
      tabs.show('graph');
      store.update({ sel: node.id }, 'push');
      if (!store.get().seeds.includes(node.id)) await controller.open(node.id);
      select(node.id, { center: false, mode: 'replace' });
    },
    async open(id) {
      tabs.show('graph');
      const present = canvas.has(id);
      if (!present) await controller.open(id);
      select(id, { center: present });
    },
    async focus(id, context) {
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
    },
  };
}
