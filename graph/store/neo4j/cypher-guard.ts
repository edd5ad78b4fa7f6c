/**
 * What a researcher's query may do, judged from its EXPLAIN plan before it runs. Read-only is decided by the plan's
 * query type ('r'); besides, reads that reach outside the database are refused: LOAD CSV (files and URLs on the
 * server's side) and procedures outside the `db.` namespace (dbms.* administration, plugin procedures that fetch URLs).
 */
import { StoreError } from '../store-error';

export interface PlanNode {
  operatorType: string;
  arguments: { [key: string]: string };
  children: PlanNode[];
}

const QUERY_TYPES: Record<string, string> = { w: 'writes', rw: 'reads and writes', s: 'changes the schema' };

export function assertReadOnlyPlan(queryType: string, plan: PlanNode | false): void {
  if (queryType !== 'r') {
    const what = QUERY_TYPES[queryType] ?? `is of query type '${queryType}'`;
    throw new StoreError('ReadOnly', `cypher: only read-only queries may run here, and this one ${what}`);
  }
  if (plan) assertAllowedOperators(plan);
}

function assertAllowedOperators(plan: PlanNode): void {
  const operator = plan.operatorType.split('@')[0] ?? '';
  if (operator === 'LoadCSV') {
    throw new StoreError('InvalidInput', 'cypher: LOAD CSV is not allowed here (it reads files and URLs on the server)');
  }
  if (operator.includes('ProcedureCall')) {
    const procedure = /^\s*([\w.]+)\s*\(/.exec(plan.arguments['Details'] ?? '')?.[1];
    if (!procedure?.startsWith('db.')) {
      throw new StoreError('InvalidInput', `cypher: only db.* procedures may be called here, not ${procedure ?? 'this procedure'}`);
    }
  }
  for (const child of plan.children) assertAllowedOperators(child);
}
