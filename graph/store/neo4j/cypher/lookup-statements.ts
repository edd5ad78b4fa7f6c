/** Reads of single nodes and their surroundings: lookup by id, neighbourhood hops, practice detail, similar practices. */
import { NODE_LABELS } from '../../../schema';
import { current, visible } from './analysis-generation';
import { ANY_LABEL, ANY_REL_TYPE, label } from './identifiers';
import { statement } from './statement';

/**
 * A node by id, whatever its label. One index seek per label (UNION ALL) instead of an unlabelled
 * `MATCH (n {id: $id})`, which no index serves.
 */
export const NODE_BY_ID = statement(
  'read.nodeById',
  NODE_LABELS.map((l) => `MATCH (n:${label(l)} {id: $id}) RETURN n`).join('\nUNION ALL\n'),
  ['id'],
);

/**
 * One breadth-first hop: the not-yet-seen neighbours (either direction, schema types only) of the frontier nodes that
 * carry an allowed label (analysis relationships of the current generation only), ordered by the priority of the best relationship reaching them (`$priority`, type →
 * number, graph/store/neighborhood-priority.ts), then by id; at most `$limit`. Element ids are only used within one
 * read transaction.
 */
export const NEIGHBORHOOD_HOP = statement(
  'read.neighborhoodHop',
  `UNWIND $frontier AS eid
   MATCH (a) WHERE elementId(a) = eid
   MATCH (a)-[r:${ANY_REL_TYPE}]-(n:${ANY_LABEL})
   WHERE NOT elementId(n) IN $seen AND any(l IN labels(n) WHERE l IN $labels) AND ${visible('r')}
   WITH n, min($priority[type(r)]) AS priority
   ORDER BY priority, n.id
   LIMIT $limit
   RETURN n`,
  ['frontier', 'seen', 'labels', 'limit', 'priority', 'generation'],
);

/**
 * The relationships the walk crossed: those of an expanded node (one whose neighbours were visited) whose other end
 * was kept. Edges between two nodes of the outermost ring were never walked, so they are not part of it.
 */
export const NEIGHBORHOOD_RELATIONSHIPS = statement(
  'read.neighborhoodRelationships',
  `UNWIND $expanded AS eid
   MATCH (a) WHERE elementId(a) = eid
   MATCH (a)-[r:${ANY_REL_TYPE}]-(b:${ANY_LABEL})
   WHERE elementId(b) IN $included AND ${visible('r')}
   WITH DISTINCT r
   RETURN startNode(r).id AS start, r, endNode(r).id AS end`,
  ['expanded', 'included', 'generation'],
);

/**
 * Everything a practice page shows, in one round trip (pattern comprehensions keep the row count at one). `ancestry`
 * holds the PART_OF links above the practice's localities (at most eight levels, a guard against cycles in bad data),
 * from which the caller builds each locality's chain up to the province.
 */
export const PRACTICE_DETAIL = statement(
  'read.practiceDetail',
  `MATCH (p:Practice {id: $id})
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN p, b,
     [(p)-[:LOCATED_IN]->(l:Locality) | l] AS located,
     [(p)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..7]->(c:Locality)-[:PART_OF]->(parent:Locality) | {child: c.id, parent: parent}] AS ancestry,
     [(p)-[r:USES]->(m:Mechanism) | {node: m, rel: r}] AS mechanisms,
     [(p)-[r:INVOLVES]->(o:Organization) | {node: o, rel: r}] AS involves,
     [(p)-[:REPORTED_BY]->(o:Organization) | o] AS reporters,
     [(p)-[:REPORTS]->(x:Metric) | x] AS metrics
   LIMIT 1`,
  ['id'],
);

/**
 * SIMILAR_TO is symmetric in meaning but stored with a direction, so both directions count; when both exist the
 * better-scored edge represents the pair.
 */
export const SIMILAR_PRACTICES = statement(
  'read.similarPractices',
  `MATCH (p:Practice {id: $id})-[s:SIMILAR_TO]-(q:Practice)
   WHERE q <> p AND ${current('s')}
   WITH q, s ORDER BY s.score DESC
   WITH q, head(collect(s)) AS best
   RETURN q, best
   ORDER BY best.score DESC, q.id
   LIMIT $limit`,
  ['id', 'limit', 'generation'],
);

/** Graph ids of nodes met by element id (the endpoints of relationships a researcher's query returned alone). */
export const NODE_IDS_BY_ELEMENT_ID = statement(
  'read.nodeIdsByElementId',
  `UNWIND $elementIds AS eid
   MATCH (n) WHERE elementId(n) = eid
   RETURN eid AS elementId, n.id AS id`,
  ['elementIds'],
);
