/** ViewState ↔ URL: a shared link reopens the same view; defaults stay out of the link; bad values fall back. */
import { stateFromSearch, stateToSearch } from '../../web/src/state/url-state';
import { DEFAULT_STATE, type ViewState } from '../../web/src/state/view-state';

test('the default view has an empty query string, and an empty query string is the default view', () => {
  expect(stateToSearch(DEFAULT_STATE)).toBe('');
  expect(stateFromSearch('')).toEqual(DEFAULT_STATE);
});

test('every field survives the round trip, Chinese text, commas and colons in ids included', () => {
  const state: ViewState = {
    tab: 'matrix',
    lang: 'en',
    q: '双报到',
    seeds: [
      'mechanism:双报到',
      'practice:90fc1d284d60736e:2',
      'mechanism:“3+1”包抓机制,试点',
      'locality:341181004-上城风景小区',
    ],
    expand: ['mechanism:双报到>340882', 'locality:340800>红色物业'],
    sel: 'practice:90fc1d284d60736e:2',
    layout: 'concentric',
    glevel: 'province',
    colour: 'year',
    sized: false,
    hide: ['Metric', 'Organization'],
    region: '340800',
    from: '2023-01-01',
    to: '2023-12-31',
    undated: true,
    level: 'city',
    sort: 'm:红色物业',
    cols: ['双报到', '“3+1”包抓机制,试点'],
    family: '点单派单接单',
    mech: '红色物业',
    mfamily: true,
    mlevel: 'county',
    mcolour: 'count',
    cypher: 'MATCH (m:Mechanism {name: $name}) RETURN m',
    params: '{"name":"双报到"}',
  };
  const search = stateToSearch(state);
  expect(stateFromSearch(search)).toEqual(state);
  expect(new URLSearchParams(search).getAll('seed')).toHaveLength(4);
});

test('showing every label (hide nothing) differs from the default (figures hidden)', () => {
  const all = { ...DEFAULT_STATE, hide: [] };
  expect(stateToSearch(all)).toBe('?hide=');
  expect(stateFromSearch('?hide=').hide).toEqual([]);
});

test('values that do not parse fall back to their defaults', () => {
  const state = stateFromSearch(
    '?tab=settings&lang=fr&layout=spiral&hide=Metric,Nope&region=abc&from=2023-13&level=town&sort=m:&seed=&seed=a&seed=a&exp=nogroup&colour=pink&mlevel=town&mcolour=red',
  );
  expect(state).toEqual({ ...DEFAULT_STATE, hide: ['Metric'], seeds: ['a'] });
});
