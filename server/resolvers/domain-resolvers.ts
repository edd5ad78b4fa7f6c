/**
 * The resolvers of every domain Query field, written once against the GraphStore port: the embedded schema and
 * @neo4j/graphql's schema both take this map. Each resolver checks its arguments, calls the port with the request's
 * abort signal, and presents; all of them are guarded (guard-resolvers.ts).
 */
import type { GraphStore } from '../../graph/store/graph-store';
import type { GraphFieldResolver } from '../api-context';
import { analysisResolvers } from './analysis-resolvers';
import { cypherResolver } from './cypher-resolver';
import { graphResolvers } from './graph-resolvers';
import { guardResolvers } from './guard-resolvers';
import { listingResolvers } from './listing-resolvers';
import { practiceResolvers } from './practice-resolvers';
import { viewResolvers } from './view-resolvers';

export interface DomainResolvers {
  Query: Record<string, GraphFieldResolver>;
}

export function domainResolvers(store: GraphStore): DomainResolvers {
  return {
    Query: guardResolvers({
      ...listingResolvers(store),
      ...graphResolvers(store),
      ...practiceResolvers(store),
      ...analysisResolvers(store),
      ...cypherResolver(store),
      ...viewResolvers(store),
    }),
  };
}
