/** Reads over many nodes: locality and mechanism listings with counts, the adoption roll-up, stats and export. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../schema';
import { current, notReprint, visible } from './analysis-generation';
import { ANY_LABEL, ANY_REL_TYPE, label, relType } from './identifiers';
import { statement } from './statement';

/** Reprints (a practice with an outgoing REPRINT_OF, the later copy) never count (graph/store/CONTRACT.md). */
const NOT_REPRINT = notReprint('p');

/**
 * Localities with at least one practice located in them or below them (PART_OF runs child → parent), with those
 * practices and the distinct mechanisms they use; busiest first, then by code. Walked up from the practices, so each
 * practice meets only its own chain. The total and the page come from one statement.
 */
export const LOCALITIES_PAGE = statement({
  name: 'read.localitiesPage',
  text: `MATCH (p:Practice)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
   WHERE ($level IS NULL OR l.level = $level) AND ${NOT_REPRINT}
   WITH DISTINCT l, p
   OPTIONAL MATCH (p)-[:USES]->(m:Mechanism)
   WITH l, count(DISTINCT p) AS practices, count(DISTINCT m) AS mechanisms
   ORDER BY practices DESC, l.code
   WITH collect({l: l, practices: practices, mechanisms: mechanisms}) AS rows
   RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page`,
  params: ['level', 'offset', 'limit', 'generation'],
});

/**
 * Mechanisms used by at least one practice, with those practices and the distinct localities they are located in
 * (their own LOCATED_IN localities); most used, then by name.
 */
export const MECHANISMS_PAGE = statement({
  name: 'read.mechanismsPage',
  text: `MATCH (m:Mechanism)
   WHERE ($category IS NULL OR m.category = $category) AND ($curated IS NULL OR m.curated = $curated)
   MATCH (m)<-[:USES]-(p:Practice)
   WHERE ${NOT_REPRINT}
   OPTIONAL MATCH (p)-[:LOCATED_IN]->(l:Locality)
   WITH m, count(DISTINCT p) AS practices, count(DISTINCT l) AS localities
   ORDER BY practices DESC, m.name
   WITH collect({m: m, practices: practices, localities: localities}) AS rows
   RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page`,
  params: ['category', 'curated', 'offset', 'limit', 'generation'],
});

/**
 * Mechanisms ranked for the adoption matrix by all the practices using them, wherever located: the degree of USES
 * (one per practice) from Neo4j's relationship counts, less the reprints (ADOPTION_REPRINT_USERS), which are few.
 */
export const ADOPTION_MECHANISMS = statement({
  name: 'read.adoptionMechanisms',
  text: `MATCH (m:Mechanism)
   WHERE $mechanisms IS NULL OR m.name IN $mechanisms
   RETURN m.name AS name, COUNT { (m)<-[:USES]-() } AS practices`,
  params: ['mechanisms'],
});

/** Per mechanism, the reprints using it (found from the REPRINT_OF relationships, not by visiting every practice). */
export const ADOPTION_REPRINT_USERS = statement({
  name: 'read.adoptionReprintUsers',
  text: `MATCH (p:Practice)-[x:${relType('REPRINT_OF')}]->(:Practice)
   WHERE ${current('x')}
   WITH DISTINCT p
   MATCH (p)-[:USES]->(m:Mechanism)
   WHERE $mechanisms IS NULL OR m.name IN $mechanisms
   RETURN m.name AS name, count(p) AS reprints`,
  params: ['mechanisms', 'generation'],
});

/** Practices of the kept mechanisms (`$mechanisms`) with the localities they are located in: the matrix's raw rows. */
const KEPT_USES = `MATCH (m:Mechanism) WHERE m.name IN $mechanisms
   MATCH (m)<-[:USES]-(p:Practice)-[:LOCATED_IN]->(l:Locality)
   WHERE ${NOT_REPRINT}`;

/** A locality at `$level` holding `l` (PART_OF runs child → parent; `*0..` lets one at that level stand for itself). */
const ROLLUP = `(l)-[:PART_OF*0..]->(a:Locality {level: $level})`;

/** Rows: each locality at `$level` (restricted to `$localities` when given) with its distinct practices. */
export const ADOPTION_ROWS = statement({
  name: 'read.adoptionRows',
  text: `${KEPT_USES}
   WITH DISTINCT l, p
   MATCH ${ROLLUP}
   WHERE $localities IS NULL OR a.code IN $localities
   RETURN a.code AS code, a.name AS name, count(DISTINCT p) AS practices`,
  params: ['mechanisms', 'level', 'localities', 'generation'],
});

/** Column totals: per kept mechanism, the practices placed in any row. */
export const ADOPTION_COLUMNS = statement({
  name: 'read.adoptionColumns',
  text: `${KEPT_USES} AND EXISTS { MATCH ${ROLLUP} WHERE $localities IS NULL OR a.code IN $localities }
   RETURN m.name AS mechanism, count(DISTINCT p) AS practices`,
  params: ['mechanisms', 'level', 'localities', 'generation'],
});

/** Cells of the kept rows (`$codes`), walked down from them: the count, and the first `$idCap` practice ids in id order. */
export const ADOPTION_CELLS = statement({
  name: 'read.adoptionCells',
  text: `UNWIND $codes AS code
   MATCH (a:Locality {code: code, level: $level})
   MATCH (a)<-[:PART_OF*0..]-(:Locality)<-[:LOCATED_IN]-(p:Practice)-[:USES]->(m:Mechanism)
   WHERE m.name IN $mechanisms AND ${NOT_REPRINT}
   WITH DISTINCT a, m.name AS mechanism, p.id AS id
   ORDER BY id
   WITH a, mechanism, collect(id) AS ids
   RETURN a.code AS code, mechanism, size(ids) AS practices, ids[0..$idCap] AS practiceIds`,
  params: ['codes', 'mechanisms', 'level', 'idCap', 'generation'],
});

/** Per-label counts, answered from Neo4j's count store (one branch per schema label). */
export const NODE_COUNTS = statement({
  name: 'read.nodeCounts',
  text: NODE_LABELS.map((l) => `MATCH (n:${label(l)}) RETURN '${l}' AS key, count(n) AS count`).join('\nUNION ALL\n'),
});

export const RELATIONSHIP_COUNTS = statement({
  name: 'read.relationshipCounts',
  text: RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${relType(t)}]->() RETURN '${t}' AS key, count(r) AS count`).join(
    '\nUNION ALL\n',
  ),
});

/** Unordered: the caller sorts by id in JavaScript, so the order matches the SQLite store's exactly. */
export const EXPORT_NODES = statement({ name: 'read.exportNodes', text: `MATCH (n:${ANY_LABEL}) RETURN n` });

export const EXPORT_RELATIONSHIPS = statement({
  name: 'read.exportRelationships',
  text: `MATCH (a:${ANY_LABEL})-[r:${ANY_REL_TYPE}]->(b:${ANY_LABEL})
   WHERE ${visible('r')}
   RETURN a.id AS start, r, b.id AS end`,
  params: ['generation'],
});
