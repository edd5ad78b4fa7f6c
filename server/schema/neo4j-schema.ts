/**
 * The schema served on the Neo4j store: @neo4j/graphql builds it from the same SDL — the node types gain generated
 * read fields with filters, sorting, connections and aggregations — and the domain resolvers are passed to it.
 * Building needs no database; every request then does, since the library checks the server's version first.
 */
import { Neo4jGraphQL, type Neo4jGraphQLConstructor } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { DomainResolvers } from '../resolvers/domain-resolvers';

export async function buildNeo4jSchema(options: {
  sdl: string;
  driver: Driver;
  resolvers: DomainResolvers;
}): Promise<GraphQLSchema> {
  // The library types resolvers' arguments as records; ours are typed per field, which graphql has already checked.
  const resolvers = options.resolvers as unknown as Neo4jGraphQLConstructor['resolvers'];
  const library = new Neo4jGraphQL({ typeDefs: options.sdl, driver: options.driver, resolvers });
  return library.getSchema();
}
