/**
 * Which schema the server serves, and what goes with it. Embedded store: the contract SDL with the domain resolvers.
 * Neo4j store (with its connection settings): @neo4j/graphql over the same SDL and resolvers, its own driver for the
 * generated fields, a database and a transaction timeout in each request's context, and driver errors translated
 * like the store's.
 */
import type { GraphQLSchema } from 'graphql';
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { GraphStore } from '../graph/store/graph-store';
import { CONNECTION_DEFAULTS, translateNeo4jError, type Neo4jStoreConfig } from '../graph/store/neo4j';
import type { ApiContext } from './api-context';
import { domainResolvers } from './resolvers/domain-resolvers';
import { SERVER_LIMITS } from './limits/server-limits';
import { buildEmbeddedSchema } from './schema/embedded-schema';
import { readSchemaSdl } from './schema/schema-sdl';

export interface ServingMode {
  schema: GraphQLSchema;
  /** Settings added to every request's context. */
  contextSettings: Pick<ApiContext, 'sessionConfig' | 'transaction'>;
  translateError?: (error: unknown) => unknown;
  close(): Promise<void>;
}

export async function servingMode(store: GraphStore, neo4jConfig: Neo4jStoreConfig | undefined): Promise<ServingMode> {
  const sdl = readSchemaSdl();
  const resolvers = domainResolvers(store);
  if (store.kind !== 'neo4j' || !neo4jConfig) {
    return { schema: buildEmbeddedSchema(sdl, resolvers), contextSettings: {}, close: async () => undefined };
  }
  const { uri, user, password, database } = neo4jConfig;
  // The store's own connection settings, so an unreachable server fails a request in seconds, not the driver's 30 s.
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: neo4jConfig.connectionTimeoutMs ?? CONNECTION_DEFAULTS.connectionTimeoutMs,
    maxTransactionRetryTime: neo4jConfig.maxRetryTimeMs ?? CONNECTION_DEFAULTS.maxRetryTimeMs,
  });
  try {
    // Loaded only here: @neo4j/graphql takes over a second to load, which the embedded mode need not pay.
    const { buildNeo4jSchema } = await import('./schema/neo4j-schema');
    const schema = await buildNeo4jSchema({ sdl, driver, resolvers });
    return {
      schema,
      contextSettings: {
        sessionConfig: database ? { database } : {},
        transaction: { timeout: SERVER_LIMITS.generatedQueryTimeoutMs },
      },
      translateError: (error) =>
        error instanceof Neo4jError
          ? translateNeo4jError(error, { operation: 'graphql', uri, user, ...(database ? { database } : {}) })
          : error,
      close: () => driver.close(),
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
