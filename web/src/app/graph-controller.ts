/**
 * What is on the canvas and why: the seeds opened (each one view: grouped for mechanisms and localities, a
 * neighbourhood otherwise) and the groups expanded, all kept in the view state so a link reopens the same picture.
 * Every change loads the views concerned, merges them and shows them; a newer change overtakes an older one.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import type { ApiNode } from '../api/types';
import { mergeParts } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';
import type { HistoryMode, StateStore } from '../state/state-store';
import type { ViewState } from '../state/view-state';
import type { GraphView } from './graph-view';
import { createViewLoader, type SeedView, type ViewLoader } from './view-loader';

export interface GraphController {
  node(id: string): Promise<ApiNode | null>;
  /** Opens a node's view (if it is not a seed yet) and redraws. */
  open(id: string, mode?: HistoryMode): Promise<boolean>;
  /** Double-click / expand: a group draws (or folds back) its practices; anything else opens its own view. */
  expand(id: string): Promise<boolean>;
  /** Redraws the canvas from the state (after a level or layout change, or to restore a link). */
  redraw(): Promise<boolean>;
  clear(): void;
}

export function createGraphController({
  request,
  t,
  store,
  view,
  onShown,
}: {
  request: Request;
  t: Translate;
  store: StateStore;
  view: GraphView;
  /** The canvas shows a new view (the explorer re-applies filters, legend and selection). */
  onShown(): void;
}): GraphController {
  const loader = createViewLoader(request, t);
  const canvas = view.canvas;
  let generation = 0;

  async function redraw(): Promise<boolean> {
    const current = ++generation;
    const state = store.get();
    view.busy(true);
    try {
      const loaded = await loadSeeds(loader, state);
      if (current !== generation) return false;
      const missing = state.seeds.filter((_, i) => loaded[i] === null);
      if (missing.length) store.update({ seeds: state.seeds.filter((s) => !missing.includes(s)) });
      const views = loaded.filter((v): v is NonNullable<typeof v> => v !== null);
      const report = await canvas.show(mergeParts(views.map((v) => v.part)), {
        layout: state.layout,
        root: state.sel ?? views[0]?.root.id ?? null,
      });
      if (current !== generation || !report) return false;
      view.rendered(report);
      view.notices(views.map((v) => v.notice).filter((n): n is string => n !== null));
      onShown();
      return true;
    } catch (error) {
      if (current === generation) view.notices([t('common.error', { message: errorMessage(error) })], 'error');
      return false;
    } finally {
      if (current === generation) view.busy(false);
    }
  }

  return {
    node: (id) => loader.node(id),
    async open(id, mode = 'push') {
      const seeds = store.get().seeds;
      if (!seeds.includes(id)) store.update({ seeds: [...seeds, id] }, mode);
      return redraw();
    },
    async expand(id) {
      const groups = canvas.node(id)?.groups ?? [];
      if (groups.length === 0) {
        const seeds = store.get().seeds;
        if (seeds.includes(id)) return true;
        store.update({ seeds: [...seeds, id] }, 'push');
        return redraw();
      }
      const keys = groups.map((g) => `${g.owner}>${g.key}`);
      store.update({ expand: toggledGroups(store.get().expand, keys) }, 'push');
      return redraw();
    },
    redraw,
    clear() {
      generation++;
      canvas.cancelLayout();
      store.update({ seeds: [], expand: [], sel: null }, 'push');
      void canvas
        .show({ nodes: [], edges: [] }, { layout: store.get().layout, root: null })
        .then(() => view.refreshEmpty());
      view.notices([]);
    },
  };
}

/** Each seed's view at the state's level, with the groups expanded under that seed (`seed>group` in the state). */
function loadSeeds(loader: ViewLoader, state: ViewState): Promise<(SeedView | null)[]> {
  return Promise.all(
    state.seeds.map((seed) =>
      loader.load(seed, {
        level: state.glevel,
        expand: state.expand.filter((g) => g.startsWith(`${seed}>`)).map((g) => g.slice(seed.length + 1)),
      }),
    ),
  );
}

/** A node's groups fold back when any of them is open, and all open otherwise. */
function toggledGroups(expand: readonly string[], keys: readonly string[]): string[] {
  return keys.some((k) => expand.includes(k))
    ? expand.filter((k) => !keys.includes(k))
    : [...expand, ...keys.filter((k) => !expand.includes(k))];
}
