/**
 * The analysis part of the GraphStore contract (issue 5), run by storeContract for every adapter: storing and
 * replacing analyses, and the diffusion, portfolio, family and panel reads over the real sample bulletins. The
 * analyses are given here by hand, so these tests pin the stores' behaviour, not the analytics' tuning.
 */
import { relationshipId, type GraphDocument, type GraphRelationship } from '../../graph/graph-document';
import type { GraphAnalyses, GraphStore } from '../../graph/store/graph-store';
import { comparePanelRows } from '../../graph/store/panel-order';

/** Sample practices by a piece of their title (see data/samples). */
const TITLES = {
  qianshanDoubleReport: '做实党员“双报到”',
  jinta: '酒泉市金塔县打好“三张牌”',
  antu: '党建引领推动城乡基层治理再上新台阶',
  tongcheng: '以党建为引领 以人民为中心',
  shangcheng: '“三措并举”推动治理服务提质增效',
} as const;

export function analysisContract(
  name: string,
  open: () => Promise<{ store: GraphStore; docs: GraphDocument[] }>,
): void {
  describe(`GraphStore analyses: ${name}`, () => {
    let store: GraphStore;
    let id: Record<keyof typeof TITLES, string>;
    let docs: GraphDocument[];
    beforeEach(async () => {
      const opened = await open();
      store = opened.store;
      docs = opened.docs;
      const practices = opened.docs.flatMap((d) => d.nodes.filter((n) => n.labels[0] === 'Practice'));
      id = Object.fromEntries(
        Object.entries(TITLES).map(([key, title]) => [
          key,
          practices.find((p) => String(p.properties.title).includes(title))!.id,
        ]),
      ) as typeof id;
    });
    afterEach(async () => {
      await store.close();
    });

    const similar = (
      start: string,
      end: string,
      score: number,
      sharedMechanisms: string[] = [],
    ): GraphRelationship => ({
      id: relationshipId({ type: 'SIMILAR_TO', start, end }),
      type: 'SIMILAR_TO',
      start,
      end,
      properties: { score, sharedMechanisms, sharedTerms: ['在职'] },
    });
    const reprint = (later: string, earlier: string): GraphRelationship => ({
      id: relationshipId({ type: 'REPRINT_OF', start: later, end: earlier }),
      type: 'REPRINT_OF',
      start: later,
      end: earlier,
      properties: { score: 0.9 },
    });
    const family = { family: 1, familyName: '双报到' };
    const sample = (): GraphAnalyses => ({
      relationships: [
        similar(id.qianshanDoubleReport, id.jinta, 0.3, ['双报到', '微心愿']),
        similar(id.antu, id.qianshanDoubleReport, 0.2, ['双报到']),
      ],
      mechanismProperties: { 双报到: family, 点单派单接单: family, 微心愿: family },
    });

    test('analyses are stored, read from either end, counted, exported and replaced as a whole', async () => {
      await store.replaceAnalyses(sample());
      const found = await store.similarPractices(id.qianshanDoubleReport);
      expect(found.map((s) => [s.practice.id, s.score])).toEqual([
        [id.jinta, 0.3],
        [id.antu, 0.2],
      ]);
      expect(found[0]).toMatchObject({ sharedMechanisms: ['双报到', '微心愿'], sharedTerms: ['在职'] });
      expect((await store.practice(id.qianshanDoubleReport))!.similar.map((s) => s.practice.id)).toEqual([
        id.jinta,
        id.antu,
      ]);
      expect((await store.similarPractices(id.jinta)).map((s) => s.practice.id)).toEqual([id.qianshanDoubleReport]);
      expect((await store.stats()).relationships.SIMILAR_TO).toBe(2);
      const around = await store.neighborhood({ id: id.qianshanDoubleReport, depth: 1, labels: ['Practice'] });
      expect(around.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([id.jinta, id.antu]));
      const exported = await store.exportDocument();
      expect(
        exported.relationships
          .filter((r) => r.type === 'SIMILAR_TO')
          .map((r) => r.id)
          .sort(),
      ).toEqual(
        sample()
          .relationships.map((r) => r.id)
          .sort(),
      );
      expect(exported.nodes.find((n) => n.id === 'mechanism:双报到')!.properties).toMatchObject(family);

      await store.replaceAnalyses({
        relationships: [reprint(id.qianshanDoubleReport, id.tongcheng)],
        mechanismProperties: {},
      });
      expect(await store.similarPractices(id.qianshanDoubleReport)).toEqual([]);
      const stats = await store.stats();
      expect([stats.relationships.SIMILAR_TO, stats.relationships.REPRINT_OF]).toEqual([0, 1]);
      expect((await store.node('mechanism:双报到'))!.properties.family ?? null).toBeNull();
    });

    test('a refused analysis changes nothing', async () => {
      await store.replaceAnalyses(sample());
      const before = await store.exportDocument();
      const uses: GraphRelationship = { ...similar(id.jinta, id.antu, 0.5), type: 'USES' };
      const bad: GraphAnalyses[] = [
        { relationships: [uses], mechanismProperties: {} },
        { relationships: [similar(id.jinta, 'practice:missing', 0.5)], mechanismProperties: {} },
        { relationships: [similar(id.jinta, id.jinta, 0.5)], mechanismProperties: {} },
        { relationships: [], mechanismProperties: { 不存在的机制: family } },
        { relationships: [], mechanismProperties: { 双报到: { family: 'one' } } },
        { relationships: [], mechanismProperties: { 双报到: { category: 'x' } } },
      ];
      for (const analyses of bad)
        await expect(store.replaceAnalyses(analyses)).rejects.toMatchObject({ code: 'InvalidInput' });
      expect(await store.exportDocument()).toEqual(before);
    });

    test('deleting a bulletin drops the analyses touching its practices', async () => {
      await store.replaceAnalyses(sample());
      const exported = await store.exportDocument();
      const jintaBulletin = exported.relationships.find((r) => r.type === 'CONTAINS' && r.end === id.jinta)!.start;
      expect(await store.deleteBulletin(jintaBulletin)).toBe(true);
      expect((await store.similarPractices(id.qianshanDoubleReport)).map((s) => s.practice.id)).toEqual([id.antu]);
      expect((await store.stats()).relationships.SIMILAR_TO).toBe(1);
    });

    test('diffusion lists adopters by first report, rolls up to a level, and counts a reprint once', async () => {
      const own = (await store.diffusion({ mechanism: '双报到' }))!;
      expect(own.mechanism.id).toBe('mechanism:双报到');
      expect(own.events[0]).toMatchObject({ firstReported: '2023-06-09', practiceIds: [id.shangcheng] });
      const qianshan = own.events.find((e) => e.locality.properties.code === '340882')!;
      expect(qianshan).toMatchObject({
        firstReported: '2023-12-12',
        practiceIds: [id.qianshanDoubleReport],
        practices: 1,
      });
      const dates = own.events.map((e) => e.firstReported);
      expect(dates.slice(0, 3)).toEqual(['2023-06-09', '2023-08-31', '2023-12-12']);
      expect(dates.slice(3).every((d) => d === null)).toBe(true);
      expect(own.events.slice(3).map((e) => e.locality.properties.code)).toEqual(['222426', '620921']);

      const provinces = (await store.diffusion({ mechanism: 'mechanism:双报到', level: 'province' }))!;
      expect(provinces.events.map((e) => [e.locality.properties.code, e.firstReported, e.practices])).toEqual([
        ['340000', '2023-06-09', 3],
        ['220000', null, 1],
        ['620000', null, 1],
      ]);
      await store.replaceAnalyses({
        relationships: [reprint(id.qianshanDoubleReport, id.tongcheng)],
        mechanismProperties: {},
      });
      const afterReprint = (await store.diffusion({ mechanism: '双报到', level: 'province' }))!;
      expect(afterReprint.events[0]).toMatchObject({ practices: 2 });
      expect(afterReprint.events[0]!.practiceIds).not.toContain(id.qianshanDoubleReport);
      expect(
        (await store.diffusion({ mechanism: '双报到' }))!.events.some((e) => e.locality.properties.code === '340882'),
      ).toBe(false);

      expect(await store.diffusion({ mechanism: '不存在的机制' })).toBeNull();
      await expect(store.diffusion({ mechanism: '双报到', level: 'town' as never })).rejects.toMatchObject({
        code: 'InvalidInput',
      });
    });

    test("portfolios hold a locality's mechanisms and those below it, and compare localities", async () => {
      const anqing = (await store.localityPortfolio('340800'))!;
      const doubleReport = anqing.mechanisms.find((m) => m.mechanism.properties.name === '双报到')!;
      expect(doubleReport).toMatchObject({ practices: 2, firstReported: '2023-08-31' });
      const qianshan = (await store.localityPortfolio('locality:340882'))!;
      expect(qianshan.locality.properties.name).toBe('潜山市');
      const names = qianshan.mechanisms.map((m) => String(m.mechanism.properties.name));
      expect(names).toEqual(expect.arrayContaining(['双报到', '信用村', '微心愿']));
      expect(names.every((n) => anqing.mechanisms.some((m) => m.mechanism.properties.name === n))).toBe(true);

      const pair = (await store.comparePortfolios('340882', '340881'))!;
      expect(pair.shared).toEqual(expect.arrayContaining(['双报到', '信用村', '书记项目']));
      expect(pair.onlyA.some((m) => pair.onlyB.includes(m) || pair.shared.includes(m))).toBe(false);
      expect(pair.jaccard).toBeCloseTo(
        pair.shared.length / (pair.shared.length + pair.onlyA.length + pair.onlyB.length),
        10,
      );
      expect(await store.comparePortfolios('340882', '999999')).toBeNull();

      const like = await store.similarLocalities({ code: '340882', limit: 5 });
      expect(like.length).toBeGreaterThan(0);
      expect(
        like.every(
          (l) =>
            l.locality.properties.level === 'county' && l.locality.properties.code !== '340882' && l.shared.length > 0,
        ),
      ).toBe(true);
      expect(like.map((l) => l.jaccard)).toEqual([...like.map((l) => l.jaccard)].sort((a, b) => b - a));
      const tongcheng = like.find((l) => l.locality.properties.code === '340881')!;
      expect(tongcheng.jaccard).toBeCloseTo(pair.jaccard, 10);
      const town = await store.similarLocalities({ code: '341181004' });
      expect(
        town.every((l) => l.locality.properties.level === 'county' && l.locality.properties.code !== '341181'),
      ).toBe(true);
      expect(await store.localityPortfolio('999999')).toBeNull();
    });

    test('a mechanism family lists its members with their co-occurrences', async () => {
      expect(await store.mechanismFamily('双报到')).toBeNull();
      await store.replaceAnalyses(sample());
      const found = (await store.mechanismFamily('mechanism:微心愿'))!;
      expect(found).toMatchObject({ family: 1, name: '双报到' });
      expect(found.members.map((m) => m.mechanism.properties.name).sort()).toEqual([
        '双报到',
        '微心愿',
        '点单派单接单',
      ]);
      const doubleReport = found.members.find((m) => m.mechanism.properties.name === '双报到')!;
      // 双报到 meets 点单派单接单 in the 潜山 and 上城风景小区 items, 微心愿 in the 潜山 and 金塔 items.
      expect(doubleReport.cooccurrences).toBe(4);
      expect(found.members.map((m) => m.cooccurrences)).toEqual(
        [...found.members.map((m) => m.cooccurrences)].sort((a, b) => b - a),
      );
      expect(await store.mechanismFamily('信用村')).toBeNull();
    });

    test('the adoption panel has one row per mechanism and locality, at every level, in panel order', async () => {
      const rows = await store.adoptionPanel();
      expect(new Set(rows.map((r) => `${r.mechanism}|${r.localityCode}`)).size).toBe(rows.length);
      expect([...rows].sort(comparePanelRows)).toEqual(rows);
      expect(rows.find((r) => r.mechanism === '双报到' && r.localityCode === '340882')).toMatchObject({
        level: 'county',
        localityName: '潜山市',
        firstReported: '2023-12-12',
        practiceId: id.qianshanDoubleReport,
        bulletinTitle: '安庆组工信息',
        practices: 1,
      });
      expect(rows.find((r) => r.mechanism === '双报到' && r.localityCode === '340000')).toMatchObject({
        level: 'province',
        firstReported: '2023-06-09',
        practices: 3,
      });
      expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['province', 'city', 'county', 'town', 'village']));
    });

    test('a write marks the analyses stale; only a replace computed from the graph as it still is clears the mark', async () => {
      const written = await store.analysisStatus();
      expect(written.stale).toBe(true);
      expect(Date.parse(written.since!)).not.toBeNaN();
      const { graphVersion } = await store.analysisInput();
      await store.replaceAnalyses(sample());
      expect(await store.analysisStatus()).toEqual(written);
      await store.replaceAnalyses(sample(), { computedFrom: graphVersion });
      expect(await store.analysisStatus()).toEqual({ stale: false });

      const document = docs[0]!;
      const owner = document.nodes.find((n) => n.labels[0] === 'Bulletin')!.id;
      expect((await store.upsertBulletin(document)).status).toBe('unchanged');
      expect(await store.analysisStatus()).toEqual({ stale: false });

      // A write landing between the analyses' read and their replace: they describe an older graph and stay marked.
      const input = await store.analysisInput();
      expect(await store.deleteBulletin(owner)).toBe(true);
      expect((await store.analysisStatus()).stale).toBe(true);
      await store.upsertBulletin(document);
      const analyses = { relationships: [], mechanismProperties: {} };
      await store.replaceAnalyses(analyses, { computedFrom: input.graphVersion });
      expect((await store.analysisStatus()).stale).toBe(true);
      await expect(
        store.replaceAnalyses(
          { relationships: [similar(id.jinta, 'practice:missing', 0.5)], mechanismProperties: {} },
          { computedFrom: (await store.analysisInput()).graphVersion },
        ),
      ).rejects.toMatchObject({ code: 'InvalidInput' });
      expect((await store.analysisStatus()).stale).toBe(true);
      await store.replaceAnalyses(analyses, { computedFrom: (await store.analysisInput()).graphVersion });
      expect(await store.analysisStatus()).toEqual({ stale: false });

      await store.clear();
      expect(await store.analysisStatus()).toEqual({ stale: false });
    });

    test('analysisInput lists every practice with its bulletin, date, localities and mechanisms', async () => {
      const { practices: input } = await store.analysisInput();
      expect(input.map((p) => p.id)).toEqual([...input.map((p) => p.id)].sort());
      expect(input).toHaveLength((await store.stats()).practices);
      const qianshan = input.find((p) => p.id === id.qianshanDoubleReport)!;
      expect(qianshan).toMatchObject({ date: '2023-12-12', localityCodes: ['340882'] });
      expect(qianshan.mechanisms).toEqual(expect.arrayContaining(['双报到', '点单派单接单', '微心愿']));
      expect(qianshan.text).toContain('在职党员');
      expect(input.find((p) => p.id === id.antu)!.date).toBeNull();
    });
  });
}
