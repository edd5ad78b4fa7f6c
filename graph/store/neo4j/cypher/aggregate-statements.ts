/** Reads over many nodes: locality and mechanism listings with counts, the adoption roll-up, stats and export. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../schema';
import { ANY_LABEL, ANY_REL_TYPE, label, relType } from './identifiers';
import { statement } from './statement';

const LOCALITY_FILTER = `MATCH (l:Locality)
   WHERE $level IS NULL OR l.level = $level`;

export const LOCALITIES_COUNT = statement('read.localitiesCount', `${LOCALITY_FILTER}\nRETURN count(l) AS total`, ['level']);

/**
 * Like the memory store: a locality counts the practices located in it or below it (PART_OF, child → parent), and
 * the distinct mechanisms they use; busiest first, then by code.
 */
export const LOCALITIES_PAGE = statement(
  'read.localitiesPage',
  `${LOCALITY_FILTER}
   OPTIONAL MATCH (l)<-[:PART_OF*0..]-(:Locality)<-[:LOCATED_IN]-(p:Practice)
   OPTIONAL MATCH (p)-[:USES]->(m:Mechanism)
   WITH l, count(DISTINCT p) AS practices, count(DISTINCT m) AS mechanisms
   ORDER BY practices DESC, l.code
   SKIP $offset LIMIT $limit
   RETURN l, practices, mechanisms`,
  ['level', 'offset', 'limit'],
);

const MECHANISM_FILTER = `MATCH (m:Mechanism)
   WHERE ($category IS NULL OR m.category = $category) AND ($curated IS NULL OR m.curated = $curated)`;

export const MECHANISMS_COUNT = statement(
  'read.mechanismsCount',
  `${MECHANISM_FILTER}\nRETURN count(m) AS total`,
  ['category', 'curated'],
);

/** Practices using the mechanism, and the distinct localities those practices are located in; most used, then by name. */
export const MECHANISMS_PAGE = statement(
  'read.mechanismsPage',
  `${MECHANISM_FILTER}
   OPTIONAL MATCH (m)<-[:USES]-(p:Practice)
   OPTIONAL MATCH (p)-[:LOCATED_IN]->(l:Locality)
   WITH m, count(DISTINCT p) AS practices, count(DISTINCT l) AS localities
   ORDER BY practices DESC, m.name
   SKIP $offset LIMIT $limit
   RETURN m, practices, localities`,
  ['category', 'curated', 'offset', 'limit'],
);

/** Mechanisms ranked for the adoption matrix: by all practices using them (one USES each), wherever located. */
export const ADOPTION_MECHANISMS = statement(
  'read.adoptionMechanisms',
  `MATCH (m:Mechanism)
   WHERE $mechanisms IS NULL OR m.name IN $mechanisms
   MATCH (m)<-[:USES]-(p:Practice)
   RETURN m.name AS name, count(p) AS practices`,
  ['mechanisms'],
);

/**
 * One row per (roll-up locality, mechanism) cell, for the kept mechanisms. A practice counts for the ancestor at
 * `$level` of each locality it is located in (PART_OF runs child → parent; `*0..` lets a locality at that level stand
 * for itself). Practices located only above the level have no cell. Totals and trimming are computed by the caller.
 */
export const ADOPTION_CELLS = statement(
  'read.adoptionCells',
  `MATCH (p:Practice)-[:USES]->(m:Mechanism)
   WHERE m.name IN $mechanisms
   MATCH (p)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..]->(a:Locality {level: $level})
   WHERE $localities IS NULL OR a.code IN $localities
   RETURN a.code AS code, a.name AS name, m.name AS mechanism, collect(DISTINCT p.id) AS practiceIds`,
  ['mechanisms', 'level', 'localities'],
);

/** Per-label counts, answered from Neo4j's count store (one branch per schema label). */
export const NODE_COUNTS = statement(
  'read.nodeCounts',
  NODE_LABELS.map((l) => `MATCH (n:${label(l)}) RETURN '${l}' AS key, count(n) AS count`).join('\nUNION ALL\n'),
);

export const RELATIONSHIP_COUNTS = statement(
  'read.relationshipCounts',
  RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${relType(t)}]->() RETURN '${t}' AS key, count(r) AS count`).join('\nUNION ALL\n'),
);

/** Unordered: the caller sorts by id in JavaScript, so the order matches the memory store's exactly. */
export const EXPORT_NODES = statement('read.exportNodes', `MATCH (n:${ANY_LABEL}) RETURN n`);

export const EXPORT_RELATIONSHIPS = statement(
  'read.exportRelationships',
  `MATCH (a:${ANY_LABEL})-[r:${ANY_REL_TYPE}]->(b:${ANY_LABEL})
   RETURN a.id AS start, r, b.id AS end`,
);
