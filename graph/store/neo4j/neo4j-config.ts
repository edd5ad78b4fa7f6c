/**
 * The Neo4j store's settings from the environment (DESIGN.md "Modes"): none without NEO4J_URI. Without
 * NEO4J_PASSWORD the store connects without a password, as to the development Neo4j of `npm run neo4j:dev`, whose
 * auth is off unless NEO4J_PASSWORD is set; a server that wants one answers with a clear error at `open()`.
 */
import type { Neo4jStoreConfig } from './connection';

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv): Neo4jStoreConfig | null {
  const uri = env['NEO4J_URI']?.trim();
  if (!uri) return null;
  const database = env['NEO4J_DATABASE']?.trim();
  const batch = Number(env['NEO4J_ANALYSIS_BATCH_SIZE'] ?? '');
  return {
    uri,
    user: env['NEO4J_USER']?.trim() || 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? '',
    ...(database ? { database } : {}),
    // Analysis relationships per write transaction (replace-analyses.ts): smaller for a small heap, or to test Ctrl-C.
    ...(Number.isInteger(batch) && batch > 0 ? { analysisBatchSize: batch } : {}),
  };
}
