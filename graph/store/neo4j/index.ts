/** The Neo4j store's public surface. */
export { createNeo4jStore, type Neo4jGraphStore } from './create-neo4j-store';
export { CONNECTION_DEFAULTS, connectNeo4j, type Neo4jConnection, type Neo4jStoreConfig } from './connection';
export { neo4jConfigFromEnv } from './neo4j-config';
export { CYPHER_LIMITS, runReadOnlyCypher } from './run-read-only-cypher';
export { translateNeo4jError, type ErrorContext } from './translate-error';
