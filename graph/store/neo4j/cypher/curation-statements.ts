/**
 * The researchers' curation of the mechanism vocabulary (`kg mechanisms`, `kg relink`): how each mechanism was linked,
 * the stored bulletins read back for relinking, and the mechanisms settled after it. Reprints never count.
 */
import { notReprint } from './analysis-generation';
import { statement } from './statement';

/** Per asked name (in the order asked), its practices' USES — rule, practice, evidence — in practice id order. */
export const MECHANISM_USAGE = statement({
  name: 'curation.mechanismUsage',
  text: `UNWIND range(0, size($names) - 1) AS i
   MATCH (m:Mechanism {name: $names[i]})
   OPTIONAL MATCH (m)<-[u:USES]-(p:Practice)
   WHERE ${notReprint('p')}
   WITH i, m, u, p ORDER BY p.id
   WITH i, m, collect(CASE WHEN p IS NULL THEN null ELSE {via: u.via, practiceId: p.id, evidence: u.evidence} END) AS uses
   RETURN m.name AS name, uses ORDER BY i`,
  params: ['names', 'generation'],
});

/** Every bulletin with its practices by ordinal, each with the names of its mechanisms; bulletins in id order. */
export const STORED_BULLETINS = statement({
  name: 'curation.storedBulletins',
  text: `MATCH (b:Bulletin)
   OPTIONAL MATCH (b)-[:CONTAINS]->(p:Practice)
   WITH b, p ORDER BY p.ordinal, p.id
   WITH b, collect(CASE WHEN p IS NULL THEN null ELSE {p: p, mechanisms: [(p)-[:USES]->(m:Mechanism) | m.name]} END) AS practices
   RETURN b, practices ORDER BY b.id`,
});

/** The listed mechanisms take exactly these properties (lists replaced, not unioned); the analyses' ones stay. */
export const SET_MECHANISMS = statement({
  name: 'curation.setMechanisms',
  text: `UNWIND $rows AS row
   MATCH (m:Mechanism {id: row.id})
   SET m += row.properties`,
  params: ['rows'],
});

/** Mechanisms no practice uses that the list leaves out go (USES is the only relationship a Mechanism has). */
export const DELETE_UNUSED_MECHANISMS = statement({
  name: 'curation.deleteUnusedMechanisms',
  text: `MATCH (m:Mechanism)
   WHERE NOT m.id IN $ids AND COUNT { (m)<-[:USES]-(:Practice) } = 0
   WITH m, m.name AS name
   DELETE m
   RETURN name`,
  params: ['ids'],
});
