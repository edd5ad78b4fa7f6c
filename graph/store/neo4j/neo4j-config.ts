/** The Neo4j store's settings from the environment (DESIGN.md "Modes"): none without NEO4J_URI. */
import { StoreError } from '../store-error';
import type { Neo4jStoreConfig } from './connection';

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv): Neo4jStoreConfig | null {
  const uri = env['NEO4J_URI']?.trim();
  if (!uri) return null;
  const password = env['NEO4J_PASSWORD'];
  if (password === undefined) throw new StoreError('InvalidInput', `neo4j: NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not`);
  const database = env['NEO4J_DATABASE']?.trim();
  return { uri, user: env['NEO4J_USER']?.trim() || 'neo4j', password, ...(database ? { database } : {}) };
}
