/**
 * Positions for nodes a layout did not place (it was cancelled): each new node next to its placed neighbours, else
 * in a spiral at the origin, so the view is usable at once and can be laid out again later.
 */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function fallbackPositions({
  nodes,
  edges,
  placed,
}: {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
  placed: ReadonlyMap<string, { x: number; y: number }>;
}): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = Object.fromEntries(placed);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  let k = 0;
  for (const node of nodes) {
    if (positions[node.id]) continue;
    const anchors = (neighbours.get(node.id) ?? [])
      .map((id) => positions[id])
      .filter((p): p is { x: number; y: number } => p !== undefined);
    const centre = anchors.length
      ? { x: avg(anchors.map((p) => p.x)), y: avg(anchors.map((p) => p.y)) }
      : { x: 0, y: 0 };
    const radius = 30 * Math.sqrt(++k);
    positions[node.id] = {
      x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
    };
  }
  return positions;
}

function avg(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
