/**
 * A validation rule refusing operations nested deeper than `maxDepth` (fragments followed; introspection fields
 * such as __schema are not counted, so GraphiQL-style tools still load the schema).
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(context, operation.selectionSet, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth}`, {
            nodes: [operation],
            extensions: { limit: 'depth', depth, max: maxDepth },
          }),
        );
      }
    },
  });
}

/** Depth of a selection set: 1 + the deepest field's own sub-selection; a fragment seen on the path counts once. */
function selectionDepth(context: ValidationContext, selectionSet: SelectionSetNode, fragmentsOnPath: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? selectionDepth(context, selection.selectionSet, fragmentsOnPath) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(context, selection.selectionSet, fragmentsOnPath));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A cycle is reported by graphql's own NoFragmentCyclesRule; here it only must not loop.
      if (!fragment || fragmentsOnPath.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(context, fragment.selectionSet, new Set(fragmentsOnPath).add(name)));
    }
  }
  return deepest;
}
