/** Puts the domain resolvers on a schema built from the SDL, and insists that SDL and resolvers name the same fields. */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { ApiContext, GraphFieldResolver } from '../api-context';

export function attachQueryResolvers(
  schema: GraphQLSchema,
  resolvers: Record<string, GraphFieldResolver>,
): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (!field) throw new Error(`attachQueryResolvers: the SDL has no Query.${name}`);
    field.resolve = resolve as GraphQLFieldResolver<unknown, ApiContext>;
  }
  const missing = Object.keys(fields).filter((name) => !(name in resolvers));
  if (missing.length > 0) throw new Error(`attachQueryResolvers: no resolver for Query.${missing.join(', Query.')}`);
  return schema;
}
