/**
 * The contract's reference model (graph/store/CONTRACT.md) over an exported GraphDocument: the tests compute what a
 * store must answer from the graph it holds, independently of any store's code, and compare whole answers.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../../../graph/graph-document';

export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  /** Every relationship touching a node, either direction. */
  touching: Map<string, GraphRelationship[]>;
  /** Practices with an outgoing REPRINT_OF: the later copies, which never count. */
  reprints: Set<string>;
  /** Practices that count (not reprints), in id order. */
  practices: string[];
  located: Map<string, string[]>;
  uses: Map<string, string[]>;
  /** Locality → its PART_OF parents. */
  parents: Map<string, string[]>;
}

export function indexGraph(graph: GraphDocument): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const touching = new Map<string, GraphRelationship[]>();
  const located = new Map<string, string[]>();
  const uses = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  const reprints = new Set<string>();
  const add = (map: Map<string, unknown[]>, key: string, value: unknown) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const r of graph.relationships) {
    add(touching, r.start, r);
    if (r.end !== r.start) add(touching, r.end, r);
    if (r.type === 'LOCATED_IN') add(located, r.start, r.end);
    if (r.type === 'USES') add(uses, r.start, r.end);
    if (r.type === 'PART_OF') add(parents, r.start, r.end);
    if (r.type === 'REPRINT_OF') reprints.add(r.start);
  }
  const practices = graph.nodes
    .filter((n) => n.labels[0] === 'Practice' && !reprints.has(n.id))
    .map((n) => n.id)
    .sort(compare);
  return { nodes, touching, reprints, practices, located, uses, parents };
}

/** The locality and everything above it (PART_OF, child → parent). */
export function chainOf(index: GraphIndex, locality: string): string[] {
  const seen = new Set<string>();
  const walk = [locality];
  while (walk.length > 0) {
    const id = walk.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    walk.push(...(index.parents.get(id) ?? []));
  }
  return [...seen];
}

export function prop({ index, id, key }: { index: GraphIndex; id: string; key: string }): string {
  return String(index.nodes.get(id)?.properties[key] ?? '');
}

/** UTF-16 code-unit order, the contract's string order. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function page<T>({ items, offset, limit }: { items: T[]; offset: number; limit: number }): T[] {
  return items.slice(offset, offset + limit);
}
