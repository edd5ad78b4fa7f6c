/**
 * ViewState ↔ URL query string. Defaults are left out so links stay short; a value that does not parse falls back
 * to its default, so an old or hand-edited link still opens.
 */
import {
  DEFAULT_STATE,
  isColourMode,
  isLanguage,
  isLayout,
  isMapColour,
  isNodeLabel,
  isRollupLevel,
  isTab,
  type MatrixSort,
  type ViewState,
} from './view-state';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{2,12}$/;

export function stateToSearch(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(key, value);
  };
  const flag = (key: string, value: boolean, fallback: boolean) => put(key, value ? '1' : '0', fallback ? '1' : '0');
  put('tab', state.tab, DEFAULT_STATE.tab);
  put('lang', state.lang, DEFAULT_STATE.lang);
  put('q', state.q, DEFAULT_STATE.q);
  for (const seed of state.seeds) params.append('seed', seed);
  for (const group of state.expand) params.append('exp', group);
  if (state.sel !== null) params.set('sel', state.sel);
  put('layout', state.layout, DEFAULT_STATE.layout);
  put('glevel', state.glevel, DEFAULT_STATE.glevel);
  put('colour', state.colour, DEFAULT_STATE.colour);
  flag('sized', state.sized, DEFAULT_STATE.sized);
  put('hide', [...state.hide].sort().join(','), [...DEFAULT_STATE.hide].sort().join(','));
  put('region', state.region, DEFAULT_STATE.region);
  put('from', state.from, DEFAULT_STATE.from);
  put('to', state.to, DEFAULT_STATE.to);
  flag('undated', state.undated, DEFAULT_STATE.undated);
  put('level', state.level, DEFAULT_STATE.level);
  put('sort', state.sort, DEFAULT_STATE.sort);
  for (const column of state.cols) params.append('col', column);
  put('family', state.family, DEFAULT_STATE.family);
  put('mech', state.mech, DEFAULT_STATE.mech);
  flag('mfamily', state.mfamily, DEFAULT_STATE.mfamily);
  put('mlevel', state.mlevel, DEFAULT_STATE.mlevel);
  put('mcolour', state.mcolour, DEFAULT_STATE.mcolour);
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
  const flag = (key: string, fallback: boolean) => (text(key) === null ? fallback : text(key) === '1');
  const list = (key: string) => [...new Set(params.getAll(key).filter((s) => s !== ''))];
  const hide = text('hide');
  return {
    tab: pick('tab', isTab, DEFAULT_STATE.tab),
    lang: pick('lang', isLanguage, DEFAULT_STATE.lang),
    q: text('q') ?? DEFAULT_STATE.q,
    seeds: list('seed'),
    expand: list('exp').filter((group) => group.includes('>')),
    sel: text('sel') || null,
    layout: pick('layout', isLayout, DEFAULT_STATE.layout),
    glevel: pick('glevel', isRollupLevel, DEFAULT_STATE.glevel),
    colour: pick('colour', isColourMode, DEFAULT_STATE.colour),
    sized: flag('sized', DEFAULT_STATE.sized),
    hide: hide === null ? [...DEFAULT_STATE.hide] : hide.split(',').filter(isNodeLabel),
    region: pick('region', (v): v is string => REGION.test(v), DEFAULT_STATE.region),
    from: pick('from', (v): v is string => DATE.test(v), DEFAULT_STATE.from),
    to: pick('to', (v): v is string => DATE.test(v), DEFAULT_STATE.to),
    undated: flag('undated', DEFAULT_STATE.undated),
    level: pick('level', isRollupLevel, DEFAULT_STATE.level),
    sort: pick('sort', isMatrixSort, DEFAULT_STATE.sort),
    cols: list('col'),
    family: text('family') ?? DEFAULT_STATE.family,
    mech: text('mech') ?? DEFAULT_STATE.mech,
    mfamily: flag('mfamily', DEFAULT_STATE.mfamily),
    mlevel: pick('mlevel', isRollupLevel, DEFAULT_STATE.mlevel),
    mcolour: pick('mcolour', isMapColour, DEFAULT_STATE.mcolour),
    cypher: text('cypher') ?? DEFAULT_STATE.cypher,
    params: text('params') ?? DEFAULT_STATE.params,
  };
}

function isMatrixSort(value: string): value is MatrixSort {
  return value === 'total' || value === 'name' || (value.startsWith('m:') && value.length > 2);
}
