/** The presenters on real sample nodes: captions per label, properties as JSON, edges as source → target. */
import { presentUsage } from '../../server/presenters/analyses';
import { nodeCaption, presentEdge, presentNode } from '../../server/presenters/graph-elements';
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';

const { document } = ingestSample(SAMPLE_FILES.anqing37);
const first = (label: string) => {
  const node = document.nodes.find((n) => n.labels[0] === label);
  if (!node) throw new Error(`no ${label} in the sample`);
  return node;
};

test('captions: a practice’s title, a bulletin’s title and issue, a place’s or mechanism’s name, a figure’s value and unit', () => {
  const practice = first('Practice');
  expect(presentNode(practice).caption).toBe(practice.properties['title']);
  expect(presentNode(first('Bulletin')).caption).toBe('安庆组工信息 第37期');
  expect(presentNode(first('Locality')).caption).toBe(first('Locality').properties['name']);
  expect(presentNode(first('Mechanism')).caption).toBe(first('Mechanism').properties['name']);
  const metric = document.nodes.find(
    (n) => n.labels[0] === 'Metric' && n.properties['unit'] === '个' && n.properties['valueMax'] === null,
  );
  expect(metric && presentNode(metric).caption).toBe(`${String(metric?.properties['value'])}个`);
  expect(nodeCaption('Metric', { value: 3, valueMax: 5, unit: '个' })).toBe('3–5个');
  expect(nodeCaption('Bulletin', { title: null, source: 'data/samples/a.txt', issue: null })).toBe(
    'data/samples/a.txt',
  );
});

test('a node keeps its id and first label, and its properties survive the JSON round trip', () => {
  const practice = first('Practice');
  const presented = presentNode(practice);
  expect(presented).toMatchObject({ id: practice.id, label: 'Practice' });
  expect(JSON.parse(presented.properties)).toEqual(practice.properties);
});

test('an edge goes from its start to its end with its evidence in JSON', () => {
  const uses = document.relationships.find((r) => r.type === 'USES');
  if (!uses) throw new Error('no USES in the sample');
  const edge = presentEdge(uses);
  expect(edge).toMatchObject({ id: uses.id, type: 'USES', source: uses.start, target: uses.end });
  expect(JSON.parse(edge.properties).evidence).toBe(uses.properties['evidence']);
});

test("how a mechanism was found: every rule of the sample's links is marked curated (lexicon, overlay, pattern) or discovering", () => {
  const vias = [
    ...new Set(document.relationships.filter((r) => r.type === 'USES').map((r) => String(r.properties['via']))),
  ];
  expect(vias).toEqual(expect.arrayContaining(['lexicon', 'quoted']));
  const presented = presentUsage({
    name: '测试',
    via: [...vias, 'overlay'].map((via) => ({ via, practices: 1 })),
    evidence: null,
  });
  const curated = presented.via
    .filter((v) => v.curated)
    .map((v) => v.via)
    .sort();
  expect(curated).toEqual(['lexicon', 'overlay', ...(vias.includes('pattern') ? ['pattern'] : [])].sort());
  expect(presented.via.find((v) => v.via === 'quoted')?.curated).toBe(false);
  expect(presented.evidence).toBeNull();
});
