/**
 * Splits a whole-graph document (an export) into one document per bulletin, the unit the stores write:
 * each bulletin with its region (IN_REGION), its practices, everything they point to, and the PART_OF chains of
 * their localities.
 * Relationships between practices of different bulletins (SIMILAR_TO, REPRINT_OF) go with the later one's document
 * only when both ends are present, so nothing dangles.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph-document';

export function splitByBulletin(document: GraphDocument): GraphDocument[] {
  const nodes = new Map(document.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, GraphRelationship[]>();
  for (const r of document.relationships) {
    const list = outgoing.get(r.start);
    if (list) list.push(r);
    else outgoing.set(r.start, [r]);
  }
  const bulletins = document.nodes.filter((n) => n.labels.includes('Bulletin'));
  return bulletins.map((bulletin) => {
    const included = new Map<string, GraphNode>([[bulletin.id, bulletin]]);
    const relationships: GraphRelationship[] = [];
    const own = outgoing.get(bulletin.id) ?? [];
    for (const region of own.filter((r) => r.type === 'IN_REGION')) {
      const locality = nodes.get(region.end);
      if (!locality) continue;
      included.set(locality.id, locality);
      relationships.push(region);
      addChain({ localityId: locality.id, nodes, outgoing, included, relationships });
    }
    const practices = own.filter((r) => r.type === 'CONTAINS');
    for (const contains of practices) {
      const practice = nodes.get(contains.end);
      if (!practice) continue;
      included.set(practice.id, practice);
      relationships.push(contains);
    }
    for (const contains of practices) {
      for (const r of outgoing.get(contains.end) ?? []) {
        if (r.type === 'SIMILAR_TO' || r.type === 'REPRINT_OF') continue;
        const target = nodes.get(r.end);
        if (!target) continue;
        included.set(target.id, target);
        relationships.push(r);
        if (r.type === 'LOCATED_IN') addChain({ localityId: target.id, nodes, outgoing, included, relationships });
      }
    }
    return { nodes: [...included.values()], relationships };
  });
}

function addChain({
  localityId,
  nodes,
  outgoing,
  included,
  relationships,
}: {
  localityId: string;
  nodes: Map<string, GraphNode>;
  outgoing: Map<string, GraphRelationship[]>;
  included: Map<string, GraphNode>;
  relationships: GraphRelationship[];
}): void {
  let current = localityId;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const up = (outgoing.get(current) ?? []).find((r) => r.type === 'PART_OF');
    const parent = up ? nodes.get(up.end) : undefined;
    if (!up || !parent) return;
    if (!relationships.includes(up)) relationships.push(up);
    included.set(parent.id, parent);
    current = parent.id;
  }
}
