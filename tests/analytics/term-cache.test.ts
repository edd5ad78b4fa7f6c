/**
 * The analyses' term cache in the SQLite store: the ingest hands each practice's terms to the store beside its
 * document, so a recompute segments nothing and gives exactly the analyses of a recompute from scratch; documents
 * without terms (a loaded export) are segmented once and their terms kept; other knowledge (another fingerprint)
 * reuses nothing.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { computeAnalyses } from '../../graph/analytics/compute-analyses';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { ingestFiles, type IngestRun } from '../../ingest/ingest-files';
import { refreshAnalyses } from '../../cli/refresh-analyses';
import { storeBulletins } from '../../cli/store-bulletins';
import { SAMPLES_DIR, sharedKnowledge } from '../helpers/sample-bulletins';
import { sampleContext } from './sample-practices';

let run: IngestRun;
const stores: SqliteStore[] = [];
const quiet = () => undefined;

async function freshStore(): Promise<SqliteStore> {
  const store = createSqliteStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'kg-terms-')) });
  await store.open();
  stores.push(store);
  return store;
}

beforeAll(async () => {
  run = await ingestFiles([SAMPLES_DIR], { workers: 1, knowledge: sharedKnowledge() });
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

test('terms handed over by the ingest are used: nothing is segmented, the analyses equal a run from scratch', async () => {
  const store = await freshStore();
  const tally = await storeBulletins({
    store,
    bulletins: run.bulletins.map((b) => ({ document: b.document, terms: b.terms })),
    analysis: sampleContext,
    log: quiet,
  });
  expect(tally.analyses).toContain('0 segmented, 19 from the term cache');
  const { practices } = await store.analysisInput();
  const scratch = computeAnalyses(practices, sampleContext());
  const exported = await store.exportDocument();
  expect(
    exported.relationships
      .filter((r) => r.type === 'SIMILAR_TO' || r.type === 'REPRINT_OF')
      .map((r) => r.id)
      .sort(),
  ).toEqual(scratch.analyses.relationships.map((r) => r.id).sort());
});

test('documents without terms are segmented once; the next run reuses what was kept', async () => {
  const store = await freshStore();
  await storeBulletins({
    store,
    bulletins: run.bulletins.map((b) => ({ document: b.document })),
    analysis: undefined,
    log: quiet,
  });
  expect(await refreshAnalyses({ store, context: sampleContext(), log: quiet })).toContain(
    '19 segmented, 0 from the term cache',
  );
  expect(await refreshAnalyses({ store, context: sampleContext(), log: quiet })).toContain(
    '0 segmented, 19 from the term cache',
  );
});

test('terms cut by other knowledge (another fingerprint) are not reused', async () => {
  const store = await freshStore();
  await storeBulletins({
    store,
    bulletins: run.bulletins.map((b) => ({ document: b.document, terms: b.terms })),
    analysis: undefined,
    log: quiet,
  });
  const other = { ...sampleContext(), fingerprint: async () => 'other knowledge' };
  expect(await refreshAnalyses({ store, context: other, log: quiet })).toContain('19 segmented, 0 from the term cache');
  expect(await refreshAnalyses({ store, context: sampleContext(), log: quiet })).toContain(
    '19 segmented, 0 from the term cache',
  );
});
