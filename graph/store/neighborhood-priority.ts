/**
 * The neighbourhood's relationship priority (graph/store/CONTRACT.md "Neighbourhood"), shared by every store: within
 * a hop, candidates reached by a higher-priority relationship (a lower number) are taken first, so a practice's place
 * and mechanisms come before its similar practices and reprints when the node cap cuts the hop.
 */
import type { RelationshipType } from '../schema';

export const NEIGHBORHOOD_PRIORITY: Readonly<Record<RelationshipType, 1 | 2 | 3 | 4>> = {
  CONTAINS: 1,
  LOCATED_IN: 1,
  IN_REGION: 1,
  USES: 1,
  PART_OF: 2,
  REPORTED_BY: 2,
  INVOLVES: 2,
  REPORTS: 2,
  REPRINT_OF: 3,
  SIMILAR_TO: 4,
};

/** Nodes returned when the caller gives no limit, and hops walked when it gives no depth. */
export const DEFAULT_NEIGHBORHOOD_NODES = 200;
export const DEFAULT_NEIGHBORHOOD_DEPTH = 1;
