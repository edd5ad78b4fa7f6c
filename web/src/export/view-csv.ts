/** The view shown as two CSV tables (nodes; edges by their end captions), for spreadsheets and R. Pure. */
import type { CsvCell } from './csv';
import type { TableEdge, TableNode } from './view-graphml';

export function nodeRows(nodes: readonly TableNode[], headings: readonly string[]): CsvCell[][] {
  return [[...headings], ...nodes.map((n) => [n.id, n.label, n.caption, n.count, n.date, n.code])];
}

export function edgeRows({
  nodes,
  edges,
  headings,
}: {
  nodes: readonly TableNode[];
  edges: readonly TableEdge[];
  headings: readonly string[];
}): CsvCell[][] {
  const caption = new Map(nodes.map((n) => [n.id, n.caption]));
  return [
    [...headings],
    ...edges.map((e) => [
      e.source,
      caption.get(e.source) ?? '',
      e.type,
      e.target,
      caption.get(e.target) ?? '',
      e.count,
    ]),
  ];
}
