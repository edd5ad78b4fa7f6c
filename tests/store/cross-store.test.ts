/**
 * One fixture of more than 2,000 practices (tests/helpers/contract-fixture.ts) loaded once into the SQLite store and
 * once into the live Neo4j: every read must give identical answers in both, and where the contract's reference model
 * (./oracle) computes the answer, both must give that answer. Then the same writes on both — a re-ingest that replaces
 * a bulletin, a merge of shared nodes, refused documents, a deletion — must leave identical graphs.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import type { GraphDocument } from '../../graph/graph-document';
import { LOCALITY_LEVELS, type NodeLabel, type RollupLevel } from '../../graph/schema';
import type { GraphStore } from '../../graph/store/graph-store';
import { createNeo4jStore } from '../../graph/store/neo4j';
import { createSqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { isStoreError } from '../../graph/store/store-error';
import { contractFixture, type ContractFixture } from '../helpers/contract-fixture';
import { describeNeo4j } from '../helpers/live-neo4j';
import { indexGraph, type GraphIndex } from './oracle/graph-index';
import { expectedAdoption, expectedLocalities, expectedMechanisms } from './oracle/listing-oracle';
import { expectedNeighborhood } from './oracle/neighborhood-oracle';
import { expectedSearch } from './oracle/search-oracle';
import { editedCopy, practicesOf } from './store-contract';

const LOAD_MS = 240_000;
const READS_MS = 120_000;

describeNeo4j('the same answers from every store', (config) => {
  let fixture: ContractFixture;
  let sqlite: GraphStore;
  let neo: GraphStore;
  let index: GraphIndex;
  const both = () => [sqlite, neo] as const;

  /** The answer of each store to the same read, and the two must be equal. */
  async function same<T>(what: unknown, read: (store: GraphStore) => Promise<T>): Promise<T> {
    const [a, b] = [await read(sqlite), await read(neo)];
    expect({ what, answer: b }).toEqual({ what, answer: a });
    return a;
  }

  beforeAll(async () => {
    fixture = await contractFixture();
    sqlite = createSqliteStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'kg-cross-')) });
    neo = createNeo4jStore(config);
    for (const store of both()) {
      await store.open();
      await store.clear();
      // One transaction where the store offers it (SQLite): the fixture loads in one commit.
      if (store.upsertBulletins) await store.upsertBulletins(fixture.documents.map((document) => ({ document })));
      else for (const document of fixture.documents) await store.upsertBulletin(document);
      await store.replaceAnalyses(fixture.analyses);
    }
    index = indexGraph(await sqlite.exportDocument());
  }, LOAD_MS);
  afterAll(async () => {
    for (const store of both()) await store?.close();
  });

  const reprint = () => [...index.reprints].sort()[0] as string;
  const nodesOf = (label: NodeLabel) => [...index.nodes.values()].filter((n) => n.labels[0] === label);
  const busiestMechanisms = () =>
    expectedMechanisms(index, { offset: 0, limit: 10_000 }).items.map((m) =>
      String(index.nodes.get(m.id)?.properties.name),
    );

  test(
    'the fixture holds what the contract turns on: 2,000 practices, reprints, ambiguous places, undated bulletins',
    async () => {
      const stats = await same('stats', (s) => s.stats());
      expect(stats.practices).toBeGreaterThanOrEqual(2000);
      expect(index.reprints.size).toBeGreaterThan(50);
      const countyNames = nodesOf('Locality')
        .filter((n) => n.properties.level === 'county')
        .map((n) => String(n.properties.name));
      expect(
        fixture.ambiguousNames.filter((name) => countyNames.filter((n) => n === name).length > 1).length,
      ).toBeGreaterThan(5);
      expect(nodesOf('Bulletin').some((n) => n.properties.date === null)).toBe(true);
      await same('export', (s) => s.exportDocument());
    },
    READS_MS,
  );

  test(
    'neighbourhoods at their caps keep the same nodes and relationships, in the same order',
    async () => {
      const ambiguous = nodesOf('Locality').find((n) => fixture.ambiguousNames.includes(String(n.properties.name)))!.id;
      const starts = [
        reprint(),
        'mechanism:双报到',
        busiestMechanisms()[3]!,
        ambiguous,
        'locality:340000',
        nodesOf('Bulletin')[7]!.id,
        nodesOf('Organization')[0]!.id,
      ];
      for (const id of starts) {
        for (const depth of [1, 2, 3]) {
          for (const limit of [3, 25, 200]) {
            for (const labels of [undefined, ['Practice', 'Mechanism', 'Locality']] as (NodeLabel[] | undefined)[]) {
              const request = { id, depth, limit, ...(labels ? { labels } : {}) };
              const got = await same(request, (s) => s.neighborhood(request));
              expect({
                request,
                nodeIds: got.nodes.map((n) => n.id),
                relationshipIds: got.relationships.map((r) => r.id),
                trimmed: got.trimmed,
              }).toEqual({ request, ...expectedNeighborhood(index, request) });
            }
          }
        }
      }
      await same('unknown start', (s) => s.neighborhood({ id: 'practice:none' }));
    },
    READS_MS,
  );

  test(
    'search: the same top hits with the same scores, totals and pages',
    async () => {
      const county = String(
        nodesOf('Locality').find((n) => fixture.ambiguousNames.includes(String(n.properties.name)))!.properties.name,
      );
      const queries = [
        '双报到',
        '雙報到 双报到',
        '党建 议事',
        '网格',
        '村',
        '00',
        '2023',
        county,
        busiestMechanisms()[0]!,
        '机制 模式 工作法',
        '　全角，标点！',
        'zzqxv',
      ];
      for (const text of queries) {
        for (const labels of [undefined, ['Practice'], ['Mechanism', 'Locality', 'Organization']] as (
          NodeLabel[] | undefined
        )[]) {
          for (const [offset, limit] of [
            [0, 100],
            [37, 9],
          ] as const) {
            const request = { text, offset, limit, ...(labels ? { labels } : {}) };
            const got = await same(request, (s) => s.search(request));
            expect({
              request,
              total: got.total,
              hits: got.items.map((h) => ({ id: h.node.id, score: h.score })),
            }).toEqual({ request, ...expectedSearch(index, request) });
          }
        }
      }
    },
    READS_MS,
  );

  test(
    'listings and the adoption matrix: the same rows, counts and tie order, reprints once, every page',
    async () => {
      for (const level of [undefined, ...LOCALITY_LEVELS]) {
        for (const [offset, limit] of [
          [0, 200],
          [13, 17],
        ] as const) {
          const query = { ...(level ? { level } : {}), offset, limit };
          const got = await same(query, (s) => s.localities(query));
          expect({
            total: got.total,
            items: got.items.map((i) => ({ id: i.locality.id, practices: i.practices, mechanisms: i.mechanisms })),
          }).toEqual(expectedLocalities(index, query));
        }
      }
      for (const [offset, limit] of [
        [0, 200],
        [50, 7],
        [200, 200],
      ] as const) {
        const got = await same({ offset, limit }, (s) => s.mechanisms({ offset, limit }));
        expect({
          total: got.total,
          items: got.items.map((i) => ({ id: i.mechanism.id, practices: i.practices, localities: i.localities })),
        }).toEqual(expectedMechanisms(index, { offset, limit }));
      }
      await same('curated', (s) => s.mechanisms({ curated: true, limit: 50 }));
      const requests: {
        level: RollupLevel;
        limitMechanisms: number;
        limitLocalities: number;
        mechanisms?: string[];
      }[] = [
        { level: 'county', limitMechanisms: 300, limitLocalities: 500 },
        { level: 'city', limitMechanisms: 40, limitLocalities: 30 },
        { level: 'province', limitMechanisms: 300, limitLocalities: 500 },
        { level: 'county', limitMechanisms: 5, limitLocalities: 4 },
        { level: 'city', limitMechanisms: 300, limitLocalities: 500, mechanisms: busiestMechanisms().slice(2, 6) },
      ];
      for (const request of requests) {
        const got = await same(request, (s) => s.adoption(request));
        expect({ ...got, localities: got.localities.map(({ code, practices }) => ({ code, practices })) }).toEqual({
          level: request.level,
          ...expectedAdoption(index, request),
        });
      }
    },
    READS_MS,
  );

  test(
    'diffusion, portfolios, comparisons, similar localities, families and the panel are the same',
    async () => {
      for (const mechanism of busiestMechanisms().slice(0, 4)) {
        for (const level of [undefined, 'province', 'city', 'county'] as const) {
          const request = { mechanism, ...(level ? { level } : {}) };
          const got = await same(request, (s) => s.diffusion(request));
          expect(got?.events.flatMap((e) => e.practiceIds).some((id) => index.reprints.has(id))).toBe(false);
        }
      }
      const codes = [
        '340000',
        '340800',
        '340882',
        ...nodesOf('Locality')
          .filter((n) => fixture.ambiguousNames.includes(String(n.properties.name)))
          .slice(0, 3)
          .map((n) => String(n.properties.code)),
      ];
      for (const code of codes) {
        await same(['portfolio', code], (s) => s.localityPortfolio(code));
        await same(['similar', code], (s) => s.similarLocalities({ code, limit: 10 }));
        await same(['compare', code], (s) => s.comparePortfolios(code, '340882'));
      }
      await same('province peers', (s) => s.similarLocalities({ code: '340000', level: 'province' }));
      for (const name of Object.keys(fixture.analyses.mechanismProperties))
        await same(['family', name], (s) => s.mechanismFamily(name));
      await same('panel', (s) => s.adoptionPanel());
      // The graph version is each store's own counter; the practices are what the analyses read.
      await same('analysis input', async (s) => (await s.analysisInput()).practices);
    },
    READS_MS,
  );

  test(
    'practice details and similar practices are the same, ties by id',
    async () => {
      const ids = [reprint(), ...index.practices.filter((_, i) => i % 97 === 0)];
      for (const id of ids) {
        await same(['practice', id], (s) => s.practice(id));
        await same(['similar', id], (s) => s.similarPractices(id, 2));
      }
      await same('unknown practice', (s) => s.practice('practice:none'));
    },
    READS_MS,
  );

  test(
    'the same writes leave the same graph: a replacing re-ingest, a merge of shared nodes, refusals, a deletion',
    async () => {
      const sample = fixture.documents[3]!;
      const edited = editedCopy(sample, { text: '补充一段做法。', alias: '跨库别名' });
      const results = await same('replace', (s) => s.upsertBulletin(edited.document));
      expect(results.status).toBe('replaced');
      await same('unchanged', (s) => s.upsertBulletin(edited.document));

      const generated = fixture.documents[fixture.documents.length - 1]!;
      const merged = JSON.parse(JSON.stringify(generated).split('bench').join('merge')) as GraphDocument;
      for (const node of merged.nodes) {
        if (node.labels[0] === 'Mechanism')
          node.properties = { ...node.properties, description: '合并后的说明', aliases: ['乙别名', '甲别名'] };
        if (node.labels[0] === 'Locality' && node.properties.level === 'county')
          node.properties = { ...node.properties, shortName: '新简称' };
      }
      expect((await same('merge', (s) => s.upsertBulletin(merged))).status).toBe('created');
      for (const id of merged.nodes
        .filter((n) => ['Mechanism', 'Locality', 'Organization'].includes(n.labels[0]!))
        .map((n) => n.id))
        await same(['merged node', id], (s) => s.node(id));

      const dangling = JSON.parse(JSON.stringify(merged).split('merge').join('dangle')) as GraphDocument;
      dangling.relationships.push({
        id: 'USES:dangling',
        type: 'USES',
        start: practicesOf(dangling)[0]!.id,
        end: 'mechanism:不存在的机制',
        properties: {},
      });
      const twoBulletins = {
        nodes: [...sample.nodes, ...generated.nodes.filter((n) => n.labels[0] === 'Bulletin')],
        relationships: sample.relationships,
      };
      const badDate = JSON.parse(JSON.stringify(merged).split('merge').join('baddate')) as GraphDocument;
      badDate.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.date = '2024-02-30';
      const codeOf = async (promise: Promise<unknown>) =>
        promise.then(
          () => 'ok',
          (e: unknown) => (isStoreError(e) ? e.code : String(e)),
        );
      for (const [what, call] of [
        ['dangling', (s: GraphStore) => s.upsertBulletin(dangling)],
        ['two bulletins', (s: GraphStore) => s.upsertBulletin(twoBulletins)],
        ['empty', (s: GraphStore) => s.upsertBulletin({ nodes: [], relationships: [] })],
        ['bad date', (s: GraphStore) => s.upsertBulletin(badDate)],
        ['id not a string', (s: GraphStore) => s.neighborhood({ id: 42 as never })],
        ['node id not a string', (s: GraphStore) => s.node(42 as never)],
        ['practice id not a string', (s: GraphStore) => s.practice(null as never)],
        ['code not a string', (s: GraphStore) => s.localityPortfolio(340000 as never)],
        ['mechanism not a string', (s: GraphStore) => s.mechanismFamily(['双报到'] as never)],
        ['bad label', (s: GraphStore) => s.search({ text: '村', labels: ['Nothing' as NodeLabel] })],
        ['bad level', (s: GraphStore) => s.diffusion({ mechanism: '双报到', level: 'town' as never })],
        [
          'bad analyses',
          (s: GraphStore) =>
            s.replaceAnalyses({ relationships: [], mechanismProperties: { 不存在的机制: { family: 1 } } }),
        ],
      ] as const) {
        const code = await same(what, (s) => codeOf(call(s)));
        expect({ what, code }).toEqual({ what, code: 'InvalidInput' });
      }
      // Numbers are floored and clamped, never refused; a value that is not a number takes the default.
      await same('depth not a number', (s) => s.neighborhood({ id: reprint(), depth: 'two' as never, limit: 7.9 }));
      await same('negative page', (s) => s.mechanisms({ offset: -3, limit: -1 }));
      // A neighbourhood's labels filter: one that is no node label enters no node.
      const filtered = await same('unknown label', (s) =>
        s.neighborhood({ id: reprint(), labels: ['Nothing' as NodeLabel, 7 as never] }),
      );
      expect(filtered.nodes.map((n) => n.id)).toEqual([reprint()]);

      const bulletin = generated.nodes.find((n) => n.labels[0] === 'Bulletin')!.id;
      expect(await same('delete', (s) => s.deleteBulletin(bulletin))).toBe(true);
      await same('stats after writes', (s) => s.stats());
      await same('export after writes', (s) => s.exportDocument());
      const after = indexGraph(await sqlite.exportDocument());
      await same('mechanisms after writes', (s) => s.mechanisms({ limit: 200 }));
      expect((await sqlite.mechanisms({ offset: 0, limit: 200 })).total).toBe(
        expectedMechanisms(after, { offset: 0, limit: 1 }).total,
      );
    },
    READS_MS,
  );
});
