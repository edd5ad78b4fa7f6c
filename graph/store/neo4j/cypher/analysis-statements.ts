/**
 * The analyses (graph/analytics) in Neo4j: reading their input, replacing their results (SIMILAR_TO, REPRINT_OF,
 * Mechanism.family / familyName) and the diffusion reads over them. Reads return plain report rows — practice,
 * bulletin, date, locality — that ../read-diffusion.ts groups with the SQLite store's own rules
 * (graph/store/first-reports.ts). A practice with a REPRINT_OF out-edge is a reprint and never counts.
 */
import { ANALYSIS_NODE_PROPERTIES, type AnalysisRelationshipType } from '../../../schema';
import { notReprint } from './analysis-generation';
import { label, propertyKey, relType, schemaName } from './identifiers';
import { statement, type CypherStatement } from './statement';
import { GENERATION_PROPERTY } from './stored-properties';

const PRACTICE = label('Practice');
const NOT_REPRINT = notReprint('p');
/** A practice's report date: its own, else its bulletin's. */
const REPORT = `p.id AS practiceId, b.id AS bulletinId, coalesce(p.date, b.date) AS date`;

export const MECHANISM_BY_NAME = statement({
  name: 'analysis.mechanismByName',
  text: `MATCH (m:Mechanism) WHERE m.name = $mechanism OR m.id = $mechanism
   RETURN m ORDER BY m.id LIMIT 1`,
  params: ['mechanism'],
});

export const LOCALITY_BY_CODE = statement({
  name: 'analysis.localityByCode',
  text: `MATCH (l:Locality) WHERE l.code = $code OR l.id = $code
   RETURN l ORDER BY l.id LIMIT 1`,
  params: ['code'],
});

export const LOCALITIES_BY_CODE = statement({
  name: 'analysis.localitiesByCode',
  text: `UNWIND $codes AS code
   MATCH (l:Locality {code: code})
   RETURN l`,
  params: ['codes'],
});

export const MECHANISMS_BY_NAME = statement({
  name: 'analysis.mechanismsByName',
  text: `UNWIND $names AS name
   MATCH (m:Mechanism {name: name})
   RETURN m`,
  params: ['names'],
});

/** The mechanism's reports, each at the practice's own locality (`$level` null) or its ancestor at `$level`. */
export const DIFFUSION_REPORTS = statement({
  name: 'analysis.diffusionReports',
  text: `MATCH (m:Mechanism {id: $mechanismId})<-[:USES]-(p:${PRACTICE})-[:LOCATED_IN]->(l:Locality)
   WHERE ${NOT_REPRINT}
   MATCH (l)-[:PART_OF*0..]->(a:Locality)
   WHERE ($level IS NULL AND a = l) OR a.level = $level
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN DISTINCT a.code AS code, ${REPORT}`,
  params: ['mechanismId', 'level', 'generation'],
});

/** The mechanisms reported by practices located in the locality or below it. */
export const PORTFOLIO_REPORTS = statement({
  name: 'analysis.portfolioReports',
  text: `MATCH (t:Locality {id: $localityId})<-[:PART_OF*0..]-(:Locality)<-[:LOCATED_IN]-(p:${PRACTICE})-[:USES]->(m:Mechanism)
   WHERE ${NOT_REPRINT}
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN DISTINCT m.name AS mechanism, ${REPORT}`,
  params: ['localityId', 'generation'],
});

/** Every locality at `$level` with the mechanisms reported at or below it. */
export const LEVEL_PORTFOLIOS = statement({
  name: 'analysis.levelPortfolios',
  text: `MATCH (a:Locality {level: $level})<-[:PART_OF*0..]-(:Locality)<-[:LOCATED_IN]-(p:${PRACTICE})-[:USES]->(m:Mechanism)
   WHERE ${NOT_REPRINT}
   RETURN a.code AS code, collect(DISTINCT m.name) AS mechanisms`,
  params: ['level', 'generation'],
});

/** The locality's own chain, up and down: these are never "similar" to it, they contain it or it contains them. */
export const RELATED_CODES = statement({
  name: 'analysis.relatedCodes',
  text: `MATCH (t:Locality {id: $localityId})
   OPTIONAL MATCH (t)-[:PART_OF*0..]->(up:Locality)
   OPTIONAL MATCH (t)<-[:PART_OF*0..]-(down:Locality)
   RETURN collect(DISTINCT up.code) + collect(DISTINCT down.code) AS codes`,
  params: ['localityId'],
});

/** Members of a family, their practices, and their co-occurrences with the other members (practice × member pairs), reprints left out. */
export const FAMILY_MEMBERS = statement({
  name: 'analysis.familyMembers',
  text: `MATCH (m:Mechanism {${propertyKey('family')}: $family})
   OPTIONAL MATCH (m)<-[:USES]-(p:${PRACTICE})
   WHERE ${NOT_REPRINT}
   WITH m, count(p) AS practices
   OPTIONAL MATCH (m)<-[:USES]-(p:${PRACTICE})-[:USES]->(o:Mechanism {${propertyKey('family')}: $family})
   WHERE o <> m AND ${NOT_REPRINT}
   RETURN m, practices, count(o) AS cooccurrences`,
  params: ['family', 'generation'],
});

/** Every (mechanism, locality on the chain of a practice's locality) report: the adoption panel's raw rows. */
export const PANEL_REPORTS = statement({
  name: 'analysis.panelReports',
  text: `MATCH (p:${PRACTICE})-[:USES]->(m:Mechanism)
   WHERE ${NOT_REPRINT}
   MATCH (p)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..]->(a:Locality)
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN DISTINCT m.name AS mechanism, a.code AS code, a.name AS name, a.level AS level, b.title AS bulletinTitle, ${REPORT}`,
  params: ['generation'],
});

export const ANALYSIS_INPUT = statement({
  name: 'analysis.input',
  text: `MATCH (p:${PRACTICE})
   OPTIONAL MATCH (b:Bulletin)-[:CONTAINS]->(p)
   RETURN p.id AS id, p.title AS title, p.text AS text, b.id AS bulletinId, coalesce(p.date, b.date) AS date,
     [(p)-[:LOCATED_IN]->(l:Locality) | l.code] AS localityCodes,
     [(p)-[:USES]->(m:Mechanism) | m.name] AS mechanisms
   ORDER BY p.id`,
});

/** The ids that are not stored practices. */
export const MISSING_PRACTICES = statement({
  name: 'analysis.missingPractices',
  text: `UNWIND $ids AS id
   OPTIONAL MATCH (p:${PRACTICE} {id: id})
   WITH id, p WHERE p IS NULL
   RETURN collect(id) AS missing`,
  params: ['ids'],
});

/** The names that are not stored mechanisms. */
export const MISSING_MECHANISMS = statement({
  name: 'analysis.missingMechanisms',
  text: `UNWIND $names AS name
   OPTIONAL MATCH (m:Mechanism {name: name})
   WITH name, m WHERE m IS NULL
   RETURN collect(name) AS missing`,
  params: ['names'],
});

/** One batch of a generation's relationships (analysis-generation.ts), stamped with it. */
function createRelationships(type: AnalysisRelationshipType): CypherStatement<'rows' | 'generation'> {
  return statement({
    name: `analysis.create.${type}`,
    text: `UNWIND $rows AS row
     MATCH (a:${PRACTICE} {id: row.start})
     MATCH (b:${PRACTICE} {id: row.end})
     CREATE (a)-[r:${relType(type)}]->(b)
     SET r = row.properties, r.id = row.id, r.${schemaName(GENERATION_PROPERTY)} = $generation`,
    params: ['rows', 'generation'],
  });
}

export const CREATE_ANALYSIS_RELATIONSHIPS: Readonly<
  Record<AnalysisRelationshipType, CypherStatement<'rows' | 'generation'>>
> = {
  SIMILAR_TO: createRelationships('SIMILAR_TO'),
  REPRINT_OF: createRelationships('REPRINT_OF'),
};

const MECHANISM_KEYS = ANALYSIS_NODE_PROPERTIES.Mechanism.map(propertyKey);

/** Every mechanism's analysis properties are cleared, then the rows set theirs. */
export const CLEAR_MECHANISM_ANALYSES = statement({
  name: 'analysis.clearMechanisms',
  text: `MATCH (m:Mechanism)
   WHERE ${MECHANISM_KEYS.map((k) => `m.${k} IS NOT NULL`).join(' OR ')}
   REMOVE ${MECHANISM_KEYS.map((k) => `m.${k}`).join(', ')}`,
});

export const SET_MECHANISM_ANALYSES = statement({
  name: 'analysis.setMechanisms',
  text: `UNWIND $rows AS row
   MATCH (m:Mechanism {name: row.name})
   SET m += row.properties`,
  params: ['rows'],
});
