/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost`. The estimate counts every field once
 * per item it may be repeated for: a list field multiplies its sub-selection by its size — its own `limit` / `first`
 * argument (literal, or the schema default), or the `limit` of the object field above it (SearchPage.items gets
 * search's limit), or `defaultListSize`. Aliases add up, so asking for the same expensive field fifty times costs
 * fifty times as much. Store reads stay capped by READ_CAPS whatever the estimate.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface CostOptions {
  maxCost: number;
  defaultListSize: number;
  /** Size assumed for a `limit` given by a variable (unknown while validating). */
  variableListSize: number;
}

const SIZE_ARGUMENTS = ['limit', 'first'];

export function costLimitRule(options: CostOptions): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      const cost = selectionCost({ context, options }, operation.selectionSet, root ?? undefined, undefined, new Set());
      if (cost > options.maxCost) {
        context.reportError(
          new GraphQLError(`query cost ${cost} exceeds the limit of ${options.maxCost}; ask for fewer items or fewer aliases`, {
            nodes: [operation],
            extensions: { limit: 'cost', cost, max: options.maxCost },
          }),
        );
      }
    },
  });
}

interface Walk {
  context: ValidationContext;
  options: CostOptions;
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, inheritedSize: number | undefined, fragmentsOnPath: Set<string>): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) total += fieldCost(walk, selection, parent, inheritedSize, fragmentsOnPath);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typed = selection.typeCondition ? walk.context.getSchema().getType(selection.typeCondition.name.value) : parent;
      total += selectionCost(walk, selection.selectionSet, typed ?? undefined, inheritedSize, fragmentsOnPath);
    } else {
      const name = selection.name.value;
      const fragment = walk.context.getFragment(name);
      if (!fragment || fragmentsOnPath.has(name)) continue;
      const typed = walk.context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined;
      total += selectionCost(walk, fragment.selectionSet, typed, inheritedSize, new Set(fragmentsOnPath).add(name));
    }
  }
  return total;
}

function fieldCost(walk: Walk, field: FieldNode, parent: GraphQLNamedType | undefined, inheritedSize: number | undefined, fragmentsOnPath: Set<string>): number {
  const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
  const ownSize = sizeArgument(walk.options, field, definition);
  const returnsList = definition ? isListType(getNullableType(definition.type)) : false;
  const multiplier = returnsList ? (ownSize ?? inheritedSize ?? walk.options.defaultListSize) : 1;
  if (!field.selectionSet) return 1;
  const childType = definition ? getNamedType(definition.type) : undefined;
  const children = selectionCost(walk, field.selectionSet, childType, returnsList ? undefined : ownSize, fragmentsOnPath);
  return 1 + multiplier * children;
}

/** The field's `limit` / `first`: a literal, a variable (assumed large), or the argument's schema default. */
function sizeArgument(options: CostOptions, field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const given = field.arguments?.find((argument) => argument.name.value === name);
    if (given?.value.kind === Kind.INT) return Math.max(0, Number(given.value.value));
    if (given?.value.kind === Kind.VARIABLE) return options.variableListSize;
    const fallback = definition?.args.find((argument) => argument.name === name)?.defaultValue;
    if (given === undefined && typeof fallback === 'number') return fallback;
  }
  return undefined;
}
