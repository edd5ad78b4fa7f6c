/**
 * The picture of a view for a paper, as SVG: the nodes and edges shown (no hover captions, no fading: it is drawn
 * from the data, not copied from the screen), the captions the screen shows, a title, the legend below the graph and
 * a source line. Pure: the same snapshot gives the same file.
 */
import type { LegendModel } from '../graph/legend-model';
import type { LabelStyle } from '../graph/label-styles';

export interface PictureNode {
  x: number;
  y: number;
  size: number;
  shape: LabelStyle['shape'];
  fill: string;
  ink: string;
  caption: string | null;
}

export interface PictureEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  dashed: boolean;
}

export interface Picture {
  title: string;
  source: string;
  nodes: PictureNode[];
  edges: PictureEdge[];
  legend: LegendModel;
  font: string;
}

const MARGIN = 40;
const TITLE_HEIGHT = 44;
const LEGEND_ROW = 22;
const CAPTION_SIZE = 12;

export function viewSvg(picture: Picture): { svg: string; width: number; height: number } {
  if (picture.nodes.length === 0) throw new Error('viewSvg: the view is empty');
  const xs = picture.nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2]);
  const ys = picture.nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + (n.caption ? CAPTION_SIZE + 6 : 0)]);
  const left = Math.min(...xs) - MARGIN;
  const top = Math.min(...ys) - MARGIN;
  const graphWidth = Math.max(...xs) - left + MARGIN;
  const graphHeight = Math.max(...ys) - top + MARGIN;
  const width = Math.max(640, graphWidth);
  const legendRows = legendLines(picture.legend, width);
  const height = TITLE_HEIGHT + graphHeight + legendRows.length * LEGEND_ROW + 40;
  const dx = (width - graphWidth) / 2 - left;
  const dy = TITLE_HEIGHT - top;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${fmt(height)}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${MARGIN / 2}" y="28" font-size="18" font-weight="bold" fill="#111827">${escapeXml(picture.title)}</text>`,
  );
  parts.push(`<g transform="translate(${fmt(dx)} ${fmt(dy)})">`);
  for (const e of picture.edges) {
    parts.push(
      `<line x1="${fmt(e.x1)}" y1="${fmt(e.y1)}" x2="${fmt(e.x2)}" y2="${fmt(e.y2)}" stroke="#b8c0cc" stroke-width="${fmt(e.width)}"${e.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
  }
  for (const n of picture.nodes) parts.push(shapeSvg(n));
  for (const n of picture.nodes) {
    if (!n.caption) continue;
    parts.push(
      `<text x="${fmt(n.x)}" y="${fmt(n.y + n.size / 2 + CAPTION_SIZE + 2)}" font-size="${CAPTION_SIZE}" text-anchor="middle" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.caption)}</text>`,
    );
  }
  parts.push('</g>');
  let y = TITLE_HEIGHT + graphHeight + 8;
  for (const line of legendRows) {
    let x = MARGIN / 2;
    for (const item of line) {
      parts.push(item.svg(x, y));
      x += item.width;
    }
    y += LEGEND_ROW;
  }
  parts.push(
    `<text x="${MARGIN / 2}" y="${fmt(height - 14)}" font-size="11" fill="#475569">${escapeXml(picture.source)}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="${escapeXml(picture.font)}">${parts.join('')}</svg>`;
  return { svg, width, height };
}

interface LegendItem {
  width: number;
  svg(x: number, y: number): string;
}

/** Legend items laid out in rows that fit the width. */
function legendLines(legend: LegendModel, width: number): LegendItem[][] {
  const text = (value: string, x: number, y: number, colour = '#1f2933') =>
    `<text x="${fmt(x)}" y="${fmt(y + 12)}" font-size="12" fill="${colour}">${escapeXml(value)}</text>`;
  const items: LegendItem[] = [
    ...legend.shapes.map((s) => ({
      width: 28 + textWidth(s.text),
      svg: (x: number, y: number) =>
        shapeSvg({ x: x + 7, y: y + 8, size: 13, shape: s.shape, fill: s.fill, ink: s.ink, caption: null }) +
        text(s.text, x + 18, y),
    })),
  ];
  if (legend.scale) {
    const scale = legend.scale;
    items.push({ width: 12 + textWidth(scale.title), svg: (x, y) => text(scale.title, x, y, '#475569') });
    for (const step of scale.steps)
      items.push({
        width: 24 + textWidth(step.text),
        svg: (x, y) =>
          `<rect x="${fmt(x)}" y="${fmt(y + 2)}" width="12" height="12" fill="${step.colour}" stroke="#94a3b8"/>` +
          text(step.text, x + 16, y),
      });
  }
  for (const note of legend.notes)
    items.push({ width: 18 + textWidth(note), svg: (x, y) => text(note, x, y, '#475569') });
  const lines: LegendItem[][] = [[]];
  let used = MARGIN / 2;
  for (const item of items) {
    if (used + item.width > width - MARGIN / 2 && lines[lines.length - 1]!.length > 0) {
      lines.push([]);
      used = MARGIN / 2;
    }
    lines[lines.length - 1]!.push(item);
    used += item.width;
  }
  return lines;
}

function shapeSvg(n: PictureNode): string {
  const r = n.size / 2;
  const style = `fill="${n.fill}" stroke="${n.ink}" stroke-width="1.5"`;
  const poly = (points: [number, number][]) =>
    `<polygon points="${points.map(([px, py]) => `${fmt(n.x + px * r)},${fmt(n.y + py * r)}`).join(' ')}" ${style}/>`;
  switch (n.shape) {
    case 'ellipse':
      return `<circle cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(r)}" ${style}/>`;
    case 'diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'hexagon':
      return poly([
        [-0.5, -0.87],
        [0.5, -0.87],
        [1, 0],
        [0.5, 0.87],
        [-0.5, 0.87],
        [-1, 0],
      ]);
    case 'triangle':
      return poly([
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ]);
    default:
      return `<rect x="${fmt(n.x - r)}" y="${fmt(n.y - r)}" width="${fmt(n.size)}" height="${fmt(n.size)}" rx="${n.shape === 'round-rectangle' ? fmt(r / 4) : 0}" ${style}/>`;
  }
}

/** Width of a legend text at 12 px: CJK characters are square, Latin ones about half as wide. */
function textWidth(value: string): number {
  return Array.from(value).reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
