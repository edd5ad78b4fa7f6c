/**
 * What expanding a node fetches, by its label. A mechanism opens onto its practices and their localities (who uses
 * it, where); a locality onto its practices, their mechanisms and its neighbouring units (its portfolio); a practice
 * or anything else onto its direct neighbours.
 */
import type { NodeLabel } from '../api/types';

export interface ExpansionRule {
  depth: number;
  /** Labels the expansion walks into (the start node is always included); absent: all. */
  labels?: NodeLabel[];
  /** Relationship types kept (what is reachable from the start over them); absent: all. */
  via?: string[];
}

export const EXPANSION_RULES: Record<NodeLabel, ExpansionRule> = {
  Mechanism: { depth: 2, labels: ['Practice', 'Locality'], via: ['USES', 'LOCATED_IN'] },
  Locality: { depth: 2, labels: ['Practice', 'Mechanism', 'Locality'], via: ['LOCATED_IN', 'USES', 'PART_OF'] },
  Practice: { depth: 1 },
  Organization: { depth: 1 },
  Bulletin: { depth: 1 },
  Metric: { depth: 1 },
};

/** Most nodes one expansion asks for; the server marks the answer `trimmed` when it had to cut. */
export const EXPANSION_LIMIT = 1000;
