/** The view shown as GraphML (Gephi, Cytoscape desktop, yEd): nodes with kind, caption, counts, date, place code, position. Pure. */
import { escapeXml } from './view-svg';

export interface TableNode {
  id: string;
  label: string;
  caption: string;
  count: number | null;
  date: string | null;
  code: string | null;
  x: number;
  y: number;
}

export interface TableEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number | null;
}

const NODE_KEYS = [
  ['label', 'string'],
  ['caption', 'string'],
  ['practices', 'int'],
  ['date', 'string'],
  ['code', 'string'],
  ['x', 'double'],
  ['y', 'double'],
] as const;

export function viewGraphml(nodes: readonly TableNode[], edges: readonly TableEdge[]): string {
  const data = (key: string, value: string | number | null) =>
    value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="epractices" for="edge" attr.name="practices" attr.type="int"/>',
    '  <graph id="view" edgedefault="directed">',
    ...nodes.map(
      (n) =>
        `    <node id="${escapeXml(n.id)}">${data('label', n.label)}${data('caption', n.caption)}${data('practices', n.count)}${data('date', n.date)}${data('code', n.code)}${data('x', Math.round(n.x))}${data('y', Math.round(n.y))}</node>`,
    ),
    ...edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('type', e.type)}${data('epractices', e.count)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
