/**
 * graph.sqlite as researchers see it: one table per label and relationship type with a column per schema.ts property,
 * foreign keys, the schema version, and the research views answering from the sample bulletins (reprints once).
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { relationshipId } from '../../graph/graph-document';
import { NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_TYPES, RELATIONSHIPS } from '../../graph/schema';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../graph/store/sqlite/migrate-schema';
import { sampleDocuments } from './store-contract';

let store: SqliteStore;
let db: BetterSqlite3.Database;
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '');
const columns = (table: string) => db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];

beforeAll(async () => {
  store = createSqliteStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-schema-')) });
  await store.open();
  await store.upsertBulletins((await sampleDocuments()).map((document) => ({ document })));
  db = new BetterSqlite3(store.file, { readonly: true });
});
afterAll(async () => {
  db.close();
  await store.close();
});

test('a table per label and per relationship type, a column per property of graph/schema.ts, foreign keys to the nodes', () => {
  for (const label of NODE_LABELS) {
    expect(columns(snake(label))).toEqual(
      expect.arrayContaining(['id', ...Object.keys(NODE_PROPERTIES[label]).map(snake)]),
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    const table = type.toLowerCase();
    expect(columns(table)).toEqual(expect.arrayContaining(Object.keys(RELATIONSHIPS[type].properties).map(snake)));
    const targets = (
      db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[]
    ).sort();
    expect(targets).toEqual([snake(RELATIONSHIPS[type].from), snake(RELATIONSHIPS[type].to)].sort());
  }
  expect(columns('uses')).toEqual(
    expect.arrayContaining(['practice_id', 'mechanism_id', 'evidence', 'start', 'end', 'via', 'page']),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
});

test('lists are JSON arrays and booleans 0/1, readable without this program', () => {
  const row = db.prepare("SELECT aliases, curated FROM mechanism WHERE name = '双报到'").get() as {
    aliases: string;
    curated: number;
  };
  expect(Array.isArray(JSON.parse(row.aliases))).toBe(true);
  expect([0, 1]).toContain(row.curated);
});

test('practice_with_place gives each practice its county, city and province', () => {
  const row = db.prepare("SELECT * FROM practice_with_place WHERE locality_code = '340882' LIMIT 1").get() as Record<
    string,
    unknown
  >;
  expect(row).toMatchObject({
    locality_name: '潜山市',
    county_code: '340882',
    city_name: '安庆市',
    province_name: '安徽省',
    reprint: 0,
  });
});

test('adoption_panel and mechanism_adoption agree with the store, and a reprint counts once', async () => {
  const panel = db
    .prepare("SELECT * FROM adoption_panel WHERE mechanism = '双报到' AND locality_code = '340000'")
    .get() as Record<string, unknown>;
  expect(panel).toMatchObject({ level: 'province', first_reported: '2023-06-09', practices: 3 });
  const adoption = db.prepare("SELECT * FROM mechanism_adoption WHERE mechanism = '双报到'").get() as Record<
    string,
    number
  >;
  const listed = (await store.mechanisms({ limit: 200 })).items.find((m) => m.mechanism.properties.name === '双报到')!;
  expect(adoption).toMatchObject({ practices: listed.practices, localities: listed.localities, provinces: 3 });
  const [later, earlier] = db
    .prepare("SELECT practice_id FROM uses WHERE mechanism_id = 'mechanism:双报到' ORDER BY practice_id")
    .pluck()
    .all() as string[];
  await store.replaceAnalyses({
    relationships: [
      {
        id: relationshipId({ type: 'REPRINT_OF', start: later!, end: earlier! }),
        type: 'REPRINT_OF',
        start: later!,
        end: earlier!,
        properties: { score: 0.9 },
      },
    ],
    mechanismProperties: {},
  });
  expect(
    db.prepare("SELECT practices FROM mechanism_adoption WHERE mechanism = '双报到'").pluck().get() as number,
  ).toBe(listed.practices - 1);
  expect(db.prepare('SELECT reprint FROM practice_with_place WHERE practice_id = ?').pluck().get(later)).toBe(1);
});

test('practices are numbered in id order, also after the numbers between two neighbours ran out', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-nums-'));
  const numbered = createSqliteStore({ dataDir: dir });
  await numbered.open();
  // Each key sorts just after the previous one and before "z": every practice lands in the same, halving gap.
  const keys = ['a', 'z', ...Array.from({ length: 40 }, (_, i) => `m${'m'.repeat(i)}`)];
  for (const key of keys) {
    const bulletin = `bulletin:${key}`;
    const practice = `practice:${key}:1`;
    await numbered.upsertBulletin({
      nodes: [
        { id: bulletin, labels: ['Bulletin'], properties: { source: `nums/${key}.txt`, title: '编号测试' } },
        {
          id: practice,
          labels: ['Practice'],
          properties: { title: `编号测试${key}`, text: '同一句编号测试文字。', ordinal: 1, subMeasures: [] },
        },
      ],
      relationships: [
        {
          id: relationshipId({ type: 'CONTAINS', start: bulletin, end: practice }),
          type: 'CONTAINS',
          start: bulletin,
          end: practice,
          properties: {},
        },
      ],
    });
  }
  const raw = new BetterSqlite3(numbered.file, { readonly: true });
  const rows = raw.prepare('SELECT id FROM practice ORDER BY num').pluck().all() as string[];
  raw.close();
  expect(rows).toEqual([...rows].sort());
  const hits = await numbered.search({ text: '编号测试文字', limit: 100 });
  expect(hits.total).toBe(keys.length);
  expect(hits.items.map((h) => h.node.id)).toEqual(keys.map((k) => `practice:${k}:1`).sort());
  await numbered.close();
});

test('a version 1 file gains the practice columns relinking reads, keeping its practices (read as not recorded)', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-v1-'));
  const old = createSqliteStore({ dataDir });
  await old.open();
  const [document] = await sampleDocuments();
  await old.upsertBulletin(document!);
  await old.close();
  // Version 1 as it was: the practice table without title_start, title_end and page_breaks.
  const file = new BetterSqlite3(path.join(dataDir, 'graph.sqlite'));
  // SQLite checks every view when a column goes: the views step aside meanwhile.
  const views = file.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'view'").all() as {
    name: string;
    sql: string;
  }[];
  for (const view of views) file.exec(`DROP VIEW ${view.name}`);
  for (const column of ['title_start', 'title_end', 'page_breaks'])
    file.exec(`ALTER TABLE practice DROP COLUMN ${column}`);
  for (const view of views) file.exec(view.sql);
  file.pragma('user_version = 1');
  file.close();
  const reopened = createSqliteStore({ dataDir, readOnly: true });
  await reopened.open();
  const [stored] = await reopened.storedBulletins();
  expect(stored!.practices.length).toBeGreaterThan(0);
  expect(stored!.practices[0]!.practice.properties).toMatchObject({ titleStart: null, titleEnd: null });
  await reopened.close();
  const check = new BetterSqlite3(path.join(dataDir, 'graph.sqlite'), { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  expect(check.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('practice')).toEqual(
    expect.arrayContaining(['title_start', 'title_end', 'page_breaks']),
  );
  check.close();
});
