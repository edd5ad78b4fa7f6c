/**
 * What only the embedded store has: its file. A second process's commits are seen at the next read; a second writer
 * waits, then fails with `Locked` naming the data directory; kill -9 in the middle of writing loses at most the
 * bulletin in flight; a damaged, foreign, newer or non-SQLite file, a read-only directory and a full disk each give a
 * clear error naming the file, and what was stored stays intact.
 */
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync, spawn } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { GraphDocument } from '../../graph/graph-document';
import type { NodeLabel } from '../../graph/schema';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { expectStoreError, sampleDocuments } from './store-contract';

const ROOT = path.join(__dirname, '..', '..');
const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-files-'));
let docs: GraphDocument[];
const stores: SqliteStore[] = [];

async function opened(
  dataDir: string,
  options: { readOnly?: boolean; busyTimeoutMs?: number } = {},
): Promise<SqliteStore> {
  const store = createSqliteStore({ dataDir, ...options });
  await store.open();
  stores.push(store);
  return store;
}

/** The sample documents under another source (and so other ids): as many distinct bulletins as needed. */
function copyOf(doc: GraphDocument, n: number): GraphDocument {
  const bulletinId = doc.nodes.find((node) => node.labels[0] === 'Bulletin')!.id;
  const key = bulletinId.slice(bulletinId.indexOf(':') + 1);
  const copy = JSON.parse(JSON.stringify(doc).split(key).join(`${key}copy${n}`)) as GraphDocument;
  const bulletin = copy.nodes.find((node) => node.labels[0] === 'Bulletin')!;
  bulletin.properties.source = `copies/${n}.txt`;
  return copy;
}

beforeAll(async () => {
  docs = await sampleDocuments();
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

test('a reader sees each commit of a writer at its next read, and the graph survives reopening', async () => {
  const dir = freshDir();
  const writer = await opened(dir);
  const reader = await opened(dir, { readOnly: true });
  expect((await reader.stats()).bulletins).toBe(0);
  await writer.upsertBulletin(docs[0]!);
  expect((await reader.stats()).bulletins).toBe(1);
  await writer.upsertBulletins(docs.slice(1).map((document) => ({ document })));
  expect((await reader.search({ text: '双报到', labels: ['Mechanism'] })).items[0]?.node.id).toBe('mechanism:双报到');
  const exported = await reader.exportDocument();
  await writer.close();
  const again = await opened(dir);
  expect(await again.exportDocument()).toEqual(exported);
  await expectStoreError(reader.upsertBulletin(docs[0]!), 'ReadOnly');
});

test("a batch's full-text index holds what the batch committed: nothing of a refused bulletin, the last version of one written twice", async () => {
  const store = await opened(freshDir());
  /** docs[1] with `phrase` added to its first practice's text: same source, so a later version replaces an earlier. */
  const withPhrase = (doc: GraphDocument, phrase: string): GraphDocument => {
    const copy = JSON.parse(JSON.stringify(doc)) as GraphDocument;
    const practice = copy.nodes
      .filter((n) => n.labels[0] === 'Practice')
      .sort((a, b) => Number(a.properties.ordinal) - Number(b.properties.ordinal))[0]!;
    practice.properties.text = `${String(practice.properties.text)}社区还设立了${phrase}，居民每周在此商量小区事务。`;
    return copy;
  };
  const refused = withPhrase(copyOf(docs[0]!, 1), '雪豹巡护队');
  const practice = refused.nodes.find((n) => n.labels[0] === 'Practice')!;
  // An endpoint neither in the document nor in the store: refused by the write, after its nodes went in.
  refused.relationships.push({
    id: `USES:${practice.id}->mechanism:不存在的机制`,
    type: 'USES',
    start: practice.id,
    end: 'mechanism:不存在的机制',
    properties: {},
  });
  // It also brings a stored mechanism with a new alias: the merge is undone with the bulletin.
  const mechanism = refused.nodes.find((n) => n.labels[0] === 'Mechanism')!;
  mechanism.properties.aliases = [...((mechanism.properties.aliases as string[] | undefined) ?? []), '雪豹巡护机制'];
  const results = await store.upsertBulletins([
    { document: docs[0]! },
    { document: withPhrase(docs[1]!, '鲸落观测站') },
    { document: refused },
    { document: withPhrase(docs[1]!, '银杏议事角') },
  ]);
  expect(results.map((r) => ('status' in r ? r.status : r.code))).toEqual([
    'created',
    'created',
    'InvalidInput',
    'replaced',
  ]);
  const found = async (text: string, labels: NodeLabel[] = ['Practice']) =>
    (await store.search({ text, labels })).items.map((hit) => hit.node.id);
  expect(await found('雪豹巡护队')).toEqual([]);
  expect(await found('雪豹巡护机制', ['Mechanism'])).toEqual([]);
  expect(await found(String(mechanism.properties.name), ['Mechanism'])).toEqual([mechanism.id]);
  expect(await found('鲸落观测站')).toEqual([]);
  const first = docs[1]!.nodes
    .filter((n) => n.labels[0] === 'Practice')
    .sort((a, b) => Number(a.properties.ordinal) - Number(b.properties.ordinal))[0]!;
  expect(await found('银杏议事角')).toEqual([first.id]);
  // Everything else of the batch is found as before: a title of the other bulletin.
  const other = docs[0]!.nodes.find((n) => n.labels[0] === 'Practice')!;
  expect(await found(String(other.properties.title))).toContain(other.id);
});

test('a second writer waits, then fails with Locked naming the store; it writes once the first is done', async () => {
  const dir = freshDir();
  const store = await opened(dir, { busyTimeoutMs: 300 });
  const other = new BetterSqlite3(store.file);
  other.exec('BEGIN IMMEDIATE');
  try {
    const error = await store.upsertBulletin(docs[0]!).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe('Locked');
    expect(error?.message).toContain(dir);
    expect((await store.stats()).bulletins).toBe(0);
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  expect((await store.upsertBulletin(docs[0]!)).status).toBe('created');
});

test('kill -9 while writing loses at most the bulletin in flight', async () => {
  const dir = freshDir();
  const documents = path.join(dir, 'documents.json');
  writeFileSync(documents, JSON.stringify(Array.from({ length: 400 }, (_, i) => copyOf(docs[i % docs.length]!, i))));
  const script = `
    const { createSqliteStore } = require(${JSON.stringify(path.join(ROOT, 'graph', 'store', 'sqlite', 'create-sqlite-store.ts'))});
    const docs = JSON.parse(require('fs').readFileSync(${JSON.stringify(documents)}, 'utf8'));
    (async () => {
      const store = createSqliteStore({ dataDir: ${JSON.stringify(path.join(dir, 'data'))} });
      await store.open();
      for (const [i, doc] of docs.entries()) { await store.upsertBulletin(doc); if (i === 2) process.stdout.write('writing\\n'); }
    })();`;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 400));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));

  const store = await opened(path.join(dir, 'data'));
  const check = new BetterSqlite3(store.file, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(check.pragma('foreign_key_check')).toEqual([]);
  check.close();
  const stats = await store.stats();
  expect(stats.bulletins).toBeGreaterThanOrEqual(3);
  // Whole bulletins only: every stored bulletin has all the practices of its document.
  const perBulletin = new Map(
    docs.map((d) => [
      String(d.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.title),
      d.nodes.filter((n) => n.labels[0] === 'Practice').length,
    ]),
  );
  const exported = await store.exportDocument();
  let practices = 0;
  for (const bulletin of exported.nodes.filter((n) => n.labels[0] === 'Bulletin')) {
    practices += exported.relationships.filter((r) => r.type === 'CONTAINS' && r.start === bulletin.id).length;
  }
  expect(practices).toBe(stats.practices);
  expect(stats.practices).toBe(
    exported.nodes
      .filter((n) => n.labels[0] === 'Bulletin')
      .reduce((sum, b) => sum + (perBulletin.get(String(b.properties.title)) ?? 0), 0),
  );
  expect(
    (await store.localities({ level: 'county', limit: 200 })).items.reduce((sum, l) => sum + l.practices, 0),
  ).toBeGreaterThan(0);
}, 60_000);

describe('files the store cannot use are refused, named, and left as they are', () => {
  test('not an SQLite file', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'graph.sqlite');
    const text =
      'not a database, but long enough to fill the 100-byte header of an SQLite file with something else entirely.';
    writeFileSync(file, text);
    const error = await opened(dir).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe('Corrupt');
    expect(error?.message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a damaged store: the read that meets the damage fails with Corrupt; the file is not rewritten', async () => {
    const dir = freshDir();
    const store = await opened(dir);
    await store.upsertBulletins(docs.map((document) => ({ document })));
    await store.close();
    const bytes = readFileSync(store.file);
    const damaged = Buffer.from(bytes);
    for (let at = Math.floor(bytes.length / 3); at < Math.floor((2 * bytes.length) / 3); at += 97)
      damaged[at] = (damaged[at] as number) ^ 0x5a;
    writeFileSync(store.file, damaged);
    const error = await opened(dir)
      .then((s) => s.exportDocument())
      .then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
    expect(error?.code).toBe('Corrupt');
    expect(error?.message).toContain(store.file);
    expect(readFileSync(store.file).equals(damaged)).toBe(true);
  });

  test('an SQLite database of another program', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'graph.sqlite');
    const foreign = new BetterSqlite3(file);
    foreign.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    foreign.close();
    await expectStoreError(opened(dir), 'Corrupt');
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.prepare('SELECT body FROM notes').pluck().all()).toEqual(['keep me']);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'practice'").pluck().get()).toBe(0);
    check.close();
  });

  test('a store written by a newer version', async () => {
    const dir = freshDir();
    const store = await opened(dir);
    await store.upsertBulletin(docs[0]!);
    await store.close();
    const raw = new BetterSqlite3(store.file);
    raw.pragma('user_version = 99');
    raw.close();
    const error = await opened(dir).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe('StoreUnavailable');
    expect(error?.message).toMatch(/newer/);
    const check = new BetterSqlite3(store.file, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM bulletin').pluck().get()).toBe(1);
    check.close();
  });
});

/** A small tmpfs when this process may mount one (root in a container), else null. */
function tmpfs(size: string, options = ''): { dir: string; remountReadOnly(): void; release(): void } | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    remountReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    release: () => {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const canMount = (() => {
  const probe = tmpfs('1m');
  probe?.release();
  return probe !== null;
})();
const withTmpfs = canMount ? test : test.skip;
if (!canMount)
  console.warn(
    'sqlite-files: mounting a tmpfs is not allowed here; the full-disk and read-only-directory tests are skipped',
  );

withTmpfs(
  'a full disk: the write that does not fit fails naming the file; everything stored before stays',
  async () => {
    const disk = tmpfs('3m') as NonNullable<ReturnType<typeof tmpfs>>;
    try {
      const store = await opened(path.join(disk.dir, 'data'));
      let stored = 0;
      let failure: (Error & { code?: string }) | null = null;
      for (let n = 0; n < 200 && !failure; n++) {
        failure = await store.upsertBulletin(copyOf(docs[n % docs.length]!, n)).then(
          () => (stored++, null),
          (e: unknown) => e as Error & { code?: string },
        );
      }
      expect(failure?.code).toBe('StoreUnavailable');
      expect(failure?.message).toContain(store.file);
      expect(failure?.message).toMatch(/full/);
      expect((await store.stats()).bulletins).toBe(stored);
      expect(stored).toBeGreaterThan(0);
      await store.close();
      stores.splice(stores.indexOf(store), 1);
      const check = new BetterSqlite3(store.file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.prepare('SELECT count(*) FROM bulletin').pluck().get()).toBe(stored);
      check.close();
    } finally {
      disk.release();
    }
  },
  120_000,
);

withTmpfs('a read-only directory: opening says so, naming the file; the data stays', async () => {
  const disk = tmpfs('20m') as NonNullable<ReturnType<typeof tmpfs>>;
  try {
    const dataDir = path.join(disk.dir, 'data');
    mkdirSync(dataDir);
    const store = await opened(dataDir);
    await store.upsertBulletin(docs[0]!);
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    const before = readFileSync(store.file);
    disk.remountReadOnly();
    for (const readOnly of [false, true]) {
      const error = await opened(dataDir, { readOnly }).then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
      expect(error?.code).toBe('ReadOnly');
      expect(error?.message).toContain(store.file);
    }
    expect(readFileSync(store.file).equals(before)).toBe(true);
  } finally {
    disk.release();
  }
});
