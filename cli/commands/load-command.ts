/** `kg load <export.json>`: reads a JSON export (validated) and writes its bulletins into the store. */
import { readJsonExport } from '../../graph/export/read-json-export';
import { splitByBulletin } from '../../graph/export/split-by-bulletin';
import { analysisContext } from '../analysis-context';
import { knowledgeOnce } from '../knowledge-once';
import { dataDirectory, openStore, type StoreOptions } from '../open-store';
import { formatTally, storeBulletins } from '../store-bulletins';

export async function loadCommand(file: string, options: StoreOptions): Promise<number> {
  const document = await readJsonExport(file);
  const bulletins = splitByBulletin(document);
  const store = await openStore(options);
  try {
    console.log(`read ${document.nodes.length} nodes, ${document.relationships.length} relationships, ${bulletins.length} bulletin(s) from ${file}`);
    // An export carries no terms: the analyses segment the texts (and keep the terms for the next run).
    const dataDir = dataDirectory(options);
    console.log(formatTally(store.kind, await storeBulletins(store, bulletins.map((document) => ({ document })), () => analysisContext(knowledgeOnce(dataDir), dataDir))));
  } finally {
    await store.close();
  }
  return 0;
}
