/** Where the members of a group go: a sunflower disc around a point, or rings filling outwards around a hub. Pure. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export type Point = { x: number; y: number };

/** `count` points in a sunflower disc around a centre, about `spacing` apart. */
export function disc({ centre, count, spacing }: { centre: Point; count: number; spacing: number }): Point[] {
  return Array.from({ length: count }, (_, k) => {
    const radius = count === 1 ? 0 : spacing * Math.sqrt(k + 0.5) * 0.55;
    return { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
  });
}

export function discRadius(count: number, spacing: number): number {
  return count === 1 ? 0 : spacing * Math.sqrt(count) * 0.55;
}

/** `count` points filling an annulus from radius `inner` outwards (first points nearest), about `spacing` apart. */
export function ring({
  centre,
  inner,
  count,
  spacing,
}: {
  centre: Point;
  inner: number;
  count: number;
  spacing: number;
}): Point[] {
  return Array.from({ length: count }, (_, k) => {
    const radius = Math.sqrt(inner * inner + ((k + 0.5) * spacing * spacing) / Math.PI);
    return { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
  });
}

/** The outer radius of a ring of `count` points started at `inner`. */
export function ringOuter({ inner, count, spacing }: { inner: number; count: number; spacing: number }): number {
  return Math.sqrt(inner * inner + (count * spacing * spacing) / Math.PI) + spacing / 2;
}
