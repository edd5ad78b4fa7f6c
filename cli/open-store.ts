/**
 * The composition root of the stores: picks the embedded SQLite store (default) or Neo4j (`NEO4J_URI` set, or
 * `--store neo4j`), with the data directory from `--data-dir`, `KG_DATA_DIR` or `./data`. `--store memory`, the name
 * of the embedded store before SQLite, still selects it, with a warning.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { GraphStore } from '../graph/store/graph-store';
import { createNeo4jStore, neo4jConfigFromEnv } from '../graph/store/neo4j';
import { createSqliteStore } from '../graph/store/sqlite';
import { StoreError } from '../graph/store/store-error';

export type StoreKind = 'sqlite' | 'neo4j';

export interface StoreOptions {
  store?: string;
  dataDir?: string;
  readOnly?: boolean;
}

/** The memory store's file: this version does not read it. */
const OLD_SNAPSHOT = 'graph.snapshot';
let told = false;

export function storeKind({
  options,
  env = process.env,
  warn = (line) => console.error(line),
}: {
  options: StoreOptions;
  env?: NodeJS.ProcessEnv;
  warn?: (line: string) => void;
}): StoreKind {
  const kind = options.store ?? (env['NEO4J_URI'] ? 'neo4j' : 'sqlite');
  if (kind === 'memory') {
    warn('kg: --store memory is deprecated: the embedded store is SQLite now (graph.sqlite); use --store sqlite');
    return 'sqlite';
  }
  if (kind !== 'sqlite' && kind !== 'neo4j')
    throw new StoreError('InvalidInput', `unknown store "${kind}" (sqlite or neo4j)`);
  return kind;
}

export function dataDirectory(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(options.dataDir ?? env['KG_DATA_DIR'] ?? 'data');
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  const kind = storeKind({ options });
  let store: GraphStore;
  if (kind === 'neo4j') {
    const config = neo4jConfigFromEnv(process.env);
    if (!config)
      throw new StoreError(
        'InvalidInput',
        'the neo4j store needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD); see README',
      );
    store = createNeo4jStore(config);
  } else {
    const dataDir = dataDirectory(options);
    tellAboutSnapshot(dataDir);
    store = createSqliteStore({ dataDir, readOnly: options.readOnly ?? false });
  }
  await store.open();
  return store;
}

/** An earlier version's store in the data directory: say once how to bring its graph over (its codec is gone). */
function tellAboutSnapshot(dataDir: string): void {
  const snapshot = path.join(dataDir, OLD_SNAPSHOT);
  if (told || !existsSync(snapshot)) return;
  told = true;
  console.error(
    `kg: ${snapshot} is the store of an earlier version of governance-kg, which this version does not read; the graph now lives in ` +
      `${path.join(dataDir, 'graph.sqlite')}. To bring it over: with the earlier version run \`kg export --format json --out graph.json\`, ` +
      'then here `kg load graph.json`; afterwards graph.snapshot, graph.lock and analysis-terms.cache can be deleted.',
  );
}
