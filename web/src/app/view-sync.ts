/**
 * Keeps what surrounds the canvas in step with the state and with what is drawn: the filter and period applied to the
 * canvas, the time axis's domain, the legend, and the period shared by the canvas, the map and the matrix.
 */
import { legendModel } from '../graph/legend-model';
import type { ViewFilter } from '../graph/view-filter';
import type { Translate } from '../i18n/translate';
import type { StateStore } from '../state/state-store';
import type { ViewState } from '../state/view-state';
import { yearSpan } from '../time/period';
import type { TimebarState } from '../time/timebar';
import type { GraphView } from './graph-view';
import type { TabViews } from './tab-views';

export interface ViewSync {
  /** One period for the canvas, the map and the matrix, whichever time axis set it. */
  setPeriod(period: TimebarState): void;
  applyFilter(): void;
  refreshLegend(): void;
  /** After a new view is drawn: filters, period range, legend and selection follow it. */
  afterShown(): void;
}

export function filterOf(state: ViewState): ViewFilter {
  return { hide: state.hide, region: state.region, from: state.from, to: state.to, hideUndated: state.undated };
}

export function createViewSync({
  t,
  store,
  graph,
  tabs,
}: {
  t: Translate;
  store: StateStore;
  graph: GraphView;
  tabs: () => TabViews;
}): ViewSync {
  const canvas = graph.canvas;

  function applyFilter(): void {
    graph.hiddenCount(canvas.filter(filterOf(store.get())));
  }

  function refreshLegend(): void {
    const s = store.get();
    graph.legend(legendModel(t, { nodes: canvas.shown().nodes, look: { colour: s.colour, sizeByCount: s.sized } }));
  }

  return {
    applyFilter,
    refreshLegend,
    setPeriod(period) {
      store.update({ from: period.from, to: period.to, undated: period.undated });
      applyFilter();
      graph.timebar.setState(period);
      tabs().period(period);
    },
    afterShown() {
      applyFilter();
      const dates = canvas
        .shown()
        .nodes.filter((n) => n.label === 'Practice' || n.group)
        .map((n) => n.date);
      const { span, undated } = yearSpan(dates);
      graph.timebar.setDomain(span, undated);
      refreshLegend();
      // The legend and the time axis above the canvas may have changed height: fit the view to the canvas it has now.
      if (canvas.resize()) canvas.fit();
      void canvas.select(store.get().sel, { center: false });
    },
  };
}
