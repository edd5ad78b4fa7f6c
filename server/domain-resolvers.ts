/**
 * The resolvers of every domain Query field, written once against the GraphStore port: the embedded schema and
 * @neo4j/graphql's schema both take this map. Each resolver checks its arguments, calls the port with the request's
 * abort signal, and presents; all of them are guarded (resolvers/guard-resolvers.ts).
 */
import type { GraphFieldResolver } from './schema/attach-resolvers';
import type { GraphStore } from '../graph/store/graph-store';
import { analysisResolvers } from './resolvers/analysis-resolvers';
import { cypherResolver } from './resolvers/cypher-resolver';
import { graphResolvers } from './resolvers/graph-resolvers';
import { guardResolvers } from './resolvers/guard-resolvers';
import { listingResolvers } from './resolvers/listing-resolvers';
import { practiceResolvers } from './resolvers/practice-resolvers';
import { viewResolvers } from './resolvers/view-resolvers';

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
