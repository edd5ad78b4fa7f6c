/**
 * The memory store: the shared contract on a fresh data directory per test, then what only an embedded store
 * has — the snapshot file (round trip, corruption, atomic replacement), the writer lock, and ranking details.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { GraphDocument } from '../../graph/graph-document';
import { writeFileAtomically } from '../../graph/store/memory/atomic-file';
import { createMemoryStore, type MemoryStore } from '../../graph/store/memory/create-memory-store';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import { editedCopy, expectStoreError, practicesOf, sampleDocuments, storeContract } from './store-contract';

const tokenize = (text: string) => sharedKnowledge().segmenter.cut(text).map((t) => t.word);
const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'kg-memory-'));
const openStore = async (dataDir: string, readOnly = false): Promise<MemoryStore> => {
  const store = createMemoryStore({ dataDir, tokenize, readOnly });
  await store.open();
  return store;
};

storeContract('memory', async () => createMemoryStore({ dataDir: freshDir(), tokenize }));

describe('memory store: snapshot, lock and ranking', () => {
  let docs: GraphDocument[];
  const stores: MemoryStore[] = [];
  const track = (store: MemoryStore) => (stores.push(store), store);

  beforeAll(async () => {
    docs = await sampleDocuments();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  });

  const filled = async (dataDir: string): Promise<MemoryStore> => {
    const store = track(await openStore(dataDir));
    for (const doc of docs) await store.upsertBulletin(doc);
    return store;
  };

  test('a read-only store reloads a snapshot another store wrote, only when it changed', async () => {
    const dataDir = freshDir();
    const writer = track(await openStore(dataDir));
    await writer.upsertBulletin(docs[0] as GraphDocument);
    await writer.flush();
    const reader = track(await openStore(dataDir, true));
    expect(await reader.refresh()).toBe(false);
    expect((await reader.stats()).bulletins).toBe(1);
    for (const doc of docs.slice(1)) await writer.upsertBulletin(doc);
    expect((await reader.stats()).bulletins).toBe(1);
    await writer.flush();
    expect(await reader.refresh()).toBe(true);
    expect((await reader.stats()).bulletins).toBe(docs.length);
    const hit = await reader.search({ text: '双报到', labels: ['Mechanism'] });
    expect(hit.items[0]?.node.properties.name).toBe('双报到');
    expect(await reader.refresh()).toBe(false);
    expect(await writer.refresh()).toBe(false);
  });

  test('close and reopen gives the same graph, index and fingerprints', async () => {
    const dir = freshDir();
    const store = await filled(dir);
    const exported = await store.exportDocument();
    const hits = await store.search({ text: '双报到', limit: 50 });
    const matrix = await store.adoption({ level: 'county' });
    const cities = await store.localities({ level: 'city' });
    await store.close();
    const reopened = track(await openStore(dir));
    expect(await reopened.exportDocument()).toEqual(exported);
    expect(await reopened.search({ text: '双报到', limit: 50 })).toEqual(hits);
    expect(await reopened.adoption({ level: 'county' })).toEqual(matrix);
    expect(await reopened.localities({ level: 'city' })).toEqual(cities);
    for (const doc of docs) expect((await reopened.upsertBulletin(doc)).status).toBe('unchanged');
  });

  test('analyses persist in the snapshot and can be replaced after a reload', async () => {
    const dir = freshDir();
    const store = await filled(dir);
    const [a, b, c] = docs.flatMap(practicesOf).map((p) => p.id);
    const similar = { id: `SIMILAR_TO:${a}->${b}`, type: 'SIMILAR_TO' as const, start: a!, end: b!, properties: { score: 0.42, sharedMechanisms: ['双报到'], sharedTerms: ['在职', '报到'] } };
    await store.replaceAnalyses({ relationships: [similar], mechanismProperties: { 双报到: { family: 2, familyName: '双报到' } } });
    const diffusion = await store.diffusion({ mechanism: '双报到', level: 'county' });
    await store.close();
    const reopened = track(await openStore(dir));
    expect((await reopened.similarPractices(a!)).map((s) => [s.practice.id, s.score, s.sharedTerms])).toEqual([[b, 0.42, ['在职', '报到']]]);
    expect((await reopened.mechanismFamily('双报到'))?.family).toBe(2);
    expect(await reopened.diffusion({ mechanism: '双报到', level: 'county' })).toEqual(diffusion);
    const reprint = { id: `REPRINT_OF:${c}->${a}`, type: 'REPRINT_OF' as const, start: c!, end: a!, properties: { score: 0.95 } };
    await reopened.replaceAnalyses({ relationships: [reprint], mechanismProperties: {} });
    await reopened.flush();
    expect(await reopened.similarPractices(a!)).toEqual([]);
    expect((await reopened.stats()).relationships).toMatchObject({ SIMILAR_TO: 0, REPRINT_OF: 1 });
    expect((await reopened.exportDocument()).relationships.filter((r) => r.type === 'REPRINT_OF').map((r) => r.id)).toEqual([reprint.id]);
  });

  test('edits after a reload are persisted by the next flush', async () => {
    const dir = freshDir();
    await (await filled(dir)).close();
    const store = track(await openStore(dir));
    const edited = editedCopy(docs[0]!, { text: '重新加载后的修改。', alias: '加载后别名' });
    expect((await store.upsertBulletin(edited.document)).status).toBe('replaced');
    await store.flush();
    const hits = await store.search({ text: '重新加载后的修改', labels: ['Practice'] });
    expect(hits.items.map((h) => h.node.id)).toEqual([edited.editedPracticeId]);
    const exported = await store.exportDocument();
    await store.close();
    const again = track(await openStore(dir));
    expect(await again.exportDocument()).toEqual(exported);
    expect((await again.search({ text: '重新加载后的修改', labels: ['Practice'] })).total).toBe(1);
    expect(await again.node(practicesOf(docs[0]!)[0]!.id)).toBeNull();
  });

  test('a corrupt or truncated snapshot refuses to open and is left untouched', async () => {
    const dir = freshDir();
    await (await filled(dir)).close();
    const file = path.join(dir, 'graph.snapshot');
    const valid = readFileSync(file);
    const damaged = Buffer.from(valid);
    const middle = Math.floor(damaged.length / 2);
    damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
    for (const bytes of [valid.subarray(0, Math.floor(valid.length / 2)), damaged, Buffer.from('not a snapshot at all')]) {
      writeFileSync(file, bytes);
      await expectStoreError(openStore(dir), 'CorruptSnapshot');
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }
    truncateSync(file, 0);
    await expectStoreError(openStore(dir), 'CorruptSnapshot');
  });

  test('a failed write leaves the previous file and no temp file behind', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'graph.snapshot');
    writeFileSync(file, 'previous');
    const failing = writeFileAtomically(file, async (out) => {
      await out.write(Buffer.alloc(8 * 1024 * 1024, 1));
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['graph.snapshot']);
  });

  test('a lock held by another live process refuses writes, not reads', async () => {
    const dir = freshDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(path.join(dir, 'graph.lock'), JSON.stringify({ pid: holder.pid, hostname: os.hostname(), token: 'other', acquiredAt: new Date().toISOString() }));
      const store = track(await openStore(dir));
      await expectStoreError(store.upsertBulletin(docs[0]!), 'Locked');
      expect(await store.stats()).toMatchObject({ bulletins: 0 });
    } finally {
      holder.kill();
    }
  });

  test('a stale lock from a dead process is taken over', async () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path.join(dir, 'graph.lock'), JSON.stringify({ pid: dead, hostname: os.hostname(), token: 'gone', acquiredAt: '2020-01-01T00:00:00Z' }));
    const store = track(await openStore(dir));
    expect((await store.upsertBulletin(docs[0]!)).status).toBe('created');
    expect(JSON.parse(readFileSync(path.join(dir, 'graph.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
    expect(existsSync(path.join(dir, 'graph.lock'))).toBe(false);
  });

  test('one writer per directory, in this process too; a later writer starts from the newer snapshot', async () => {
    const dir = freshDir();
    const first = track(await openStore(dir));
    const second = track(await openStore(dir));
    await first.upsertBulletin(docs[0]!);
    await expectStoreError(second.upsertBulletin(docs[1]!), 'Locked');
    await first.close();
    await second.upsertBulletin(docs[1]!);
    expect((await second.stats()).bulletins).toBe(2);
  });

  test('a read-only store never writes', async () => {
    const dir = freshDir();
    const store = track(await openStore(dir, true));
    await expectStoreError(store.upsertBulletin(docs[0]!), 'ReadOnly');
    await expectStoreError(store.clear(), 'ReadOnly');
    expect(existsSync(path.join(dir, 'graph.lock'))).toBe(false);
  });

  test('a store that is not open refuses reads and writes', async () => {
    const store = createMemoryStore({ dataDir: freshDir(), tokenize });
    await expectStoreError(store.node('x'), 'StoreUnavailable');
    await expectStoreError(store.upsertBulletin(docs[0]!), 'StoreUnavailable');
  });

  test('exact names rank first; substrings the tokenizer splits differently still match', async () => {
    const store = await filled(freshDir());
    expect((await store.search({ text: '双报到' })).items[0]?.node.id).toBe('mechanism:双报到');
    expect((await store.search({ text: '潜山' })).items[0]?.node.id).toBe('locality:340882');
    const partial = await store.search({ text: '报到', labels: ['Mechanism'], limit: 100 });
    expect(partial.items.map((h) => h.node.id)).toContain('mechanism:双报到');
    const page2 = await store.search({ text: '党建', offset: 5, limit: 5 });
    const page1 = await store.search({ text: '党建', offset: 0, limit: 10 });
    expect(page2.items.map((h) => h.node.id)).toEqual(page1.items.slice(5).map((h) => h.node.id));
  });
});
