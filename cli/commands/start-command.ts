/** `kg start` (what `npm start` runs): ingests the bundled sample bulletins when the store is empty, then reports. */
import path from 'path';
import { knowledgeOnce } from '../knowledge-once';
import { openStore, type StoreOptions } from '../open-store';
import { packageRoot } from '../package-root';
import { ingestCommand } from './ingest-command';

export const SAMPLES_DIR = path.join(packageRoot(), 'data', 'samples');

export async function startCommand(options: StoreOptions): Promise<number> {
  const store = await openStore({ ...options, readOnly: true }, () => knowledgeOnce().segmenter);
  const stats = await store.stats();
  await store.close();
  if (stats.bulletins === 0) {
    console.log(`the ${store.kind} store is empty: ingesting the sample bulletins from ${SAMPLES_DIR}`);
    const code = await ingestCommand([SAMPLES_DIR], options);
    if (code !== 0) return code;
  } else {
    console.log(`the ${store.kind} store holds ${stats.bulletins} bulletin(s) and ${stats.practices} practice(s)`);
  }
  return 0;
}
