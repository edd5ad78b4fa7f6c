/**
 * `replaceAnalyses` in batches, so 100k practices' 500k SIMILAR_TO relationships never sit in one transaction (and
 * one heap), while readers still switch from the old analyses to the new ones at once and a failed replace leaves
 * the old ones in place (cypher/analysis-generation.ts):
 * 1. check every endpoint and mechanism (a refused analysis writes nothing);
 * 2. claim a generation number;
 * 3. write the relationships, stamped with it, `batchSize` per transaction — the store's reads skip them;
 * 4. in one small transaction, make the generation current, set the mechanisms' family properties and, when the
 *    analyses were computed from the graph as it still is (`computedFrom`), clear the stale mark;
 * 5. delete the older generations with `CALL { } IN TRANSACTIONS`.
 * A failure in 3 or 4 deletes what was written and rethrows, as does the `signal` (Ctrl-C), checked before each
 * transaction of 3 and before 4; a crash leaves unreachable relationships that the next replace deletes in step 5. A replace that a later one overtook is dropped: the later analyses stay current.
 */
import neo4j from 'neo4j-driver';
import type { GraphRelationship, PropertyValue } from '../../graph-document';
import { ANALYSIS_RELATIONSHIP_TYPES, NODE_PROPERTIES } from '../../schema';
import { analysisPracticeIds, checkAnalyses, missingPractices } from '../analysis-checks';
import type { GraphAnalyses } from '../graph-store';
import { StoreError } from '../store-error';
import {
  CLAIM_GENERATION,
  DELETE_GENERATION,
  DELETE_OLDER_GENERATIONS,
  FINISH_GENERATION,
  MARK_CURRENT,
  SWITCH_GENERATION,
} from './cypher/analysis-generation';
import {
  CLEAR_MECHANISM_ANALYSES,
  CREATE_ANALYSIS_RELATIONSHIPS,
  MISSING_MECHANISMS,
  MISSING_PRACTICES,
  SET_MECHANISM_ANALYSES,
} from './cypher/analysis-statements';
import type { ParamValue } from './cypher/statement';
import { run, type Neo4jConnection } from './connection';
import { field, stringList } from './record-fields';
import { toCount } from './to-graph';

/** Relationships per write transaction, and per committed batch when older generations are deleted (default). */
export const ANALYSIS_BATCH_SIZE = 5_000;
const OP = 'replaceAnalyses';

export async function replaceAnalyses(
  connection: Neo4jConnection,
  request: { analyses: GraphAnalyses; batchSize?: number; computedFrom?: number; signal?: AbortSignal },
): Promise<void> {
  const { analyses, signal } = request;
  const size = request.batchSize ?? ANALYSIS_BATCH_SIZE;
  checkAnalyses(analyses);
  signal?.throwIfAborted();
  const names = Object.keys(analyses.mechanismProperties);
  await connection.read(OP, async (tx) => {
    const [practices] = await run({ tx, stmt: MISSING_PRACTICES, params: { ids: [...analysisPracticeIds(analyses)] } });
    const missing = practices ? stringList(field(practices, 'missing'), 'missing') : [];
    if (missing.length > 0) throw missingPractices(missing);
    const [mechanisms] = await run({ tx, stmt: MISSING_MECHANISMS, params: { names } });
    const unknown = mechanisms ? stringList(field(mechanisms, 'missing'), 'missing') : [];
    if (unknown.length > 0)
      throw new StoreError('InvalidInput', `${OP}: no mechanism ${unknown.slice(0, 3).join(', ')} in the store`);
  });
  const claimed = await connection.write(OP, async (tx) => {
    const [record] = await run({ tx, stmt: CLAIM_GENERATION, params: {} });
    return record ? toCount(field(record, 'generation'), 'generation') : 0;
  });
  const generation = neo4j.int(claimed);
  const batchSize = neo4j.int(size);
  try {
    for (const type of ANALYSIS_RELATIONSHIP_TYPES) {
      const rows = analyses.relationships.filter((r) => r.type === type).map(relationshipRow);
      for (let i = 0; i < rows.length; i += size) {
        const batch = rows.slice(i, i + size);
        signal?.throwIfAborted();
        await connection.write(OP, (tx) =>
          run({ tx, stmt: CREATE_ANALYSIS_RELATIONSHIPS[type], params: { rows: batch, generation } }),
        );
      }
    }
    signal?.throwIfAborted();
    const switched = await connection.write(OP, async (tx) => {
      if ((await run({ tx, stmt: SWITCH_GENERATION, params: { generation } })).length === 0) return false;
      await run({ tx, stmt: CLEAR_MECHANISM_ANALYSES, params: {} });
      const rows = names.map((name) => ({
        name,
        properties: mechanismProperties(analyses.mechanismProperties[name] ?? {}),
      }));
      for (let i = 0; i < rows.length; i += ANALYSIS_BATCH_SIZE)
        await run({ tx, stmt: SET_MECHANISM_ANALYSES, params: { rows: rows.slice(i, i + ANALYSIS_BATCH_SIZE) } });
      if (request.computedFrom !== undefined)
        await run({ tx, stmt: MARK_CURRENT, params: { computedFrom: neo4j.int(request.computedFrom) } });
      return true;
    });
    if (!switched) throw new Overtaken();
  } catch (error) {
    await connection.autoCommit(OP, DELETE_GENERATION, { generation, batchSize }).catch(() => undefined);
    await finish();
    if (error instanceof Overtaken) return;
    throw error;
  }
  await connection.autoCommit(OP, DELETE_OLDER_GENERATIONS, { generation, batchSize });
  await finish();

  /** Only one generation is stored again (unless a later replace is still writing): stats may use the count store. */
  async function finish(): Promise<void> {
    await connection
      .write(OP, (tx) => run({ tx, stmt: FINISH_GENERATION, params: { generation } }))
      .catch(() => undefined);
  }
}

/** A later replace made its generation current first. */
class Overtaken extends Error {}

function relationshipRow(rel: GraphRelationship): {
  id: string;
  start: string;
  end: string;
  properties: Record<string, ParamValue>;
} {
  return { id: rel.id, start: rel.start, end: rel.end, properties: { ...rel.properties } };
}

/** Whole numbers the schema declares `int` (family) go as INTEGER; JavaScript numbers would be stored as FLOAT. */
function mechanismProperties(properties: Record<string, PropertyValue>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    out[key] = NODE_PROPERTIES.Mechanism[key]?.type === 'int' && typeof value === 'number' ? neo4j.int(value) : value;
  }
  return out;
}
