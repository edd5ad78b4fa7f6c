/**
 * Layout options for cytoscape by name. Views above LARGE_VIEW elements are not animated, and the canvas lays them
 * out with interchangeable nodes grouped (equivalence-groups.ts), so a 2,000-element view lays out in under 2 s.
 */
import type { LayoutName } from '../state/view-state';

export const LARGE_VIEW = 800;

/**
 * Options for one layout run. `incremental`: nodes already placed keep their places (new ones start at the node
 * that was expanded), so an expansion does not reshuffle the whole view.
 */
export function layoutOptions(
  name: LayoutName,
  { elements, root, incremental }: { elements: number; root: string | null; incremental: boolean },
): Record<string, unknown> {
  const large = elements > LARGE_VIEW;
  const common = { name, fit: true, padding: 30, animate: !large, animationDuration: 300 };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        // fcose keeps given positions only in its 'proof' quality.
        quality: incremental ? 'proof' : 'default',
        randomize: !incremental,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: 6500,
        idealEdgeLength: 70,
      };
    case 'concentric':
      return {
        ...common,
        minNodeSpacing: 12,
        // The selected node sits in the middle, then by degree.
        concentric: (node: { id(): string; degree(loops: boolean): number }) =>
          node.id() === root ? 1e9 : node.degree(false),
        levelWidth: () => 2,
      };
    case 'breadthfirst':
      // The canvas adds `roots` (a cytoscape collection built from the root id).
      return { ...common, directed: false, spacingFactor: 1.1 };
  }
}
