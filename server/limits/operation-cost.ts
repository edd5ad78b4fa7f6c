/**
 * Prices one operation with graphql-query-complexity and the store-priced estimators, with the request's variables
 * (a `limit: $limit` is priced at its value, so the explorer's queries cost what they ask for). Runs once Apollo has
 * validated the document and picked the operation, before anything executes.
 */
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimators } from './cost-estimators';
import { limitRefusal } from './limit-refusal';
import { schemaSize } from './schema-size';
import type { ServerLimits } from './server-limits';

export interface OperationCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
  limits: Pick<ServerLimits, 'maxCost' | 'fieldPrices' | 'introspectionTypeCost' | 'defaultListSize'>;
}

export type OperationCost = { cost: number; refusal?: undefined } | { cost?: number; refusal: Error };

/**
 * The cost, with a refusal when it passes `maxCost`. Variables that do not fit the operation are left to execution,
 * which refuses them (BAD_USER_INPUT) before any resolver runs: the cost is then 0.
 */
export function operationCost(input: OperationCostInput): OperationCost {
  const { schema, document, operation, limits } = input;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return { cost: 0 };
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      ...(operation.name ? { operationName: operation.name.value } : {}),
      variables: input.variables ?? {},
      estimators: costEstimators({ limits, schemaSize: schemaSize(schema) }),
    });
  } catch {
    // The library stops at 10,000 evaluated fields: fragments spread into fragments can multiply a short document.
    return { refusal: refused(Number.POSITIVE_INFINITY, limits.maxCost) };
  }
  return cost > limits.maxCost ? { cost, refusal: refused(cost, limits.maxCost) } : { cost };
}

function refused(cost: number, max: number): Error {
  const found = Number.isFinite(cost) ? cost : undefined;
  return limitRefusal({
    limit: 'cost',
    max,
    message: `query refused: its cost ${found ?? 'beyond 10,000 fields'} exceeds the limit of ${max}; ask for fewer items (smaller limits) or fewer aliases`,
    ...(found === undefined ? {} : { found }),
  });
}
