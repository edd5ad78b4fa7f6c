/** Child process of tests/store/neo4j-replace-analyses.test.ts: one `replaceAnalyses` against the live Neo4j, to be killed midway. */
import { readFileSync } from 'fs';
import type { GraphAnalyses } from '../../graph/store/graph-store';
import { createNeo4jStore, neo4jConfigFromEnv } from '../../graph/store/neo4j';

async function main(): Promise<void> {
  const [file, batchSize] = process.argv.slice(2);
  const config = neo4jConfigFromEnv(process.env);
  if (!config || !file) throw new Error('usage: NEO4J_URI=… replace-analyses-child <analyses.json> <batch size>');
  const store = createNeo4jStore({ ...config, analysisBatchSize: Number(batchSize) });
  await store.replaceAnalyses(JSON.parse(readFileSync(file, 'utf8')) as GraphAnalyses);
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
