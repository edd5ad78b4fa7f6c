/** The schema served on the embedded store: the contract SDL without @neo4j/graphql's directives, with the domain resolvers. */
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import type { DomainResolvers } from '../resolvers/domain-resolvers';
import { attachQueryResolvers } from './attach-resolvers';
import { stripNeo4jDirectives } from './strip-neo4j-directives';

export function buildEmbeddedSchema(sdl: string, resolvers: DomainResolvers): GraphQLSchema {
  return attachQueryResolvers(buildASTSchema(stripNeo4jDirectives(parse(sdl))), resolvers.Query);
}
