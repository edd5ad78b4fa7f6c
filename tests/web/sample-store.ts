/** The five sample bulletins in a fresh SQLite store, for tests of the explorer's presenters on real answers. */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { sampleDocuments } from '../store/store-contract';

export async function sampleStore(): Promise<SqliteStore> {
  const store = createSqliteStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'kg-web-store-')) });
  await store.open();
  for (const document of await sampleDocuments()) await store.upsertBulletin(document);
  return store;
}
