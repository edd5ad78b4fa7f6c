/** The five sample bulletins in a fresh memory store, for tests of the explorer's presenters on real answers. */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { createMemoryStore, type MemoryStore } from '../../graph/store/memory/create-memory-store';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import { sampleDocuments } from '../store/store-contract';

export async function sampleStore(): Promise<MemoryStore> {
  const store = createMemoryStore({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'kg-web-store-')),
    tokenize: (text) => sharedKnowledge().segmenter.words(text),
  });
  await store.open();
  for (const document of await sampleDocuments()) await store.upsertBulletin(document);
  return store;
}
