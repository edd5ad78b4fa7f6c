/** `analysisStatus`: whether the analyses are current, from the state node (cypher/analysis-generation.ts). */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AnalysisStatus, ReadOptions } from '../graph-store';
import { ANALYSIS_STATUS } from './cypher/analysis-generation';
import { run, type Neo4jConnection } from './connection';
import { field } from './record-fields';
import { optionalString } from './report-rows';
import { toCount } from './to-graph';

export async function readAnalysisStatus(
  connection: Neo4jConnection,
  options: ReadOptions = {},
): Promise<AnalysisStatus> {
  return connection.read(
    'analysisStatus',
    async (tx) => {
      const { since } = await readGraphVersion(tx);
      return since === null ? { stale: false } : { stale: true, since };
    },
    options,
  );
}

/** The graph's version (0 before any write) and since when the analyses are stale (null: current). */
export async function readGraphVersion(tx: ManagedTransaction): Promise<{ version: number; since: string | null }> {
  const [record] = await run({ tx, stmt: ANALYSIS_STATUS, params: {} });
  return record
    ? { version: toCount(field(record, 'version'), 'version'), since: optionalString(field(record, 'since')) }
    : { version: 0, since: null };
}
