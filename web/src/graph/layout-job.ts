/** What the canvas sends the layout worker and what it answers: plain data, no cytoscape objects. */
import type { LayoutName } from '../state/view-state';

export interface LayoutJob {
  name: LayoutName;
  /** Nodes in id order (the order is part of what makes a layout reproducible). */
  nodes: { id: string; label: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  /** The node the concentric and breadthfirst layouts put first (the selection or the first seed). */
  root: string | null;
  /** The views' roots: groups that also hang on a root are set around their other neighbour. */
  hubs: string[];
  seed: number;
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

/** The job with its nodes and edges in id order, so the same view always makes the same job. */
export function orderedJob(job: LayoutJob): LayoutJob {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { ...job, nodes: [...job.nodes].sort(byId), edges: [...job.edges].sort(byId) };
}
