/**
 * Read-only Cypher for researchers. The query runs in a READ session (the server refuses writes there) after its
 * EXPLAIN plan has been checked (cypher-guard.ts), inside a transaction with a timeout, and at most `rowCap` rows are
 * read before the stream is cancelled. Refusals are `ReadOnly`, syntax and parameter errors `InvalidInput`, a query
 * past its time `Timeout`; messages are one line, never a stack trace.
 */
import neo4j from 'neo4j-driver';
import type { CypherOptions, CypherResult, ReadOptions } from '../graph-store';
import { StoreError } from '../store-error';
import { explainQuery } from './cypher/catalog';
import { NODE_IDS_BY_ELEMENT_ID } from './cypher/lookup-statements';
import type { ParamValue } from './cypher/statement';
import { run, type Neo4jConnection } from './connection';
import { assertReadOnlyPlan } from './cypher-guard';
import { ElementCollector, toPlainValue } from './plain-values';
import { field, stringField } from './record-fields';
import { clampLimit } from './request-limits';

export const CYPHER_LIMITS = {
  timeoutMs: { fallback: 10_000, cap: 120_000 },
  rowCap: { fallback: 1_000, cap: 10_000 },
} as const;

const OP = 'cypher';
/** EXPLAIN and PROFILE are added (or refused) by this function, not by the caller. */
const LEADING_PLAN_KEYWORD = /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(EXPLAIN|PROFILE)\b/i;

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
  options?: CypherOptions & ReadOptions;
}

export async function runReadOnlyCypher(connection: Neo4jConnection, request: CypherRequest): Promise<CypherResult> {
  const { query, params = {}, options = {} } = request;
  if (typeof query !== 'string' || query.trim() === '')
    throw new StoreError('InvalidInput', `${OP}: the query is empty`);
  const keyword = LEADING_PLAN_KEYWORD.exec(query)?.[1];
  if (keyword)
    throw new StoreError('InvalidInput', `${OP}: leave out ${keyword.toUpperCase()}; plans are not returned here`);
  // Clamped like every limit of the port: at least 1 (a zero timeout would mean "none" to Neo4j), at most the cap.
  const timeoutMs = Math.max(
    1,
    clampLimit({
      limit: options.timeoutMs,
      cap: CYPHER_LIMITS.timeoutMs.cap,
      fallback: CYPHER_LIMITS.timeoutMs.fallback,
    }),
  );
  const rowCap = Math.max(
    1,
    clampLimit({ limit: options.rowCap, cap: CYPHER_LIMITS.rowCap.cap, fallback: CYPHER_LIMITS.rowCap.fallback }),
  );
  const cypherParams = toCypherParams(params);

  return connection.read(
    OP,
    async (tx) => {
      const explained = await tx.run(explainQuery(query), cypherParams).summary();
      assertReadOnlyPlan(explained.queryType, explained.plan);
      const collector = new ElementCollector();
      const rows: unknown[][] = [];
      let truncated = false;
      const result = tx.run(query, cypherParams);
      const columns = await result.keys();
      for await (const record of result) {
        if (rows.length === rowCap) {
          truncated = true;
          break; // cancels the rest of the stream
        }
        rows.push(columns.map((key) => toPlainValue(record.get(key) as unknown, collector)));
      }
      const missing = collector.missingEndpoints();
      const looked = new Map<string, string>();
      if (missing.length > 0) {
        for (const r of await run({ tx, stmt: NODE_IDS_BY_ELEMENT_ID, params: { elementIds: missing } })) {
          const id = field(r, 'id');
          if (typeof id === 'string') looked.set(stringField(r, 'elementId'), id);
        }
      }
      collector.resolveEndpoints(looked);
      return {
        columns,
        rows,
        nodes: [...collector.nodes.values()],
        relationships: collector.graphRelationships(),
        truncated,
      };
    },
    { timeoutMs, ...(options.signal ? { signal: options.signal } : {}) },
  );
}

/**
 * JSON has one number type; whole numbers go as INTEGER (what `LIMIT $n` or `n.ordinal = $n` expect), others as FLOAT.
 * Anything that is not JSON-like is refused.
 */
export function toCypherParams(params: Record<string, unknown>): Record<string, ParamValue> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new StoreError('InvalidInput', `${OP}: params must be an object`);
  }
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toParam(value, key)]));
}

function toParam(value: unknown, path: string): ParamValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new StoreError('InvalidInput', `${OP}: parameter ${path} is not a finite number`);
    return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map((v: unknown, i) => toParam(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParam(v, `${path}.${k}`)]));
  }
  throw new StoreError('InvalidInput', `${OP}: parameter ${path} is not a JSON value`);
}
