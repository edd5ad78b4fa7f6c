/**
 * ViewState ↔ URL query string. Defaults are left out so links stay short; a value that does not parse falls back
 * to its default, so an old or hand-edited link still opens.
 */
import {
  DEFAULT_STATE, isLanguage, isLayout, isNodeLabel, isRollupLevel, isTab, type MatrixSort, type ViewState,
} from './view-state';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{2,12}$/;

export function stateToSearch(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(key, value);
  };
  put('tab', state.tab, DEFAULT_STATE.tab);
  put('lang', state.lang, DEFAULT_STATE.lang);
  put('q', state.q, DEFAULT_STATE.q);
  for (const seed of state.seeds) params.append('seed', seed);
  if (state.sel !== null) params.set('sel', state.sel);
  put('layout', state.layout, DEFAULT_STATE.layout);
  put('hide', [...state.hide].sort().join(','), [...DEFAULT_STATE.hide].sort().join(','));
  put('region', state.region, DEFAULT_STATE.region);
  put('from', state.from, DEFAULT_STATE.from);
  put('to', state.to, DEFAULT_STATE.to);
  put('level', state.level, DEFAULT_STATE.level);
  put('sort', state.sort, DEFAULT_STATE.sort);
  put('cypher', state.cypher, DEFAULT_STATE.cypher);
  put('params', state.params, DEFAULT_STATE.params);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function stateFromSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key);
  const pick = <T extends string>(key: string, valid: (v: string) => v is T, fallback: T): T => {
    const value = text(key);
    return value !== null && valid(value) ? value : fallback;
  };
  const hide = text('hide');
  const seeds = [...new Set(params.getAll('seed').filter((s) => s !== ''))];
  return {
    tab: pick('tab', isTab, DEFAULT_STATE.tab),
    lang: pick('lang', isLanguage, DEFAULT_STATE.lang),
    q: text('q') ?? DEFAULT_STATE.q,
    seeds,
    sel: text('sel') || null,
    layout: pick('layout', isLayout, DEFAULT_STATE.layout),
    hide: hide === null ? [...DEFAULT_STATE.hide] : hide.split(',').filter(isNodeLabel),
    region: pick('region', (v): v is string => REGION.test(v), DEFAULT_STATE.region),
    from: pick('from', (v): v is string => DATE.test(v), DEFAULT_STATE.from),
    to: pick('to', (v): v is string => DATE.test(v), DEFAULT_STATE.to),
    level: pick('level', isRollupLevel, DEFAULT_STATE.level),
    sort: pick('sort', isMatrixSort, DEFAULT_STATE.sort),
    cypher: text('cypher') ?? DEFAULT_STATE.cypher,
    params: text('params') ?? DEFAULT_STATE.params,
  };
}

function isMatrixSort(value: string): value is MatrixSort {
  return value === 'total' || value === 'name' || (value.startsWith('m:') && value.length > 2);
}
