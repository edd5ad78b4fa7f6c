/** Grouping interchangeable nodes for the layout of large views, and the discs and rings the groups are spread in. */
import { collapseEquivalent } from '../../web/src/graph/equivalence-groups';
import { disc, ring, ringOuter, type Point } from '../../web/src/graph/ring-placement';

test('practices of one county using one mechanism become one group; different neighbours stay apart', () => {
  const nodes = [
    { id: 'm', label: 'Mechanism' },
    { id: 'c1', label: 'Locality' },
    { id: 'c2', label: 'Locality' },
    ...['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, label: 'Practice' })),
    { id: 'p5', label: 'Practice' },
  ];
  const edges = [
    ...['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => ({ source: p, target: 'm' })),
    ...['p1', 'p2', 'p3', 'p4'].map((p) => ({ source: p, target: 'c1' })),
    { source: 'p5', target: 'c2' },
  ];
  const reduced = collapseEquivalent({ nodes, edges });
  expect(reduced.groups).toEqual(new Map([['p1', ['p1', 'p2', 'p3', 'p4']]]));
  expect(reduced.nodes.map((n) => n.id).sort()).toEqual(['c1', 'c2', 'm', 'p1', 'p5']);
  // Parallel edges of the group collapse into one per pair.
  expect(reduced.edges.map((e) => [e.source, e.target].sort().join('-')).sort()).toEqual([
    'c1-p1',
    'c2-p5',
    'm-p1',
    'm-p5',
  ]);
});

test('nodes of different labels with the same neighbours are not grouped', () => {
  const reduced = collapseEquivalent({
    nodes: [
      { id: 'p', label: 'Practice' },
      { id: 'a', label: 'Metric' },
      { id: 'b', label: 'Organization' },
    ],
    edges: [
      { source: 'p', target: 'a' },
      { source: 'p', target: 'b' },
    ],
  });
  expect(reduced.groups.size).toBe(0);
  expect(reduced.nodes).toHaveLength(3);
});

const closest = (points: Point[]) => {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
};

test('a disc keeps its nodes apart and around its centre', () => {
  const points = disc({ centre: { x: 100, y: -50 }, count: 40, spacing: 30 });
  expect(points).toHaveLength(40);
  expect(closest(points)).toBeGreaterThan(20);
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  expect(Math.hypot(cx - 100, cy + 50)).toBeLessThan(15);
});

test('a ring keeps clear of its hub, fills outwards within its outer radius, first points nearest', () => {
  const points = ring({ centre: { x: 0, y: 0 }, inner: 60, count: 80, spacing: 30 });
  const radii = points.map((p) => Math.hypot(p.x, p.y));
  expect(Math.min(...radii)).toBeGreaterThanOrEqual(60);
  expect(Math.max(...radii)).toBeLessThanOrEqual(ringOuter({ inner: 60, count: 80, spacing: 30 }));
  expect(radii[0]!).toBeLessThan(radii[79]!);
  expect(closest(points)).toBeGreaterThan(20);
});
