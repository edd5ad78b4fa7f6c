/**
 * The parts of graph/store/CONTRACT.md the first contract suites leave open, run by storeContract for every store:
 * the exact search ranking (checked against a plain reading of the rule over the sample documents), the
 * neighbourhood's relation priority, reprints counted once in every count, listing order, merges, schema checks on
 * writes, and cancelled reads.
 */
import { FULLTEXT_INDEX } from '../../graph/schema';
import { relationshipId, type GraphDocument, type GraphNode } from '../../graph/graph-document';
import type { GraphStore } from '../../graph/store/graph-store';
import { NEIGHBORHOOD_PRIORITY } from '../../graph/store/neighborhood-priority';

const NAME_FIELDS: Record<string, string[]> = { Practice: ['title'], Mechanism: ['name', 'aliases'], Locality: ['name', 'shortName'], Organization: ['name'] };

/** The contract's search rule, read literally: units, substring matches, 100 / 10 / 1, occurrences (every start) up to 50, id. */
function expectedSearch(nodes: GraphNode[], units: string[]): { id: string; score: number }[] {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : []);
  const count = (text: string, unit: string) => {
    let n = 0;
    for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) n++;
    return n;
  };
  const hits: { id: string; score: number; occurrences: number }[] = [];
  for (const node of nodes) {
    const label = node.labels[0] as keyof typeof FULLTEXT_INDEX.fields;
    const fields = FULLTEXT_INDEX.fields[label] as readonly string[] | undefined;
    if (!fields) continue;
    const texts = fields.flatMap((f) => strings(node.properties[f]));
    const names = (NAME_FIELDS[label] ?? []).flatMap((f) => strings(node.properties[f]));
    let score = 0;
    let occurrences = 0;
    for (const unit of units) {
      const n = texts.reduce((sum, t) => sum + count(t, unit), 0);
      if (n === 0) continue;
      occurrences += n;
      score += (names.includes(unit) ? 100 : names.some((name) => name.includes(unit)) ? 10 : 0) + 1;
    }
    if (score > 0) hits.push({ id: node.id, score, occurrences: Math.min(50, occurrences) });
  }
  hits.sort((a, b) => b.score - a.score || b.occurrences - a.occurrences || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.map(({ id, score }) => ({ id, score }));
}

export function semanticsContract(name: string, open: () => Promise<{ store: GraphStore; docs: GraphDocument[] }>): void {
  describe(`GraphStore semantics: ${name}`, () => {
    let store: GraphStore;
    let docs: GraphDocument[];
    let all: GraphNode[];
    beforeEach(async () => {
      ({ store, docs } = await open());
      all = (await store.exportDocument()).nodes;
    });
    afterEach(async () => {
      await store.close();
    });
    const practiceTitled = (title: string) => all.find((n) => n.labels[0] === 'Practice' && String(n.properties.title).includes(title))!;

    test.each([['双报到'], ['党建 议事'], ['信用村，金融'], ['村'], ['潜山市']])('search %s ranks every match by the contract rule', async (query) => {
      const units = query.split(/[\s\p{P}]+/u).filter(Boolean);
      const expected = expectedSearch(all, units);
      const found = await store.search({ text: query, limit: 100 });
      expect(found.total).toBe(expected.length);
      expect(found.items.map((h) => ({ id: h.node.id, score: h.score }))).toEqual(expected.slice(0, 100));
      const page = await store.search({ text: query, offset: 3, limit: 4 });
      expect(page.items.map((h) => h.node.id)).toEqual(expected.slice(3, 7).map((h) => h.id));
    });

    test('search normalises the query: traditional script, full-width forms, spaces; punctuation alone finds nothing', async () => {
      const simplified = await store.search({ text: '双报到 信用村', limit: 100 });
      expect((await store.search({ text: '  雙報到　信用村 ', limit: 100 })).items).toEqual(simplified.items);
      expect((await store.search({ text: '，。！？ ' })).total).toBe(0);
      expect((await store.search({ text: '双报到', labels: ['Mechanism'] })).items[0]).toMatchObject({ score: 101, label: 'Mechanism' });
    });

    test('a neighbourhood takes places and mechanisms before similar practices, and cuts a hop in priority order', async () => {
      const qianshan = practiceTitled('做实党员“双报到”');
      const others = all.filter((n) => n.labels[0] === 'Practice' && n.id !== qianshan.id).slice(0, 6);
      await store.replaceAnalyses({
        relationships: others.map((o) => ({ id: relationshipId('SIMILAR_TO', qianshan.id, o.id), type: 'SIMILAR_TO' as const, start: qianshan.id, end: o.id, properties: { score: 0.5, sharedMechanisms: [], sharedTerms: [] } })),
        mechanismProperties: {},
      });
      const graph = await store.exportDocument();
      const best = new Map<string, number>();
      for (const r of graph.relationships) {
        const other = r.start === qianshan.id ? r.end : r.end === qianshan.id ? r.start : null;
        if (other && other !== qianshan.id) best.set(other, Math.min(best.get(other) ?? 9, NEIGHBORHOOD_PRIORITY[r.type]));
      }
      const order = [...best].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
      const whole = await store.neighborhood({ id: qianshan.id, limit: 1000 });
      expect(whole.nodes.map((n) => n.id)).toEqual([qianshan.id, ...order]);
      expect(whole.trimmed).toBe(false);
      const cut = await store.neighborhood({ id: qianshan.id, limit: order.length - 2 });
      expect(cut.nodes.map((n) => n.id)).toEqual([qianshan.id, ...order.slice(0, order.length - 3)]);
      expect(cut.trimmed).toBe(true);
      expect(cut.nodes.some((n) => others.some((o) => o.id === n.id) && order.indexOf(n.id) >= order.length - 3)).toBe(false);
      const ids = new Set(cut.nodes.map((n) => n.id));
      const expectedRelationships = graph.relationships.filter((r) => ids.has(r.start) && ids.has(r.end) && (r.start === qianshan.id || r.end === qianshan.id)).map((r) => r.id).sort();
      expect(cut.relationships.map((r) => r.id)).toEqual(expectedRelationships);
    });

    test('a reprint counts once: in mechanisms, localities, the adoption matrix and portfolios', async () => {
      const earlier = practiceTitled('做实党员“双报到”');
      const mechanismsBefore = await store.mechanisms({ limit: 200 });
      const countiesBefore = await store.localities({ level: 'county', limit: 200 });
      const matrixBefore = await store.adoption({ level: 'county' });
      const later = practiceTitled('以党建为引领 以人民为中心');
      const laterCounty = (await store.practice(later.id))!.localities.find((l) => l.properties.level === 'county')!.properties.code;
      const laterMechanisms = (await store.practice(later.id))!.mechanisms.map((m) => String(m.mechanism.properties.name));
      await store.replaceAnalyses({ relationships: [{ id: relationshipId('REPRINT_OF', later.id, earlier.id), type: 'REPRINT_OF', start: later.id, end: earlier.id, properties: { score: 0.9 } }], mechanismProperties: {} });
      const mechanisms = await store.mechanisms({ limit: 200 });
      for (const m of laterMechanisms) {
        const before = mechanismsBefore.items.find((i) => i.mechanism.properties.name === m)!.practices;
        expect(mechanisms.items.find((i) => i.mechanism.properties.name === m)?.practices ?? 0).toBe(before - 1);
      }
      const county = (page: typeof countiesBefore) => page.items.find((i) => i.locality.properties.code === laterCounty)?.practices ?? 0;
      expect(county(await store.localities({ level: 'county', limit: 200 }))).toBe(county(countiesBefore) - 1);
      const matrix = await store.adoption({ level: 'county' });
      expect(matrix.cells.some((c) => c.practiceIds.includes(later.id))).toBe(false);
      expect(matrixBefore.cells.some((c) => c.practiceIds.includes(later.id))).toBe(true);
      const portfolio = (await store.localityPortfolio(String(laterCounty)))!;
      for (const entry of portfolio.mechanisms) expect(entry.practices).toBeGreaterThan(0);
      const doubleReport = (await store.localityPortfolio('340000'))!.mechanisms.find((m) => m.mechanism.properties.name === '双报到')!;
      await store.replaceAnalyses({ relationships: [], mechanismProperties: {} });
      expect((await store.localityPortfolio('340000'))!.mechanisms.find((m) => m.mechanism.properties.name === '双报到')!.practices).toBe(doubleReport.practices + 1);
      expect(await store.mechanisms({ limit: 200 })).toEqual(mechanismsBefore);
    });

    test('listings come in the contract order, and pages cut what the total counts', async () => {
      const counties = await store.localities({ level: 'county', limit: 200 });
      const keys = counties.items.map((i) => [-i.practices, String(i.locality.properties.code)] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
      const mechanisms = await store.mechanisms({ limit: 200 });
      const names = mechanisms.items.map((i) => [-i.practices, String(i.mechanism.properties.name)] as const);
      expect(names).toEqual([...names].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
      const page = await store.mechanisms({ offset: 2, limit: 3 });
      expect(page.items.map((i) => i.mechanism.id)).toEqual(mechanisms.items.slice(2, 5).map((i) => i.mechanism.id));
      expect(page.total).toBe(mechanisms.total);
      const matrix = await store.adoption({ level: 'county', limitMechanisms: 2, limitLocalities: 1 });
      expect(matrix.mechanisms.map((m) => m.name)).toEqual(mechanisms.items.slice(0, 2).map((i) => String(i.mechanism.properties.name)));
      expect(matrix.localities).toHaveLength(1);
      expect(matrix.trimmed).toBe(true);
    });

    test('a shared node takes the newer properties, its aliases the sorted union', async () => {
      const doc = docs.find((d) => d.nodes.some((n) => n.id === 'mechanism:双报到'))!;
      const copy = JSON.parse(JSON.stringify(doc)) as GraphDocument;
      const bulletin = copy.nodes.find((n) => n.labels[0] === 'Bulletin')!;
      const key = bulletin.id.slice(bulletin.id.indexOf(':') + 1);
      const edited = JSON.parse(JSON.stringify(copy).split(key).join('mergetest0000')) as GraphDocument;
      edited.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.source = 'contract/merge.txt';
      const mechanism = edited.nodes.find((n) => n.id === 'mechanism:双报到')!;
      const before = (await store.node('mechanism:双报到'))!.properties;
      mechanism.properties.aliases = ['甲别名', '乙别名'];
      mechanism.properties.description = '新的说明';
      expect((await store.upsertBulletin(edited)).status).toBe('created');
      const after = (await store.node('mechanism:双报到'))!.properties;
      expect(after.description).toBe('新的说明');
      const union = [...new Set([...(before.aliases as string[]), '甲别名', '乙别名'])].sort();
      expect(after.aliases).toEqual(union);
    });

    test('values outside the schema are refused with InvalidInput and change nothing', async () => {
      const before = await store.exportDocument();
      const source = docs[0]!;
      for (const change of [
        (d: GraphDocument) => ((d.nodes.find((n) => n.labels[0] === 'Practice')!.properties as Record<string, unknown>)['colour'] = 'red'),
        (d: GraphDocument) => ((d.nodes.find((n) => n.labels[0] === 'Practice')!.properties as Record<string, unknown>)['ordinal'] = 'first'),
        (d: GraphDocument) => ((d.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties as Record<string, unknown>)['date'] = '2024-02-30'),
        (d: GraphDocument) => ((d.relationships.find((r) => r.type === 'USES')!.properties as Record<string, unknown>)['start'] = 1.5),
      ]) {
        const bad = JSON.parse(JSON.stringify(source).split('practice:').join('practice:bad')) as GraphDocument;
        bad.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.source = 'contract/bad.txt';
        change(bad);
        await expect(store.upsertBulletin(bad)).rejects.toMatchObject({ code: 'InvalidInput' });
      }
      expect(await store.exportDocument()).toEqual(before);
    });

    test('a read whose signal has fired rejects with Aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const { signal } = controller;
      for (const read of [
        store.search({ text: '双报到' }, { signal }),
        store.neighborhood({ id: 'mechanism:双报到' }, { signal }),
        store.adoption({ level: 'county' }, { signal }),
        store.stats({ signal }),
      ]) {
        await expect(read).rejects.toMatchObject({ code: 'Aborted' });
      }
    });
  });
}

