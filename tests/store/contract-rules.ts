/**
 * The exact rules of graph/store/CONTRACT.md, run by storeContract on every store: neighbourhood walk and relationship
 * priority, search ranking, listing and adoption orders with reprints counted once, aborted reads. The sample
 * bulletins are stored with planted analyses (similar practices, reprints), and each answer is compared whole with
 * the reference model in ./oracle, computed from the store's own export.
 */
import { relationshipId, type GraphDocument, type GraphRelationship } from '../../graph/graph-document';
import type { NodeLabel } from '../../graph/schema';
import { READ_CAPS, type AdoptionRequest, type GraphStore } from '../../graph/store/graph-store';
import { chainOf, indexGraph, type GraphIndex } from './oracle/graph-index';
import { expectedAdoption, expectedLocalities, expectedMechanisms } from './oracle/listing-oracle';
import { expectedNeighborhood } from './oracle/neighborhood-oracle';
import { expectedSearch } from './oracle/search-oracle';

/** Analyses planted on the samples: reprints among the users of each of two mechanisms, and a chain of similar pairs. */
export function plantedAnalyses(docs: GraphDocument[]): GraphRelationship[] {
  const all = docs.flatMap((d) => d.relationships);
  const practices = docs.flatMap((d) => d.nodes.filter((n) => n.labels[0] === 'Practice').map((n) => n.id)).sort();
  const usersOf = (mechanism: string) =>
    [...new Set(all.filter((r) => r.type === 'USES' && r.end === mechanism).map((r) => r.start))].sort();
  const relate = (type: 'SIMILAR_TO' | 'REPRINT_OF', start: string, end: string, score: number): GraphRelationship => ({
    id: relationshipId({ type, start, end }),
    type,
    start,
    end,
    properties: type === 'SIMILAR_TO' ? { score, sharedMechanisms: [], sharedTerms: ['测试'] } : { score },
  });
  const reprints = ['mechanism:双报到', 'mechanism:微心愿'].flatMap((m) => {
    const [earlier, later] = usersOf(m);
    return earlier && later ? [relate('REPRINT_OF', later, earlier, 0.9)] : [];
  });
  const similar = practices
    .slice(1)
    .map((p, i) => relate('SIMILAR_TO', practices[i] as string, p, Math.round((0.2 + (i % 5) / 10) * 100) / 100));
  return [...reprints, ...similar];
}

export function contractRules(name: string, open: () => Promise<{ store: GraphStore; docs: GraphDocument[] }>): void {
  describe(`GraphStore exact rules (CONTRACT.md): ${name}`, () => {
    let store: GraphStore;
    let index: GraphIndex;
    beforeAll(async () => {
      const opened = await open();
      store = opened.store;
      await store.replaceAnalyses({ relationships: plantedAnalyses(opened.docs), mechanismProperties: {} });
      index = indexGraph(await store.exportDocument());
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    test('the fixture holds reprints that change counts, and similar practices beside places and mechanisms', () => {
      expect(index.reprints.size).toBe(2);
      const withReprints = { ...index, practices: [...index.practices, ...index.reprints].sort() };
      expect(expectedMechanisms(withReprints, { offset: 0, limit: 200 })).not.toEqual(
        expectedMechanisms(index, { offset: 0, limit: 200 }),
      );
      expect(expectedLocalities(withReprints, { level: 'county', offset: 0, limit: 200 })).not.toEqual(
        expectedLocalities(index, { level: 'county', offset: 0, limit: 200 }),
      );
    });

    test('a neighbourhood walks hop by hop, by relationship priority then id, and stops after a hop that does not fit', async () => {
      const reprint = [...index.reprints].sort()[0] as string;
      const starts = [
        reprint,
        'mechanism:双报到',
        'locality:340882',
        [...index.nodes.values()].find((n) => n.labels[0] === 'Bulletin')!.id,
      ];
      const labelSets: (NodeLabel[] | undefined)[] = [undefined, ['Practice', 'Mechanism', 'Locality']];
      for (const id of starts) {
        for (const depth of [1, 2, 3]) {
          for (const limit of [2, 5, 12, 40, 2000]) {
            for (const labels of labelSets) {
              const got = await store.neighborhood({ id, depth, limit, ...(labels ? { labels } : {}) });
              const want = expectedNeighborhood(index, { id, depth, limit, ...(labels ? { labels } : {}) });
              expect({
                id,
                depth,
                limit,
                labels,
                nodeIds: got.nodes.map((n) => n.id),
                relationshipIds: got.relationships.map((r) => r.id),
                trimmed: got.trimmed,
              }).toEqual({ id, depth, limit, labels, ...want });
            }
          }
        }
      }
    });

    test('a neighbourhood is capped in depth and nodes, and an unknown start is empty', async () => {
      const deep = await store.neighborhood({ id: 'mechanism:双报到', depth: 50, limit: 10_000 });
      expect({
        nodeIds: deep.nodes.map((n) => n.id),
        relationshipIds: deep.relationships.map((r) => r.id),
        trimmed: deep.trimmed,
      }).toEqual(
        expectedNeighborhood(index, {
          id: 'mechanism:双报到',
          depth: READ_CAPS.neighborhoodDepth,
          limit: READ_CAPS.neighborhoodNodes,
        }),
      );
      expect(await store.neighborhood({ id: 'practice:missing' })).toEqual({
        nodes: [],
        relationships: [],
        trimmed: false,
      });
    });

    test("a practice's place and mechanisms come before its similar practices and reprints", async () => {
      const reprint = [...index.reprints].sort()[0] as string;
      const near = (index.touching.get(reprint) ?? []).filter((r) =>
        ['CONTAINS', 'LOCATED_IN', 'USES'].includes(r.type),
      );
      const got = await store.neighborhood({ id: reprint, depth: 1, limit: 1 + near.length });
      expect(got.trimmed).toBe(true);
      expect(new Set(got.nodes.slice(1).map((n) => n.id))).toEqual(
        new Set(near.map((r) => (r.start === reprint ? r.end : r.start))),
      );
      expect(got.nodes.some((n) => n.labels[0] === 'Practice' && n.id !== reprint)).toBe(false);
    });

    test('search finds substrings, scores names first, then orders by occurrences and id', async () => {
      // Traditional script, full-width forms and spaces normalise; a repeated unit counts once; "00" in "1000"
      // occurs once (occurrences never overlap).
      const queries = [
        '双报到',
        '雙報到',
        '  雙報到　信用村 ',
        '双报到 双报到',
        '红色物业 双报到',
        '村',
        '党建',
        '潜山',
        '安庆市',
        '2023',
        '12',
        '00',
        'a',
        '网格化管理',
        '书记 项目，议事',
        'zzqxv',
      ];
      const labelSets: (NodeLabel[] | undefined)[] = [
        undefined,
        ['Practice'],
        ['Mechanism', 'Locality', 'Organization'],
      ];
      for (const text of queries) {
        for (const labels of labelSets) {
          for (const [offset, limit] of [
            [0, 100],
            [3, 5],
          ] as const) {
            const got = await store.search({ text, offset, limit, ...(labels ? { labels } : {}) });
            const want = expectedSearch(index, { text, offset, limit, ...(labels ? { labels } : {}) });
            expect({
              text,
              labels,
              offset,
              total: got.total,
              hits: got.items.map((h) => ({ id: h.node.id, score: h.score })),
            }).toEqual({ text, labels, offset, ...want });
          }
        }
      }
      const top = (await store.search({ text: '双报到', limit: 1 })).items[0];
      expect(top).toMatchObject({ label: 'Mechanism', score: 101, node: { id: 'mechanism:双报到' } });
      expect(
        (await store.search({ text: '潜山', labels: ['Locality'] })).items.map((h) => h.node.properties.name),
      ).toContain('潜山市');
      expect(await store.search({ text: ' ，。！ ' })).toMatchObject({ total: 0, items: [] });
      const overlapping = [...index.nodes.values()].filter((n) => /000/.test(String(n.properties.text ?? '')));
      expect(overlapping.length).toBeGreaterThan(0);
    });

    test('localities and mechanisms are listed busiest first, ties by code or name, every page in order', async () => {
      for (const level of [undefined, 'province', 'city', 'county', 'town', 'village'] as const) {
        const want = expectedLocalities(index, { ...(level ? { level } : {}), offset: 0, limit: 10_000 });
        const got: { id: string; practices: number; mechanisms: number }[] = [];
        for (let offset = 0; offset < want.total + 7; offset += 7) {
          const pageOf = await store.localities({ ...(level ? { level } : {}), offset, limit: 7 });
          expect(pageOf.total).toBe(want.total);
          got.push(
            ...pageOf.items.map((i) => ({ id: i.locality.id, practices: i.practices, mechanisms: i.mechanisms })),
          );
        }
        expect({ level, items: got }).toEqual({ level, items: want.items });
      }
      const want = expectedMechanisms(index, { offset: 0, limit: 10_000 });
      const got: { id: string; practices: number; localities: number }[] = [];
      for (let offset = 0; offset < want.total + 7; offset += 7) {
        const pageOf = await store.mechanisms({ offset, limit: 7 });
        expect(pageOf.total).toBe(want.total);
        got.push(
          ...pageOf.items.map((i) => ({ id: i.mechanism.id, practices: i.practices, localities: i.localities })),
        );
      }
      expect(got).toEqual(want.items);
    });

    test('the adoption matrix ranks columns and rows as the contract says and counts a reprint once', async () => {
      const requests: AdoptionRequest[] = [
        { level: 'county', limitMechanisms: 300, limitLocalities: 500 },
        { level: 'city', limitMechanisms: 300, limitLocalities: 500 },
        { level: 'province', limitMechanisms: 300, limitLocalities: 500 },
        { level: 'county', limitMechanisms: 4, limitLocalities: 3 },
        { level: 'city', limitMechanisms: 300, limitLocalities: 500, mechanisms: ['双报到', '微心愿', '信用村'] },
      ];
      for (const request of requests) {
        const got = await store.adoption(request);
        const want = expectedAdoption(index, {
          ...request,
          limitMechanisms: request.limitMechanisms ?? READ_CAPS.adoptionMechanisms,
          limitLocalities: request.limitLocalities ?? READ_CAPS.adoptionLocalities,
        });
        expect({
          request,
          ...got,
          localities: got.localities.map(({ code, practices }) => ({ code, practices })),
        }).toEqual({ request, level: request.level, ...want });
      }
    });

    test('diffusion and portfolios leave reprints out', async () => {
      for (const reprint of index.reprints) {
        const mechanisms = (index.uses.get(reprint) ?? []).map((m) => String(index.nodes.get(m)?.properties.name));
        for (const mechanism of mechanisms) {
          const diffusion = await store.diffusion({ mechanism, level: 'province' });
          expect(diffusion?.events.flatMap((e) => e.practiceIds)).not.toContain(reprint);
        }
        for (const locality of index.located.get(reprint) ?? []) {
          const code = String(index.nodes.get(locality)?.properties.code);
          const portfolio = await store.localityPortfolio(code);
          const counted = new Map<string, number>();
          for (const p of index.practices.filter((q) =>
            (index.located.get(q) ?? []).some((l) => chainOf(index, l).includes(locality)),
          )) {
            for (const m of index.uses.get(p) ?? [])
              counted.set(
                String(index.nodes.get(m)?.properties.name),
                (counted.get(String(index.nodes.get(m)?.properties.name)) ?? 0) + 1,
              );
          }
          for (const entry of portfolio?.mechanisms ?? [])
            expect(entry.practices).toBe(counted.get(String(entry.mechanism.properties.name)));
        }
      }
    });

    test('a read whose signal has fired rejects with Aborted, and the store keeps answering', async () => {
      const signal = AbortSignal.abort();
      const reads: Promise<unknown>[] = [
        store.neighborhood({ id: 'mechanism:双报到', depth: 2 }, { signal }),
        store.search({ text: '双报到' }, { signal }),
        store.localities({ level: 'county' }, { signal }),
        store.mechanisms({}, { signal }),
        store.adoption({ level: 'county' }, { signal }),
        store.practice(index.practices[0] as string, { signal }),
        store.diffusion({ mechanism: '双报到' }, { signal }),
        store.stats({ signal }),
      ];
      for (const read of reads) await expect(read).rejects.toMatchObject({ code: 'Aborted' });
      expect((await store.search({ text: '双报到', limit: 1 })).total).toBeGreaterThan(0);
    });
  });
}
