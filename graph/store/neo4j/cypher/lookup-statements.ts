/** Reads of single nodes and their surroundings: lookup by id, neighbourhood hops, practice detail, similar practices. */
import { NODE_LABELS, RELATIONSHIP_TYPES, type RelationshipType } from '../../../schema';
import { NEIGHBORHOOD_PRIORITY } from '../../neighborhood-priority';
import { current, visible } from './analysis-generation';
import { ANY_LABEL, ANY_REL_TYPE, label, relType } from './identifiers';
import { statement } from './statement';

/**
 * A node by id, whatever its label. One index seek per label (UNION ALL) instead of an unlabelled
 * `MATCH (n {id: $id})`, which no index serves.
 */
export const NODE_BY_ID = statement({
  name: 'read.nodeById',
  text: NODE_LABELS.map((l) => `MATCH (n:${label(l)} {id: $id}) RETURN n`).join('\nUNION ALL\n'),
  params: ['id'],
});

/** A node's number of relationships (every type, both directions). */
export const NODE_DEGREE = statement({
  name: 'read.nodeDegree',
  text: 'MATCH (n) WHERE elementId(n) = $elementId RETURN COUNT { (n)--() } AS degree',
  params: ['elementId'],
});

/** The relationship types of each neighbourhood priority tier, best first (graph/store/neighborhood-priority.ts). */
export const PRIORITY_TIERS: readonly (readonly RelationshipType[])[] = [
  ...new Set(Object.values(NEIGHBORHOOD_PRIORITY)),
]
  .sort((a, b) => a - b)
  .map((rank) => RELATIONSHIP_TYPES.filter((t) => NEIGHBORHOOD_PRIORITY[t] === rank));

/** Candidates of one tier, unless the better tiers already hold `$limit` (then nothing of it is read). */
function tierCall(types: readonly RelationshipType[], i: number): string {
  const better = Array.from({ length: i }, (_, k) => `t${k + 1}`);
  const taken = better.join(' + ');
  return `CALL (frontier${better.map((t) => `, ${t}`).join('')}) {
       UNWIND ${i === 0 ? 'frontier' : `CASE WHEN size(${taken}) < $limit THEN frontier ELSE [] END`} AS a
       MATCH (a)-[r:${types.map(relType).join('|')}]-(n:${ANY_LABEL})
       WHERE NOT elementId(n) IN $seen${i === 0 ? '' : ` AND NOT n IN ${taken}`} AND any(l IN labels(n) WHERE l IN $labels) AND ${visible('r')}
       WITH DISTINCT n
       ORDER BY n.id
       LIMIT $limit
       RETURN collect(n) AS t${i + 1}
     }`;
}

/**
 * One breadth-first hop: the not-yet-seen neighbours (either direction) of the frontier nodes that carry an allowed
 * label (analysis relationships of the current generation only), tier by tier of relationship priority
 * (graph/store/neighborhood-priority.ts): each tier holds the nodes reached by its types and by no better tier, by
 * id, at most `$limit`, each with its number of relationships. A tier is only read while the better ones hold fewer
 * than `$limit` nodes, so when a practice's place and mechanisms fill the room, its hubs' organisations and similar
 * practices are never read. Element ids are only used within one read transaction.
 */
export const NEIGHBORHOOD_HOP = statement({
  name: 'read.neighborhoodHop',
  text: `UNWIND $frontier AS eid
   MATCH (f) WHERE elementId(f) = eid
   WITH collect(f) AS frontier
   ${PRIORITY_TIERS.map(tierCall).join('\n')}
   RETURN [n IN ${PRIORITY_TIERS.map((_, i) => `t${i + 1}`).join(' + ')} | {n: n, degree: COUNT { (n)--() }}] AS found`,
  params: ['frontier', 'seen', 'labels', 'limit', 'generation'],
});

/**
 * The relationships the walk crossed: those between two kept nodes of which one was expanded (its neighbours were
 * visited). Edges between two nodes of the outermost ring were never walked, so they are not part of it. They are
 * found from the kept nodes that are not hubs (`$small`), so a hub (a mechanism used by thousands of practices) is
 * never walked again; an edge between two hubs is looked for only between the pairs of `$hubPairs` ({a, b, types}:
 * the relationship types the schema allows between their labels).
 */
export const NEIGHBORHOOD_RELATIONSHIPS = statement({
  name: 'read.neighborhoodRelationships',
  text: `CALL () {
     UNWIND $small AS eid
     MATCH (a) WHERE elementId(a) = eid
     MATCH (a)-[r:${ANY_REL_TYPE}]-()
     RETURN r
     UNION
     UNWIND $hubPairs AS pair
     MATCH (a) WHERE elementId(a) = pair.a
     MATCH (b) WHERE elementId(b) = pair.b
     MATCH (a)-[r:${ANY_REL_TYPE}]-(b)
     WHERE type(r) IN pair.types
     RETURN r
   }
   WITH DISTINCT r
   WHERE elementId(startNode(r)) IN $included AND elementId(endNode(r)) IN $included
     AND (elementId(startNode(r)) IN $expanded OR elementId(endNode(r)) IN $expanded) AND ${visible('r')}
   RETURN startNode(r).id AS start, r, endNode(r).id AS end`,
  params: ['small', 'hubPairs', 'expanded', 'included', 'generation'],
});

/**
 * Everything a practice page shows, in one round trip (pattern comprehensions keep the row count at one). `ancestry`
 * holds the PART_OF links above the practice's localities (at most eight levels, a guard against cycles in bad data),
 * from which the caller builds each locality's chain up to the province.
 */
export const PRACTICE_DETAIL = statement({
  name: 'read.practiceDetail',
  text: `MATCH (p:Practice {id: $id})
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN p, b,
     [(p)-[:LOCATED_IN]->(l:Locality) | l] AS located,
     [(p)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..7]->(c:Locality)-[:PART_OF]->(parent:Locality) | {child: c.id, parent: parent}] AS ancestry,
     [(p)-[r:USES]->(m:Mechanism) | {node: m, rel: r}] AS mechanisms,
     [(p)-[r:INVOLVES]->(o:Organization) | {node: o, rel: r}] AS involves,
     [(p)-[:REPORTED_BY]->(o:Organization) | o] AS reporters,
     [(p)-[:REPORTS]->(x:Metric) | x] AS metrics
   LIMIT 1`,
  params: ['id'],
});

/**
 * SIMILAR_TO is symmetric in meaning but stored with a direction, so both directions count; when both exist the
 * better-scored edge represents the pair.
 */
export const SIMILAR_PRACTICES = statement({
  name: 'read.similarPractices',
  text: `MATCH (p:Practice {id: $id})-[s:SIMILAR_TO]-(q:Practice)
   WHERE q <> p AND ${current('s')}
   WITH q, s ORDER BY s.score DESC
   WITH q, head(collect(s)) AS best
   RETURN q, best
   ORDER BY best.score DESC, q.id
   LIMIT $limit`,
  params: ['id', 'limit', 'generation'],
});

/** Graph ids of nodes met by element id (the endpoints of relationships a researcher's query returned alone). */
export const NODE_IDS_BY_ELEMENT_ID = statement({
  name: 'read.nodeIdsByElementId',
  text: `UNWIND $elementIds AS eid
   MATCH (n) WHERE elementId(n) = eid
   RETURN eid AS elementId, n.id AS id`,
  params: ['elementIds'],
});
