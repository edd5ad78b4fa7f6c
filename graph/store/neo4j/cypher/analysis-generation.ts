/**
 * Generations of the analyses, so `replaceAnalyses` can write 500k relationships in small transactions and still
 * switch from the old analyses to the new ones at once. Each replace claims a generation number, writes its
 * SIMILAR_TO / REPRINT_OF relationships stamped with it (invisible to the store's reads meanwhile), then one small
 * transaction makes it current and sets the mechanisms' family properties; the older generations are deleted
 * afterwards in batches. The current number lives on one node outside the schema's labels (`AnalysisState`), so
 * exports, stats and @neo4j/graphql never see it. Relationships without a generation (a graph loaded from a Cypher
 * export) are generation 0, current while no replace has run.
 */
import { ANALYSIS_RELATIONSHIP_TYPES } from '../../../schema';
import { label, relType, schemaName } from './identifiers';
import { statement } from './statement';
import { GENERATION_PROPERTY } from './stored-properties';

/** The node that holds the generation numbers: its label and properties (known to the offline Cypher lint). */
export const ANALYSIS_STATE = {
  label: 'AnalysisState',
  properties: ['id', 'current', 'next', 'busy', 'version', 'staleSince'],
} as const;
const STATE = `${schemaName(ANALYSIS_STATE.label)} {id: 'analyses'}`;
const GENERATION = schemaName(GENERATION_PROPERTY);
const ANALYSIS_TYPES = ANALYSIS_RELATIONSHIP_TYPES.map(relType);

/** `r` (an analysis relationship) belongs to the current generation, `$generation`. */
export function current(r: string): string {
  return `coalesce(${r}.${GENERATION}, 0) = $generation`;
}

/** `r` (any schema relationship) is visible: not an analysis one, or one of the current generation. */
export function visible(r: string): string {
  return `(NOT type(${r}) IN [${ANALYSIS_TYPES.map((t) => `'${t}'`).join(', ')}] OR ${current(r)})`;
}

/** The practice `p` is not a reprint: it has no current REPRINT_OF to an earlier practice. */
export function notReprint(p: string): string {
  return `NOT EXISTS { (${p})-[x:${relType('REPRINT_OF')}]->(:${label('Practice')}) WHERE ${current('x')} }`;
}

/** The current generation, and whether a replace has not finished (its relationships or older ones are still stored). */
export const ANALYSIS_GENERATION = statement({
  name: 'analysis.generation',
  text: `OPTIONAL MATCH (g:${STATE})
   RETURN coalesce(g.current, 0) AS generation, g.busy IS NOT NULL AS busy`,
});

/** A new generation number, higher than any claimed before (the MERGE and SET lock the state node). */
export const CLAIM_GENERATION = statement({
  name: 'analysis.claimGeneration',
  text: `MERGE (g:${STATE})
   SET g.next = coalesce(g.next, g.current, 0) + 1
   SET g.busy = g.next
   RETURN g.next AS generation`,
});

/** Makes `$generation` current unless a later replace already did; no row back means it lost. */
export const SWITCH_GENERATION = statement({
  name: 'analysis.switchGeneration',
  text: `MATCH (g:${STATE})
   WHERE coalesce(g.current, 0) < $generation
   SET g.current = $generation
   RETURN g.current AS generation`,
  params: ['generation'],
});

function deleteGenerations(name: string, condition: string) {
  return statement({
    name,
    text: `MATCH (:${label('Practice')})-[r:${ANALYSIS_TYPES.join('|')}]->(:${label('Practice')})
     WHERE coalesce(r.${GENERATION}, 0) ${condition} $generation
     CALL (r) { DELETE r } IN TRANSACTIONS OF $batchSize ROWS`,
    params: ['generation', 'batchSize'],
  });
}

/** After `$generation` became current: the older ones go, in transactions of `$batchSize` relationships. */
export const DELETE_OLDER_GENERATIONS = deleteGenerations('analysis.deleteOlderGenerations', '<');

/** After a replace failed: what it wrote goes, the same way. */
export const DELETE_GENERATION = deleteGenerations('analysis.deleteGeneration', '=');

/** Nothing is pending any more: counts of analysis relationships can come from the count store again. */
export const FINISH_GENERATION = statement({
  name: 'analysis.finishGeneration',
  text: `MATCH (g:${STATE})
   WHERE g.busy <= $generation
   REMOVE g.busy`,
  params: ['generation'],
});

/** Analysis relationships of the current generation, counted one by one while a replace is unfinished. */
export const CURRENT_ANALYSIS_COUNTS = statement({
  name: 'analysis.currentCounts',
  text: ANALYSIS_TYPES.map(
    (t) =>
      `MATCH (:${label('Practice')})-[r:${t}]->(:${label('Practice')}) WHERE ${current('r')} RETURN '${t}' AS key, count(r) AS count`,
  ).join('\nUNION ALL\n'),
  params: ['generation'],
});

/**
 * Whether the analyses are current (graph-store.ts AnalysisStatus): `version` counts the writes that changed the graph,
 * `staleSince` is set by the first one the analyses do not cover. The first SET locks the state node, so the second
 * reads what the last committed write left (no lost update between concurrent writers).
 */
export const MARK_STALE = statement({
  name: 'analysis.markStale',
  text: `MERGE (g:${STATE})
   SET g.version = coalesce(g.version, 0) + 1
   SET g.staleSince = coalesce(g.staleSince, $now)
   RETURN g.version AS version`,
  params: ['now'],
});

/**
 * In the transaction that switched to a new generation (the switch holds the state node's lock): the analyses are
 * current when they were computed from the graph's version as it still is. clear() uses it with its own version.
 */
export const MARK_CURRENT = statement({
  name: 'analysis.markCurrent',
  text: `MATCH (g:${STATE})
   WHERE coalesce(g.version, 0) = $computedFrom
   REMOVE g.staleSince`,
  params: ['computedFrom'],
});

export const ANALYSIS_STATUS = statement({
  name: 'analysis.status',
  text: `OPTIONAL MATCH (g:${STATE})
   RETURN coalesce(g.version, 0) AS version, g.staleSince AS since`,
});

/**
 * On open: a graph with practices whose state node has no version was written by a version of this store that did not
 * record whether its analyses finished (or loaded from a Cypher export): it is marked stale, so the next run recomputes.
 */
export const STALE_IF_UNRECORDED = statement({
  name: 'analysis.staleIfUnrecorded',
  text: `MATCH (p:${label('Practice')})
   WITH p LIMIT 1
   OPTIONAL MATCH (g:${STATE})
   WITH p, g WHERE g IS NULL OR g.version IS NULL
   MERGE (s:${STATE})
   SET s.version = coalesce(s.version, 0) + 1
   SET s.staleSince = coalesce(s.staleSince, $now)`,
  params: ['now'],
});
