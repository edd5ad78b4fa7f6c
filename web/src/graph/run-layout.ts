/**
 * Runs one layout job on a headless cytoscape (in the layout worker) and returns every node's position. fcose lays
 * out the view with interchangeable nodes grouped (see equivalence-groups.ts): a group hanging on one node besides the
 * views' roots (the places of a mechanism around it; the practices of an expanded place around that place) is set in
 * rings around that node, largest nearest; any other group in a disc of its own. Concentric and breadthfirst run as they are.
 * Randomness comes from the job's seed, so the same job gives the same picture.
 */
import cytoscape, { type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { collapseEquivalent } from './equivalence-groups';
import type { LayoutJob, LayoutResult } from './layout-job';
import { disc, discRadius, ring, ringOuter, type Point } from './ring-placement';
import { seededRandom } from './seeded-random';

cytoscape.use(fcose);

/** Room between neighbours in a disc or ring. */
const GAP = 8;
/** Views larger than this lay out with fcose's draft quality (spectral only, refined less). */
const DRAFT_ABOVE = 1200;

export function runLayout(job: LayoutJob): LayoutResult {
  const started = performance.now();
  // fcose's spectral phase samples with Math.random: seeding it makes the picture reproducible.
  Math.random = seededRandom(job.seed);
  const positions = job.name === 'fcose' ? forceLayout(job) : plainLayout(job);
  return { positions, ms: Math.round(performance.now() - started) };
}

function forceLayout(job: LayoutJob): LayoutResult['positions'] {
  const sizeOf = new Map(job.nodes.map((n) => [n.id, n.size]));
  const reduced = collapseEquivalent({ nodes: job.nodes, edges: job.edges });
  const neighbours = new Map<string, Set<string>>(reduced.nodes.map((n) => [n.id, new Set()]));
  for (const e of reduced.edges) {
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const membersOf = (id: string) =>
    [...(reduced.groups.get(id) ?? [id])].sort((a, b) => sizeOf.get(b)! - sizeOf.get(a)! || (a < b ? -1 : 1));
  const spacingOf = (id: string) => Math.max(...membersOf(id).map((m) => sizeOf.get(m)!)) + GAP;
  // Groups hanging on a single node (roots aside) go around it: that node grows by their rings, and they leave
  // fcose's graph. Their edges to the roots are still drawn; the layout follows the place they belong to.
  const roots = new Set(job.hubs);
  const rings = new Map<string, string[]>();
  for (const node of reduced.nodes) {
    if (!reduced.groups.has(node.id)) continue;
    const around = [...neighbours.get(node.id)!];
    const own = around.length === 1 ? around : around.filter((id) => !roots.has(id));
    const hub = own[0];
    if (own.length === 1 && hub && !reduced.groups.has(hub))
      (rings.get(hub) ?? rings.set(hub, []).get(hub)!).push(node.id);
  }
  const satellites = new Set([...rings.values()].flat());
  const ownRadius = (id: string) =>
    reduced.groups.has(id) ? discRadius(membersOf(id).length, spacingOf(id)) + spacingOf(id) / 2 : sizeOf.get(id)! / 2;
  const hubRadius = (id: string) => {
    let radius = ownRadius(id);
    for (const group of rings.get(id) ?? [])
      radius = ringOuter({ inner: radius + GAP, count: membersOf(group).length, spacing: spacingOf(group) });
    return radius;
  };
  const laid = reduced.nodes.filter((n) => !satellites.has(n.id));
  const diameter = new Map(laid.map((n) => [n.id, 2 * hubRadius(n.id)]));
  const cy = headless(
    laid.map((n) => ({ id: n.id, size: diameter.get(n.id)! })),
    reduced.edges.filter((e) => !satellites.has(e.source) && !satellites.has(e.target)),
  );
  const options = {
    name: 'fcose',
    animate: false,
    fit: false,
    randomize: true,
    quality: cy.nodes().length > DRAFT_ABOVE ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: (edge: EdgeSingular) =>
      40 + (diameter.get(edge.source().id())! + diameter.get(edge.target().id())!) / 3,
    nodeSeparation: 60,
  };
  if (cy.nodes().length > 1) cy.layout(options as unknown as LayoutOptions).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((node) => {
    const centre = { ...node.position() };
    const id = node.id();
    if (reduced.groups.has(id))
      place(positions, membersOf(id), disc({ centre, count: membersOf(id).length, spacing: spacingOf(id) }));
    else positions[id] = centre;
    let inner = ownRadius(id) + GAP;
    for (const group of rings.get(id) ?? []) {
      const members = membersOf(group);
      place(
        positions,
        members,
        ring({ centre, inner: inner + spacingOf(group) / 2, count: members.length, spacing: spacingOf(group) }),
      );
      inner = ringOuter({ inner, count: members.length, spacing: spacingOf(group) }) + GAP;
    }
  });
  cy.destroy();
  return positions;
}

function place(positions: LayoutResult['positions'], ids: string[], points: Point[]): void {
  ids.forEach((id, i) => (positions[id] = points[i]!));
}

function plainLayout(job: LayoutJob): LayoutResult['positions'] {
  const cy = headless(job.nodes, job.edges);
  const root = job.root && cy.getElementById(job.root).nonempty() ? job.root : null;
  const options =
    job.name === 'concentric'
      ? {
          name: 'concentric',
          animate: false,
          fit: false,
          minNodeSpacing: 10,
          // The root in the middle, then groups and hubs by degree.
          concentric: (node: NodeSingular) => (node.id() === root ? 1e9 : node.degree(false)),
          levelWidth: () => 2,
        }
      : {
          name: 'breadthfirst',
          animate: false,
          fit: false,
          directed: false,
          spacingFactor: 1.1,
          ...(root ? { roots: cy.getElementById(root) } : {}),
        };
  cy.layout(options as unknown as LayoutOptions).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

function headless(nodes: { id: string; size: number }[], edges: { id: string; source: string; target: string }[]) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, size: n.size } })),
      ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
}
