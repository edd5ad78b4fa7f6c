/**
 * The live ViewState, mirrored into the address bar: steps a user may want to go back to (opening a node, a tab)
 * push a history entry; fine adjustments (typing, filters, sorting) replace the current one.
 */
import { stateToSearch } from './url-state';
import type { ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace';

export interface StateStore {
  get(): ViewState;
  update(patch: Partial<ViewState>, mode?: HistoryMode): void;
}

export function createStateStore(initial: ViewState): StateStore {
  let state = initial;
  return {
    get: () => state,
    update(patch, mode = 'replace') {
      state = { ...state, ...patch };
      const url = `${location.pathname}${stateToSearch(state)}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
  };
}
