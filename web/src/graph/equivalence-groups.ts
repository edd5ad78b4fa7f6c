/**
 * Interchangeable nodes for the layout: nodes of one label with exactly the same neighbours (all the practices of one
 * place that use one mechanism; all the places of a mechanism; all the figures of one practice) can be laid out as
 * one node and spread afterwards (ring-placement.ts). A mechanism with 661 practices in 18 counties lays out as a few
 * dozen nodes: fast, and the picture reads as "who, where".
 */

export interface LayoutInput {
  nodes: readonly { id: string; label: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface ReducedGraph {
  /** One node per group: its id is the group's first member's. */
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
  /** Members of each group with more than one node, by the group's id. */
  groups: Map<string, string[]>;
}

export function collapseEquivalent(graph: LayoutInput): ReducedGraph {
  const neighbours = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set()]));
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    neighbours.get(edge.source)?.add(edge.target);
    neighbours.get(edge.target)?.add(edge.source);
  }
  const bySignature = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const signature = `${node.label}|${[...neighbours.get(node.id)!].sort().join('\u0000')}`;
    (bySignature.get(signature) ?? bySignature.set(signature, []).get(signature)!).push(node.id);
  }
  const representative = new Map<string, string>();
  const groups = new Map<string, string[]>();
  const nodes: ReducedGraph['nodes'] = [];
  for (const members of bySignature.values()) {
    const id = members[0]!;
    for (const member of members) representative.set(member, id);
    if (members.length > 1) groups.set(id, members);
    nodes.push({ id });
  }
  const edges = new Map<string, ReducedGraph['edges'][number]>();
  for (const edge of graph.edges) {
    const source = representative.get(edge.source);
    const target = representative.get(edge.target);
    if (!source || !target || source === target) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    edges.set(`${a}\u0000${b}`, { id: `${a}\u0000${b}`, source: a, target: b });
  }
  return { nodes, edges: [...edges.values()], groups };
}
