/** Exports the canvas as it is now (PNG, SVG, GraphML or CSV) with its legend, title and source line. */
import { errorMessage } from '../api/error-message';
import type { GraphStats } from '../api/types';
import { exportView, type ExportFormat } from '../export/export-view';
import { legendModel } from '../graph/legend-model';
import type { Translate } from '../i18n/translate';
import type { StateStore } from '../state/state-store';
import type { GraphController } from './graph-controller';
import type { GraphView } from './graph-view';

export interface ExportCurrentOptions {
  format: ExportFormat;
  t: Translate;
  store: StateStore;
  graph: GraphView;
  controller: GraphController;
  /** The corpus figures for the source line; null before the server answered. */
  stats: GraphStats | null;
}

/** A failed export is said beside the export menu, never thrown. */
export async function exportCurrentView({
  format,
  t,
  store,
  graph,
  controller,
  stats,
}: ExportCurrentOptions): Promise<void> {
  const s = store.get();
  const shown = graph.canvas.shown();
  const titles = await Promise.all(s.seeds.map((seed) => controller.node(seed).then((n) => n?.caption ?? seed)));
  try {
    await exportView(format, {
      t,
      shown,
      legend: legendModel(t, { nodes: shown.nodes, look: { colour: s.colour, sizeByCount: s.sized } }),
      title: titles.join(' · ') || t('app.title'),
      source: t('export.sourceLine', {
        bulletins: stats?.bulletins ?? 0,
        practices: stats?.practices ?? 0,
        date: new Date().toISOString().slice(0, 10),
        link: location.href,
      }),
    });
    graph.exportError(null);
  } catch (error) {
    graph.exportError(t('export.failed', { message: errorMessage(error) }));
  }
}
