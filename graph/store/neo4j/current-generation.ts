/**
 * The current generation of the analyses (cypher/analysis-generation.ts), read first by every read that meets them,
 * and the check that keeps such a read on one generation. Neo4j reads see each committed change as it lands (read
 * committed), so a read that fetched generation n before a replace switched to n + 1 could meet the old generation
 * while it is being deleted. The old generation is only deleted after the switch commits, so re-reading the number at
 * the end of the read tells: unchanged, the read saw generation n whole; changed, it is run again.
 */
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';
import { StoreError } from '../store-error';
import { ANALYSIS_GENERATION } from './cypher/analysis-generation';
import { run, type Neo4jConnection } from './connection';
import { field } from './record-fields';
import { toCount } from './to-graph';

export interface GenerationState {
  /** The `$generation` parameter of the statements that filter analysis relationships. */
  generation: Integer;
  /** A replace is unfinished: relationships of other generations are stored beside the current ones. */
  busy: boolean;
}

/** The generation each open read transaction used, to be checked when its work is done. */
const used = new WeakMap<ManagedTransaction, number>();
/** A read overtaken by this many switches in a row gives up (replaces take seconds; reads milliseconds). */
const MAX_ATTEMPTS = 5;

export async function currentGeneration(tx: ManagedTransaction): Promise<GenerationState> {
  const state = await readState(tx);
  used.set(tx, state.generation);
  return { generation: neo4j.int(state.generation), busy: state.busy };
}

async function readState(tx: ManagedTransaction): Promise<{ generation: number; busy: boolean }> {
  const [record] = await run({ tx, stmt: ANALYSIS_GENERATION, params: {} });
  return {
    generation: record ? toCount(field(record, 'generation'), 'generation') : 0,
    busy: record ? field(record, 'busy') === true : false,
  };
}

class Overtaken extends Error {}

/** The connection with reads that answer from one generation of the analyses: a read a switch overtook runs again. */
export function generationConsistentReads(connection: Neo4jConnection): Neo4jConnection {
  return {
    ...connection,
    async read(operation, work, options) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await connection.read(
            operation,
            async (tx) => {
              const result = await work(tx);
              const seen = used.get(tx);
              if (seen !== undefined && (await readState(tx)).generation !== seen) throw new Overtaken();
              return result;
            },
            options,
          );
        } catch (error) {
          if (!(error instanceof Overtaken)) throw error;
          if (attempt === MAX_ATTEMPTS)
            throw new StoreError(
              'StoreUnavailable',
              `${operation}: the analyses were replaced ${MAX_ATTEMPTS} times during this read`,
            );
        }
      }
    },
  };
}
