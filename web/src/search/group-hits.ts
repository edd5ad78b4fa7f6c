/** Orders search hits into groups by kind — mechanisms, localities, practices, organizations, then the rest. */
import { NODE_LABELS, type ApiNode, type NodeLabel } from '../api/types';

export interface Hit {
  node: ApiNode;
  label: NodeLabel;
  score: number;
}

export interface HitGroup {
  label: NodeLabel;
  hits: Hit[];
}

/** Groups in NODE_LABELS order, best score first within a group; a node found twice keeps its best hit. */
export function groupHits(hits: readonly Hit[]): HitGroup[] {
  const best = new Map<string, Hit>();
  for (const hit of hits) {
    const seen = best.get(hit.node.id);
    if (!seen || hit.score > seen.score) best.set(hit.node.id, hit);
  }
  return NODE_LABELS.map((label) => ({
    label,
    hits: [...best.values()].filter((hit) => hit.label === label).sort((a, b) => b.score - a.score),
  })).filter((group) => group.hits.length > 0);
}
