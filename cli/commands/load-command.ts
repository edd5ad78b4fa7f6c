/** `kg load <export.json>`: reads a JSON export (validated) and writes its bulletins into the store. */
import { readJsonExport } from '../../graph/export/read-json-export';
import { splitByBulletin } from '../../graph/export/split-by-bulletin';
import { analysisContext } from '../analysis-context';
import { interruptible } from '../interruption';
import { knowledgeOnce } from '../knowledge-once';
import { dataDirectory, type StoreOptions } from '../open-store';
import { formatTally, storeBulletins } from '../store-bulletins';
import { writeInStore } from '../write-in-store';

export function loadCommand(file: string, options: StoreOptions): Promise<number> {
  return interruptible(async (signal) => {
    const document = await readJsonExport(file);
    const bulletins = splitByBulletin(document);
    await writeInStore(options, async (store) => {
      console.log(
        `read ${document.nodes.length} nodes, ${document.relationships.length} relationships, ${bulletins.length} bulletin(s) from ${file}`,
      );
      // An export carries no terms: the analyses segment the texts (and keep the terms for the next run).
      const dataDir = dataDirectory(options);
      const context = () => analysisContext(knowledgeOnce(dataDir), dataDir);
      console.log(
        formatTally(
          store.kind,
          await storeBulletins({
            store,
            bulletins: bulletins.map((document) => ({ document })),
            analysis: context,
            log: undefined,
            signal,
          }),
        ),
      );
    });
    return 0;
  });
}
