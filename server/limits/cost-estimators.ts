/**
 * The estimators graphql-query-complexity prices an operation with, in rows of store work. A domain field costs what
 * the store does for it — a neighbourhood its node limit times its depth, a search or listing its page size, the
 * adoption matrix its rows times its columns — whatever the client selects below it, since that is presentation of
 * rows already read. Introspection is priced by what it returns: `__schema` the size of the whole schema. Any other
 * field (the generated fields of the Neo4j mode, fields added later) costs 1, lists times their size.
 */
import { getNullableType, isCompositeType, isListType } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { FieldPrice, ServerLimits } from './server-limits';

const SIZE_ARGUMENTS = ['limit', 'first'];

export interface EstimatorOptions {
  limits: Pick<ServerLimits, 'fieldPrices' | 'introspectionTypeCost' | 'defaultListSize'>;
  /** The schema's size (schema-size.ts), the price of `__schema`. */
  schemaSize: number;
}

export function costEstimators(options: EstimatorOptions): ComplexityEstimator[] {
  return [
    introspectionEstimator(options),
    pricedFieldEstimator(options.limits.fieldPrices),
    sizedFieldEstimator(options.limits.defaultListSize),
  ];
}

function introspectionEstimator(options: EstimatorOptions): ComplexityEstimator {
  return ({ field }) => {
    if (field.name === '__schema') return options.schemaSize;
    if (field.name === '__type') return options.limits.introspectionTypeCost;
    if (field.name === '__typename') return 0;
    return undefined;
  };
}

function pricedFieldEstimator(prices: Record<string, FieldPrice>): ComplexityEstimator {
  return ({ type, field, args }) => {
    const price = prices[`${type.name}.${field.name}`];
    if (!price) return undefined;
    if ('fixed' in price) return price.fixed;
    let rows = 1;
    for (const [name, cap] of Object.entries(price.per)) rows *= clampedArgument(args, name, cap);
    return Math.ceil(price.unit * rows);
  };
}

/** An argument's value clamped to the store's cap, as the resolvers clamp it; absent (and no SDL default) is the cap. */
function clampedArgument(args: ComplexityEstimatorArgs['args'], name: string, cap: number): number {
  const value: unknown = args[name];
  return typeof value === 'number' ? Math.min(cap, Math.max(0, value)) : cap;
}

/**
 * 1 per field; a list multiplies its items' cost by its `limit`/`first` (or the default size). An object field with
 * a page size (a Neo4j `…Connection(first:)`) holds its page in the lists below it, which were counted at the default
 * size, so their cost is scaled to the page size.
 */
function sizedFieldEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const size = sizeArgument(args);
    if (isListType(getNullableType(field.type))) return 1 + (size ?? defaultListSize) * childComplexity;
    if (!isCompositeType(getNullableType(field.type)) || size === undefined) return 1 + childComplexity;
    return 1 + Math.ceil((childComplexity * size) / defaultListSize);
  };
}

function sizeArgument(args: ComplexityEstimatorArgs['args']): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const value: unknown = args[name];
    if (typeof value === 'number') return Math.max(0, value);
  }
  return undefined;
}
