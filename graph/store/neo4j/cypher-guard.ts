/**
 * What a researcher's query may do, judged from its EXPLAIN plan before it runs. Every refusal is `ReadOnly` (the
 * server's FORBIDDEN) with a message naming what was refused. The plan's operators are checked first, so each kind
 * gets its own message: LOAD CSV (files and URLs on the server), `CALL { } IN TRANSACTIONS` (commits on its own),
 * procedures outside a list of read-only informational ones (write, schema and admin procedures, dbms.*, plugins),
 * and administration commands (SHOW TRANSACTIONS, TERMINATE TRANSACTIONS, SHOW SETTINGS); then the plan's query type
 * must be 'r' (CREATE, MERGE, SET, DELETE, REMOVE and schema commands are not).
 */
import { StoreError } from '../store-error';

export interface PlanNode {
  operatorType: string;
  arguments: { [key: string]: string };
  children: PlanNode[];
}

const QUERY_TYPES: Record<string, string> = {
  w: 'writes',
  rw: 'reads and writes',
  s: 'changes the schema or the system',
};

/**
 * Procedures a researcher may call: those that only read the graph or describe it. Others that Neo4j marks READ are
 * left out on purpose: they block (db.awaitIndexes), change the planner's or statistics' state (db.stats.clear,
 * db.prepareForReplanning, db.resampleIndex) or reach outside the database.
 */
const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
]);

/** Catalogue commands that describe the schema; other SHOW commands and every TERMINATE administer the server. */
const CATALOG_OPERATORS: ReadonlySet<string> = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);

export function assertReadOnlyPlan(queryType: string, plan: PlanNode | false): void {
  if (plan) assertAllowedOperators(plan);
  if (queryType !== 'r') {
    const what = QUERY_TYPES[queryType] ?? `is of query type '${queryType}'`;
    throw refused(`only read-only queries may run here, and this one ${what}`);
  }
}

function assertAllowedOperators(plan: PlanNode): void {
  const operator = plan.operatorType.split('@')[0] ?? '';
  if (operator === 'LoadCSV') throw refused('LOAD CSV is not allowed here (it reads files and URLs on the server)');
  if (operator === 'TransactionApply' || operator === 'TransactionForeach') {
    throw refused('CALL { … } IN TRANSACTIONS is not allowed here (it commits in transactions of its own)');
  }
  if (operator.includes('ProcedureCall'))
    assertAllowedProcedure(/^\s*([\w.]+)\s*\(/.exec(plan.arguments['Details'] ?? '')?.[1]);
  if (
    (/^(Show|Terminate|Administration)/.test(operator) && !CATALOG_OPERATORS.has(operator)) ||
    operator.startsWith('System')
  ) {
    throw refused(`administration commands (${operator}) are not allowed here`);
  }
  for (const child of plan.children) assertAllowedOperators(child);
}

function assertAllowedProcedure(name: string | undefined): void {
  if (name !== undefined && READ_PROCEDURES.has(name)) return;
  if (name?.startsWith('dbms.'))
    throw refused(`dbms.* procedures administer the server and are not allowed here (${name})`);
  throw refused(
    `the procedure ${name ?? '(unknown)'} is not allowed here; read-only ones are: ${[...READ_PROCEDURES].join(', ')}`,
  );
}

function refused(reason: string): StoreError {
  return new StoreError('ReadOnly', `cypher: ${reason}`);
}
