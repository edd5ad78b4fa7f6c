/**
 * The composition root of the stores: picks the embedded memory store (default) or Neo4j (`NEO4J_URI` set, or
 * `--store neo4j`), with the data directory from `--data-dir`, `KG_DATA_DIR` or `./data`.
 */
import path from 'path';
import { createMemoryStore } from '../graph/store/memory/create-memory-store';
import type { GraphStore } from '../graph/store/graph-store';
import { createNeo4jStore, neo4jConfigFromEnv } from '../graph/store/neo4j';
import { StoreError } from '../graph/store/store-error';
import type { Segmenter } from '../ingest/segment/create-segmenter';

export type StoreKind = 'memory' | 'neo4j';

export interface StoreOptions {
  store?: string;
  dataDir?: string;
  readOnly?: boolean;
}

export function storeKind(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): StoreKind {
  const kind = options.store ?? (env['NEO4J_URI'] ? 'neo4j' : 'memory');
  if (kind !== 'memory' && kind !== 'neo4j') throw new StoreError('InvalidInput', `unknown store "${kind}" (memory or neo4j)`);
  return kind;
}

export function dataDirectory(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(options.dataDir ?? env['KG_DATA_DIR'] ?? 'data');
}

/** Opens the chosen store. The segmenter is needed only by the memory store (its full-text index). */
export async function openStore(options: StoreOptions, segmenter: () => Segmenter): Promise<GraphStore> {
  const kind = storeKind(options);
  let store: GraphStore;
  if (kind === 'neo4j') {
    const config = neo4jConfigFromEnv(process.env);
    if (!config) throw new StoreError('InvalidInput', 'the neo4j store needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD); see README');
    store = createNeo4jStore(config);
  } else {
    const words = segmenter();
    store = createMemoryStore({ dataDir: dataDirectory(options), tokenize: (text) => words.words(text), readOnly: options.readOnly ?? false });
  }
  await store.open();
  return store;
}
