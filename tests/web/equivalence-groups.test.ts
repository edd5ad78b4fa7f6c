/** Grouping interchangeable nodes for the layout of large views, and the discs the groups are spread in. */
import { collapseEquivalent, sunflower } from '../../web/src/graph/equivalence-groups';

test('practices of one county using one mechanism become one node sized for its disc; different neighbours stay apart', () => {
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
  const reduced = collapseEquivalent({ nodes, edges }, 30);
  expect(reduced.groups).toEqual(new Map([['p1', ['p1', 'p2', 'p3', 'p4']]]));
  expect(reduced.nodes.map((n) => n.id).sort()).toEqual(['c1', 'c2', 'm', 'p1', 'p5']);
  expect(reduced.nodes.find((n) => n.id === 'p1')!.size).toBeGreaterThan(reduced.nodes.find((n) => n.id === 'p5')!.size);
  // Parallel edges of the group collapse into one per pair.
  expect(reduced.edges.map((e) => [e.source, e.target].sort().join('-')).sort()).toEqual(['c1-p1', 'c2-p5', 'm-p1', 'm-p5']);
});

test('nodes of different labels with the same neighbours are not grouped', () => {
  const reduced = collapseEquivalent(
    { nodes: [{ id: 'p', label: 'Practice' }, { id: 'a', label: 'Metric' }, { id: 'b', label: 'Organization' }], edges: [{ source: 'p', target: 'a' }, { source: 'p', target: 'b' }] },
    30,
  );
  expect(reduced.groups.size).toBe(0);
  expect(reduced.nodes).toHaveLength(3);
});

test('a sunflower disc keeps its nodes apart and around the centre', () => {
  const points = sunflower({ x: 100, y: -50 }, 40, 30);
  expect(points).toHaveLength(40);
  let closest = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  }
  expect(closest).toBeGreaterThan(20);
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  expect(Math.hypot(cx - 100, cy + 50)).toBeLessThan(15);
  expect(Math.max(...points.map((p) => Math.hypot(p.x - 100, p.y + 50)))).toBeLessThan(30 * Math.sqrt(40));
});
