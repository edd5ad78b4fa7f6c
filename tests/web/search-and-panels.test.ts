/** Small pure modules of the explorer: hit grouping, region prefixes, the diffusion series, the two message files. */
import type { ApiNode, NodeLabel } from '../../web/src/api/types';
import { regionPrefix } from '../../web/src/graph/view-filter';
import { MESSAGES } from '../../web/src/i18n/translate';
import { diffusionSeries } from '../../web/src/panels/diffusion-series';
import { groupHits } from '../../web/src/search/group-hits';

const node = (id: string, label: NodeLabel): ApiNode => ({ id, label, caption: id, properties: '{}' });

test('hits are grouped mechanisms, localities, practices, organizations; best first; a node found twice keeps its best score', () => {
  const groups = groupHits([
    { node: node('p1', 'Practice'), label: 'Practice', score: 3 },
    { node: node('o1', 'Organization'), label: 'Organization', score: 9 },
    { node: node('m1', 'Mechanism'), label: 'Mechanism', score: 1 },
    { node: node('p2', 'Practice'), label: 'Practice', score: 5 },
    { node: node('l1', 'Locality'), label: 'Locality', score: 2 },
    { node: node('m1', 'Mechanism'), label: 'Mechanism', score: 12 },
  ]);
  expect(groups.map((g) => g.label)).toEqual(['Mechanism', 'Locality', 'Practice', 'Organization']);
  expect(groups[0]!.hits).toEqual([{ node: node('m1', 'Mechanism'), label: 'Mechanism', score: 12 }]);
  expect(groups[2]!.hits.map((h) => h.node.id)).toEqual(['p2', 'p1']);
  expect(groupHits([])).toEqual([]);
});

test('a province or city code gives the prefix its units share', () => {
  expect(regionPrefix('340000')).toBe('34');
  expect(regionPrefix('340800')).toBe('3408');
  expect(regionPrefix('340882')).toBe('340882');
  expect(regionPrefix('341181004-上城风景小区')).toBe('341181004-上城风景小区');
});

test('the diffusion series orders first reports by date, counts adopters cumulatively, keeps undated ones apart', () => {
  const events = [
    { firstReported: '2023-12-12', name: '潜山市' },
    { firstReported: null, name: '安图县' },
    { firstReported: '2023-06-09', name: '上城风景小区' },
    { firstReported: '2023-12-12', name: '桐城市' },
  ];
  const series = diffusionSeries(events);
  expect(series.dated.map((e) => e.name)).toEqual(['上城风景小区', '潜山市', '桐城市']);
  expect(series.undated.map((e) => e.name)).toEqual(['安图县']);
  expect(series.steps).toEqual([
    { date: '2023-06-09', total: 1 },
    { date: '2023-12-12', total: 3 },
  ]);
});

test('Chinese and English messages have the same keys and the same placeholders (a #one form may spell the count out)', () => {
  const zh = MESSAGES['zh-CN'];
  const en = MESSAGES.en;
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
    if (key.endsWith('#one')) {
      const base = key.slice(0, -'#one'.length) as keyof typeof zh;
      expect(base in zh).toBe(true);
      for (const name of placeholders(en[key]))
        expect([key, placeholders(zh[base]).includes(name)]).toEqual([key, true]);
    } else expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  }
});
