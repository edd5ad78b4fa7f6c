/**
 * Which edges of a neighbourhood must be looked for between two hubs. The walk's relationships are read from the kept
 * nodes that are not hubs (read-neighborhood.ts); an edge whose both ends are hubs is only looked for between a kept
 * hub that was expanded and another kept hub, and only with the relationship types the schema allows between their
 * labels — so two busy nodes of unrelated labels (a mechanism and an organisation) are never compared. Pure.
 */
import { RELATIONSHIP_TYPES, RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../schema';

/** A node with more relationships than this is a hub (a practice has a few dozen, a mechanism may have thousands). */
export const HUB_DEGREE = 1_000;

export interface WalkedNode {
  elementId: string;
  label: NodeLabel;
  degree: number;
}

export interface HubPair {
  a: string;
  b: string;
  types: RelationshipType[];
}

export function isHub(node: WalkedNode): boolean {
  return node.degree > HUB_DEGREE;
}

export function hubPairs(kept: readonly WalkedNode[], expanded: ReadonlySet<string>): HubPair[] {
  const hubs = kept.filter(isHub);
  const pairs: HubPair[] = [];
  for (const a of hubs) {
    if (!expanded.has(a.elementId)) continue;
    for (const b of hubs) {
      // A pair of two expanded hubs is met from both sides; one is enough.
      if (b === a || (expanded.has(b.elementId) && b.elementId < a.elementId)) continue;
      const types = RELATIONSHIP_TYPES.filter((t) => {
        const { from, to } = RELATIONSHIPS[t];
        return (from === a.label && to === b.label) || (from === b.label && to === a.label);
      });
      if (types.length > 0) pairs.push({ a: a.elementId, b: b.elementId, types });
    }
  }
  return pairs;
}
