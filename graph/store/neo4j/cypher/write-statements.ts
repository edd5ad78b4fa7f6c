/**
 * Writes: batched `UNWIND $rows … MERGE` per label and per relationship type (generated from the schema), the lookups
 * that decide between unchanged / created / replaced, and deletes. Row shapes are built by ../bulletin-write-plan.ts.
 */
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  isSharedLabel,
  type NodeLabel,
  type RelationshipType,
} from '../../../schema';
import { ANY_LABEL, label, propertyKey, relType } from './identifiers';
import { statement, type CypherStatement } from './statement';
import { FINGERPRINT_PROPERTY } from './stored-properties';

/** The stored bulletins an upsert may replace: the same source, or the same id (content hash). */
export const FIND_BULLETINS = statement({
  name: 'write.findBulletins',
  text: `MATCH (b:Bulletin {source: $source}) RETURN b.id AS id, b.${FINGERPRINT_PROPERTY} AS fingerprint
   UNION
   MATCH (b:Bulletin {id: $id}) RETURN b.id AS id, b.${FINGERPRINT_PROPERTY} AS fingerprint`,
  params: ['source', 'id'],
});

export const SET_FINGERPRINT = statement({
  name: 'write.setFingerprint',
  text: `MATCH (b:Bulletin {id: $id}) SET b.${FINGERPRINT_PROPERTY} = $fingerprint`,
  params: ['id', 'fingerprint'],
});

/**
 * Which of the document's node ids are already stored, under which label (one index seek per label). The caller
 * refuses an id stored under another label, and a practice or metric that still belongs to another bulletin.
 */
export const STORED_LABELS = statement({
  name: 'write.storedLabels',
  text: NODE_LABELS.map((l) => `UNWIND $ids AS id MATCH (n:${label(l)} {id: id}) RETURN id, '${l}' AS label`).join(
    '\nUNION ALL\n',
  ),
  params: ['ids'],
});

/**
 * A bulletin with what it owns: its practices, their metrics, and every edge of those (DETACH). Shared nodes
 * (localities, mechanisms, organizations) stay; other bulletins may use them.
 */
export const DELETE_BULLETIN = statement({
  name: 'write.deleteBulletin',
  text: `MATCH (b:Bulletin {id: $id})
   OPTIONAL MATCH (b)-[:CONTAINS]->(p:Practice)
   OPTIONAL MATCH (p)-[:REPORTS]->(m:Metric)
   WITH b, collect(DISTINCT p) AS practices, collect(DISTINCT m) AS metrics
   FOREACH (x IN metrics | DETACH DELETE x)
   FOREACH (x IN practices | DETACH DELETE x)
   DETACH DELETE b
   RETURN count(*) AS deleted`,
  params: ['id'],
});

/** One batch of `clear()`: small transactions, since one delete of a large graph can exhaust the heap. */
export const CLEAR_BATCH = statement({
  name: 'write.clearBatch',
  text: `MATCH (n:${ANY_LABEL})
   WITH n LIMIT $batchSize
   DETACH DELETE n
   RETURN count(*) AS deleted`,
  params: ['batchSize'],
});

/**
 * As CONTRACT.md states: the document's properties win (`+=`; a null removes the stored value), except list
 * properties of shared nodes (Mechanism.aliases), which arrive apart in `row.lists` and become the sorted union with what is stored
 * (Cypher orders strings by UTF-16 code units, as the embedded store's sort does).
 */
function upsertNodes(l: NodeLabel): CypherStatement<'rows'> {
  const shared = isSharedLabel(l);
  const lists = shared
    ? Object.entries(NODE_PROPERTIES[l])
        .filter(([, spec]) => spec.type === 'string[]')
        .map(([key]) => propertyKey(key))
    : [];
  const unions = lists.map(
    (key) =>
      `CALL (n, row) { UNWIND coalesce(n.${key}, []) + coalesce(row.lists.${key}, []) AS x ` +
      `WITH DISTINCT x ORDER BY x RETURN collect(x) AS union_${key} } SET n.${key} = union_${key}`,
  );
  return statement({
    name: `write.upsertNodes.${l}`,
    text: [
      `UNWIND $rows AS row`,
      `MERGE (n:${label(l)} {id: row.id})`,
      `SET n += row.properties`,
      ...unions.flatMap((u) => ['WITH n, row', u]),
    ].join('\n'),
    params: ['rows'],
  });
}

/**
 * Endpoints are matched by label and id (index seeks); a relationship is identified by its id, and its properties
 * are replaced. The returned ids let the caller name a relationship whose endpoint is missing instead of dropping it.
 */
function upsertRelationships(t: RelationshipType): CypherStatement<'rows'> {
  const { from, to } = RELATIONSHIPS[t];
  return statement({
    name: `write.upsertRelationships.${t}`,
    text: `UNWIND $rows AS row
     MATCH (a:${label(from)} {id: row.start})
     MATCH (b:${label(to)} {id: row.end})
     MERGE (a)-[r:${relType(t)} {id: row.id}]->(b)
     SET r = row.properties, r.id = row.id
     RETURN collect(row.id) AS written`,
    params: ['rows'],
  });
}

export const UPSERT_NODES: Readonly<Record<NodeLabel, CypherStatement<'rows'>>> = Object.fromEntries(
  NODE_LABELS.map((l) => [l, upsertNodes(l)]),
) as Record<NodeLabel, CypherStatement<'rows'>>;

export const UPSERT_RELATIONSHIPS: Readonly<Record<RelationshipType, CypherStatement<'rows'>>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, upsertRelationships(t)]),
) as Record<RelationshipType, CypherStatement<'rows'>>;
