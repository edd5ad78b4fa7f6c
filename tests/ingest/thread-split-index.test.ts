/**
 * The store's search index and analysis terms do not depend on how files were split between threads. Segmentation
 * learns nothing by side effect: a document's discovered mechanism names are part of its own output (its Mechanism
 * nodes), its terms are cut with the shared dictionary keeping those names whole, and the full-text index is made of
 * character bigrams (graph/store/sqlite/search-tokens.ts), which no segmenter touches. So the compiled `kg ingest` of
 * the samples and the unseen fixtures, sequential and on two threads, must store the same index terms, the same
 * analysis terms and give the same search answers — and the same as a store loaded from the export, whose analyses
 * cut the terms again in one thread from the names the store holds.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { createSqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { ftsTable } from '../../graph/store/sqlite/derived-ddl';
import { NODE_TABLES } from '../../graph/store/sqlite/sqlite-tables';
import { SEARCHABLE_LABELS } from '../../graph/store/search-rules';
import { SAMPLES_DIR, sharedKnowledge } from '../helpers/sample-bulletins';

const ROOT = path.join(__dirname, '..', '..');
const KG = path.join(ROOT, 'dist', 'cli', 'kg.js');
const WORKER = path.join(ROOT, 'dist', 'ingest', 'ingest-worker.js');
const UNSEEN_DIR = path.join(ROOT, 'tests', 'fixtures', 'unseen');
/** Copies of each text: the batch must be at least ingest-files.ts PARALLEL_MIN_FILES (64) to go parallel. */
const COPIES = 3;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-thread-split-'));
const corpus = path.join(tmp, 'corpus');
const stores = {
  sequential: path.join(tmp, 'sequential'),
  parallel: path.join(tmp, 'parallel'),
  loaded: path.join(tmp, 'loaded'),
};

function kg(args: string[]): void {
  const result = spawnSync(process.execPath, [KG, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`kg ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
}

/** Every index term of every searchable label: node id, column, term and position (fts5vocab over the contentless tables). */
function indexTerms(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, 'graph.sqlite'), { readonly: true });
  try {
    const rows: string[] = [];
    for (const label of SEARCHABLE_LABELS) {
      const vocab = `temp.${ftsTable(label)}_vocab`;
      db.exec(`CREATE VIRTUAL TABLE ${vocab} USING fts5vocab(main, ${ftsTable(label)}, instance)`);
      const query = `SELECT n.id AS id, v.col AS col, v.term AS term, v.offset AS offset FROM ${vocab} v JOIN "${NODE_TABLES[label].table}" n ON n.num = v.doc`;
      for (const row of db.prepare(query).all() as { id: string; col: string; term: string; offset: number }[])
        rows.push(`${label}\t${row.id}\t${row.col}\t${row.term}\t${row.offset}`);
    }
    return rows.sort();
  } finally {
    db.close();
  }
}

function tableRows(dataDir: string, sql: string): unknown[] {
  const db = new Database(path.join(dataDir, 'graph.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const practiceTerms = (dataDir: string) =>
  tableRows(dataDir, 'SELECT practice_id, terms FROM practice_terms ORDER BY practice_id');

async function searchAnswers(dataDir: string, queries: readonly string[]): Promise<unknown[]> {
  const store = createSqliteStore({ dataDir, readOnly: true });
  await store.open();
  try {
    const answers: unknown[] = [];
    for (const text of queries)
      answers.push((await store.search({ text, limit: 20 })).items.map((hit) => [hit.node.id, hit.score]));
    return answers;
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  if (!existsSync(KG) || !existsSync(WORKER))
    throw new Error(`${KG} is missing: run \`npm run build\` (npm install/ci runs it)`);
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus);
  const texts = [
    ...readdirSync(SAMPLES_DIR).map((name) => path.join(SAMPLES_DIR, name)),
    ...readdirSync(UNSEEN_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(UNSEEN_DIR, name)),
  ];
  // Each copy differs (a numbered line the cleaner keeps), so every file is its own bulletin.
  for (const file of texts) {
    const text = readFileSync(file, 'utf8');
    for (let copy = 0; copy < COPIES; copy++)
      writeFileSync(path.join(corpus, `${copy}-${path.basename(file)}`), `${text}\n（第${copy + 1}份）\n`);
  }
  expect(readdirSync(corpus).length).toBeGreaterThanOrEqual(64);
  const exported = path.join(tmp, 'export.json');
  kg(['ingest', corpus, '--data-dir', stores.sequential, '--workers', '1', '--export', exported]);
  kg(['ingest', corpus, '--data-dir', stores.parallel, '--workers', '2']);
  kg(['load', exported, '--data-dir', stores.loaded]);
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('sequential and parallel ingest store the same full-text index terms', () => {
  const sequential = indexTerms(stores.sequential);
  expect(sequential.length).toBeGreaterThan(10_000);
  expect(indexTerms(stores.parallel)).toEqual(sequential);
  expect(indexTerms(stores.loaded)).toEqual(sequential);
});

test('the analysis terms are the same whichever thread cut them, and the same when the analyses cut them from the store', () => {
  const sequential = practiceTerms(stores.sequential);
  expect(sequential.length).toBe(tableRows(stores.sequential, 'SELECT id FROM practice').length);
  expect(practiceTerms(stores.parallel)).toEqual(sequential);
  expect(practiceTerms(stores.loaded)).toEqual(sequential);
  // The analyses built on them agree too.
  const similar = (dir: string) => tableRows(dir, 'SELECT * FROM similar_to ORDER BY 1, 2');
  expect(similar(stores.sequential).length).toBeGreaterThan(0);
  expect(similar(stores.parallel)).toEqual(similar(stores.sequential));
});

test('discovered names the shared dictionary would cut are kept whole in the terms of their own bulletins', () => {
  const discovered = tableRows(stores.sequential, 'SELECT name FROM mechanism WHERE curated = 0 ORDER BY name') as {
    name: string;
  }[];
  const segmenter = sharedKnowledge().segmenter;
  const cutByDictionary = discovered.map((m) => m.name).filter((name) => segmenter.words(name).length > 1);
  expect(cutByDictionary.length).toBeGreaterThan(5);
  const terms = new Set(
    (practiceTerms(stores.parallel) as { terms: string }[]).flatMap((row) =>
      (JSON.parse(row.terms) as [string, number][]).map(([term]) => term),
    ),
  );
  expect(cutByDictionary.filter((name) => terms.has(name)).length).toBeGreaterThan(0);
});

test('searches answer the same from every store, discovered names included', async () => {
  const names = (tableRows(stores.sequential, 'SELECT name FROM mechanism ORDER BY name') as { name: string }[]).map(
    (m) => m.name,
  );
  const queries = [...names, '网格', '党建引领 议事', '红色物业', '调解', '乡村振兴'];
  const sequential = await searchAnswers(stores.sequential, queries);
  expect(sequential.filter((hits) => (hits as unknown[]).length > 0).length).toBeGreaterThan(names.length / 2);
  expect(await searchAnswers(stores.parallel, queries)).toEqual(sequential);
  expect(await searchAnswers(stores.loaded, queries)).toEqual(sequential);
}, 120_000);
