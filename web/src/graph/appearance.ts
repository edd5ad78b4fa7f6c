/** Each node's drawn size and colour from the chosen modes and the range of the view's counts and years. Pure. */
import { nodeColour, type ColourMode, type ScaleDomain } from './colour-scale';
import { nodeSize } from './node-size';
import type { NodeData } from './to-elements';

export interface Appearance {
  colour: ColourMode;
  /** Groups and roots sized by their practice counts (otherwise every node by its label). */
  sizeByCount: boolean;
}

export function yearOf(date: string | null): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : null;
}

export function scaleDomain(nodes: readonly NodeData[]): ScaleDomain {
  let maxCount = 0;
  let minYear: number | null = null;
  let maxYear: number | null = null;
  for (const node of nodes) {
    // Roots count the whole view: the scale follows the groups, so groups differ in colour.
    if (node.count !== null && !node.root) maxCount = Math.max(maxCount, node.count);
    const year = yearOf(node.date);
    if (year !== null) {
      minYear = minYear === null ? year : Math.min(minYear, year);
      maxYear = maxYear === null ? year : Math.max(maxYear, year);
    }
  }
  return { maxCount, minYear, maxYear };
}

export function appearanceOf(
  nodes: readonly NodeData[],
  appearance: Appearance,
): Map<string, { size: number; colour: string }> {
  const domain = scaleDomain(nodes);
  return new Map(
    nodes.map((node) => [
      node.id,
      {
        size: nodeSize({ label: node.label, count: node.count, sizedByCount: appearance.sizeByCount }),
        colour: nodeColour({
          mode: appearance.colour,
          node: {
            label: node.label,
            count: node.root ? null : node.count,
            year: yearOf(node.date),
            family: node.family,
          },
          domain,
        }),
      },
    ]),
  );
}
