/**
 * The GraphStore contract as a test factory (like graphology's specs): every adapter runs the same behaviour
 * through the port alone. `createStore` returns a store (opened here, then cleared, so a shared database is
 * isolated per test). Documents come from ingesting the real sample bulletins. Errors are asserted by code.
 * Here: writes (replace, merge, refusals, deletion), caps and details; ./contract-rules.ts: the exact reads against
 * the reference model in ./oracle; ./analysis-contract.ts: analyses and the reads over them. The same rules on the
 * 2,000-practice fixture, in every store at once: ./cross-store.test.ts.
 */
import path from 'path';
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../../graph/graph-document';
import { READ_CAPS, type GraphStore } from '../../graph/store/graph-store';
import { isStoreError, type StoreErrorCode } from '../../graph/store/store-error';
import { ingestFiles } from '../../ingest/ingest-files';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import { analysisContract } from './analysis-contract';
import { contractRules } from './contract-rules';
import { curationContract } from './curation-contract';

export function storeContract(name: string, createStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let docs: GraphDocument[];
    let store: GraphStore;
    const tianchang = () =>
      docs.find((d) =>
        d.nodes.some((n) => n.labels[0] === 'Bulletin' && String(n.properties.source).includes('003_')),
      )!;

    beforeAll(async () => {
      docs = await sampleDocuments();
    });
    beforeEach(async () => {
      store = await createStore();
      await store.open();
      await store.clear();
    });
    afterEach(async () => {
      await store.close();
    });

    const ingestAll = async () => {
      for (const doc of docs) await store.upsertBulletin(doc);
    };

    test('ingesting the same documents twice changes nothing', async () => {
      await ingestAll();
      const first = await store.exportDocument();
      const stats = await store.stats();
      for (const doc of docs) expect((await store.upsertBulletin(doc)).status).toBe('unchanged');
      expect(await store.exportDocument()).toEqual(first);
      expect(await store.stats()).toEqual(stats);
      const expectedIds = new Set(docs.flatMap((d) => d.nodes.map((n) => n.id)));
      expect(new Set(first.nodes.map((n) => n.id))).toEqual(expectedIds);
      expect(new Set(first.relationships.map((r) => r.id))).toEqual(
        new Set(docs.flatMap((d) => d.relationships.map((r) => r.id))),
      );
      expect(stats.bulletins).toBe(docs.length);
      expect(stats.practices).toBe(docs.reduce((n, d) => n + practicesOf(d).length, 0));
      const practice = practicesOf(docs[0]!)[0]!;
      expect((await store.node(practice.id))?.properties).toEqual(practice.properties);
    });

    test('an edited file replaces its bulletin; shared nodes stay and aliases are unioned', async () => {
      await ingestAll();
      const original = tianchang();
      const oldBulletin = original.nodes.find((n) => n.labels[0] === 'Bulletin')!;
      const edited = editedCopy(original, { text: '新增一段试点做法说明。', alias: '测试别名' });
      const result = await store.upsertBulletin(edited.document);
      expect(result).toMatchObject({ status: 'replaced', replacedId: oldBulletin.id, bulletinId: edited.bulletinId });
      expect(await store.node(oldBulletin.id)).toBeNull();
      for (const p of practicesOf(original)) expect(await store.node(p.id)).toBeNull();
      for (const metric of original.nodes.filter((n) => n.labels[0] === 'Metric'))
        expect(await store.node(metric.id)).toBeNull();
      const newPractice = await store.node(edited.editedPracticeId);
      expect(String(newPractice?.properties.text)).toContain('新增一段试点做法说明。');
      expect(await store.node('locality:341181')).not.toBeNull();
      const mechanism = await store.node(edited.mechanismId);
      expect(mechanism?.properties.aliases).toEqual(expect.arrayContaining([...edited.oldAliases, '测试别名']));
      const stats = await store.stats();
      expect(stats.bulletins).toBe(docs.length);
      const exported = await store.exportDocument();
      const ids = new Set(exported.nodes.map((n) => n.id));
      for (const r of exported.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
      expect(exported.relationships.some((r) => r.start === oldBulletin.id || r.end === oldBulletin.id)).toBe(false);
    });

    test('deleting a bulletin removes its practices, metrics and their relationships, not shared nodes', async () => {
      await ingestAll();
      const doc = tianchang();
      const bulletin = doc.nodes.find((n) => n.labels[0] === 'Bulletin')!;
      const before = await store.stats();
      expect(await store.deleteBulletin(bulletin.id)).toBe(true);
      expect(await store.deleteBulletin(bulletin.id)).toBe(false);
      expect(await store.deleteBulletin('bulletin:does-not-exist')).toBe(false);
      for (const node of doc.nodes.filter((n) => ['Bulletin', 'Practice', 'Metric'].includes(n.labels[0]!)))
        expect(await store.node(node.id)).toBeNull();
      expect(await store.node('locality:341181')).not.toBeNull();
      const after = await store.stats();
      expect(after.bulletins).toBe(before.bulletins - 1);
      expect(after.practices).toBe(before.practices - practicesOf(doc).length);
      const exported = await store.exportDocument();
      const ids = new Set(exported.nodes.map((n) => n.id));
      for (const r of exported.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    });

    test('clear empties the graph', async () => {
      await ingestAll();
      await store.clear();
      const stats = await store.stats();
      expect(stats.bulletins).toBe(0);
      expect(Object.values(stats.nodes).every((n) => n === 0)).toBe(true);
      expect(await store.exportDocument()).toEqual({ nodes: [], relationships: [] });
    });

    test('a bad document is refused with InvalidInput and changes nothing', async () => {
      await ingestAll();
      const before = await store.exportDocument();
      const twoBulletins = {
        nodes: [...docs[0]!.nodes, ...docs[1]!.nodes.filter((n) => n.labels[0] === 'Bulletin')],
        relationships: docs[0]!.relationships,
      };
      const dangling = editedCopy(docs[0]!, { text: '改动。' }).document;
      dangling.relationships.push({
        id: 'USES:x',
        type: 'USES',
        start: practicesOf(dangling)[0]!.id,
        end: 'mechanism:不存在的机制',
        properties: {},
      });
      for (const bad of [twoBulletins, dangling, { nodes: [], relationships: [] }])
        await expectStoreError(store.upsertBulletin(bad), 'InvalidInput');
      expect(await store.exportDocument()).toEqual(before);
    });

    test('a town-level practice counts for its county and city', async () => {
      await ingestAll();
      const tianchangPractices = practicesOf(tianchang()).map((p) => p.id);
      const counties = await store.localities({ level: 'county', limit: 100 });
      expect(counties.items.find((c) => c.locality.properties.code === '341181')).toMatchObject({ practices: 5 });
      expect(counties.items.every((c) => c.locality.properties.level === 'county')).toBe(true);
      const cities = await store.localities({ level: 'city', limit: 100 });
      expect(cities.items.find((c) => c.locality.properties.code === '341100')?.practices).toBe(5);
      for (const level of ['county', 'city'] as const) {
        const matrix = await store.adoption({ level });
        const code = level === 'county' ? '341181' : '341100';
        const row = matrix.localities.find((l) => l.code === code);
        expect(row?.practices).toBeGreaterThan(0);
        const cells = matrix.cells.filter((c) => c.localityCode === code);
        expect(cells.length).toBeGreaterThan(0);
        for (const cell of cells) {
          expect(cell.practiceIds.every((id) => tianchangPractices.includes(id))).toBe(true);
          expect(cell.practices).toBe(cell.practiceIds.length);
        }
        expect(matrix.localities.some((l) => l.code.startsWith('341181') && l.code !== '341181')).toBe(false);
      }
    });

    test('every read is capped, whatever limit is asked', async () => {
      await ingestAll();
      await store.upsertBulletin(manyItemsDocument(260));
      const mechanisms = await store.mechanisms({ limit: 10_000 });
      expect(mechanisms.items.length).toBe(READ_CAPS.pageSize);
      expect(mechanisms.total).toBeGreaterThan(READ_CAPS.pageSize);
      expect((await store.mechanisms({ offset: mechanisms.total + 5 })).items).toEqual([]);
      const counties = await store.localities({ level: 'county', limit: 10_000 });
      expect(counties.items.length).toBe(READ_CAPS.pageSize);
      const hits = await store.search({ text: '测试机制', limit: 10_000 });
      expect(hits.items.length).toBe(READ_CAPS.searchHits);
      expect(hits.total).toBeGreaterThanOrEqual(260);
      const matrix = await store.adoption({ level: 'county', limitMechanisms: 10_000, limitLocalities: 10_000 });
      expect(matrix.mechanisms.length).toBeLessThanOrEqual(READ_CAPS.adoptionMechanisms);
      expect(matrix.trimmed).toBe(true);
      const hub = await store.neighborhood({ id: 'practice:many:1', depth: 1, limit: 100 });
      expect(hub.nodes).toHaveLength(100);
      expect(hub.trimmed).toBe(true);
    });

    test('a shared node takes the newer properties, its aliases the sorted union', async () => {
      await ingestAll();
      const doc = docs.find((d) => d.nodes.some((n) => n.id === 'mechanism:双报到'))!;
      const bulletin = doc.nodes.find((n) => n.labels[0] === 'Bulletin')!;
      const key = bulletin.id.slice(bulletin.id.indexOf(':') + 1);
      const edited = JSON.parse(JSON.stringify(doc).split(key).join('mergetest0000')) as GraphDocument;
      edited.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.source = 'contract/merge.txt';
      const mechanism = edited.nodes.find((n) => n.id === 'mechanism:双报到')!;
      const before = (await store.node('mechanism:双报到'))!.properties;
      mechanism.properties.aliases = ['甲别名', '乙别名'];
      mechanism.properties.description = '新的说明';
      expect((await store.upsertBulletin(edited)).status).toBe('created');
      const after = (await store.node('mechanism:双报到'))!.properties;
      expect(after.description).toBe('新的说明');
      expect(after.aliases).toEqual([...new Set([...(before.aliases as string[]), '甲别名', '乙别名'])].sort());
    });

    test('values outside the schema are refused with InvalidInput and change nothing', async () => {
      await ingestAll();
      const before = await store.exportDocument();
      for (const change of [
        (d: GraphDocument) =>
          ((d.nodes.find((n) => n.labels[0] === 'Practice')!.properties as Record<string, unknown>)['colour'] = 'red'),
        (d: GraphDocument) =>
          ((d.nodes.find((n) => n.labels[0] === 'Practice')!.properties as Record<string, unknown>)['ordinal'] =
            'first'),
        (d: GraphDocument) =>
          ((d.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties as Record<string, unknown>)['date'] =
            '2024-02-30'),
        (d: GraphDocument) =>
          ((d.relationships.find((r) => r.type === 'USES')!.properties as Record<string, unknown>)['start'] = 1.5),
      ]) {
        const bad = JSON.parse(JSON.stringify(docs[0]!).split('practice:').join('practice:bad')) as GraphDocument;
        bad.nodes.find((n) => n.labels[0] === 'Bulletin')!.properties.source = 'contract/bad.txt';
        change(bad);
        await expectStoreError(store.upsertBulletin(bad), 'InvalidInput');
      }
      expect(await store.exportDocument()).toEqual(before);
    });

    test('unknown ids read as null or empty', async () => {
      await ingestAll();
      expect(await store.node('nothing:here')).toBeNull();
      expect(await store.practice('practice:nothing')).toBeNull();
      expect(await store.similarPractices('practice:nothing')).toEqual([]);
      expect(await store.practice('locality:341181')).toBeNull();
    });

    test('practice detail carries its bulletin, locality chain, evidence and spans inside the text', async () => {
      await ingestAll();
      for (const doc of docs) {
        for (const p of practicesOf(doc)) {
          const detail = (await store.practice(p.id))!;
          const text = String(detail.practice.properties.text);
          expect(detail.bulletin?.id).toBe(doc.nodes.find((n) => n.labels[0] === 'Bulletin')!.id);
          for (const m of detail.mechanisms) expect(text).toContain(m.evidence);
          for (const span of detail.spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
          for (const span of detail.spans.filter((s) => s.kind === 'metric')) {
            expect(text.slice(span.start, span.end)).toBe(
              detail.metrics.find((m) => m.id === span.nodeId)!.properties.text,
            );
          }
          expect(detail.metrics.map((m) => m.id).sort()).toEqual(
            doc.relationships
              .filter((r) => r.type === 'REPORTS' && r.start === p.id)
              .map((r) => r.end)
              .sort(),
          );
        }
      }
      const qianshan = practicesOf(docs[0]!)[0]!;
      const detail = (await store.practice(qianshan.id))!;
      expect(detail.localities.map((l) => l.properties.name)).toEqual(['潜山市', '安庆市', '安徽省']);
      expect(detail.spans.some((s) => s.kind === 'locality' && s.nodeId === 'locality:340882')).toBe(true);
      expect(detail.spans.some((s) => s.kind === 'mechanism')).toBe(true);
      const reporter = docs.flatMap((d) => d.relationships).find((r) => r.type === 'REPORTED_BY')!;
      const withReporter = (await store.practice(reporter.start))!;
      expect(withReporter.organizations.find((o) => o.organization.id === reporter.end)?.reportedBy).toBe(true);
    });

    test('stats count every label and relationship type', async () => {
      await ingestAll();
      const stats = await store.stats();
      const all: GraphNode[] = [...new Map(docs.flatMap((d) => d.nodes).map((n) => [n.id, n])).values()];
      for (const label of ['Bulletin', 'Practice', 'Locality', 'Mechanism', 'Organization', 'Metric'] as const) {
        expect(stats.nodes[label]).toBe(all.filter((n) => n.labels[0] === label).length);
      }
      expect(stats.relationships.USES).toBe(
        new Set(docs.flatMap((d) => d.relationships.filter((r) => r.type === 'USES').map((r) => r.id))).size,
      );
    });
  });

  const filled = async () => {
    const docs = await sampleDocuments();
    const store = await createStore();
    await store.open();
    await store.clear();
    for (const doc of docs) await store.upsertBulletin(doc);
    return { store, docs };
  };
  analysisContract(name, filled);
  contractRules(name, filled);
  curationContract(name, filled);
}

/** The sample bulletins' documents, one per bulletin, as `kg ingest` builds them. */
export async function sampleDocuments(): Promise<GraphDocument[]> {
  const run = await ingestFiles([path.join(__dirname, '..', '..', 'data', 'samples')], {
    workers: 1,
    knowledge: sharedKnowledge(),
  });
  return run.bulletins.map((b) => b.document);
}

export function practicesOf(doc: GraphDocument): GraphNode[] {
  return doc.nodes
    .filter((n) => n.labels[0] === 'Practice')
    .sort((a, b) => Number(a.properties.ordinal) - Number(b.properties.ordinal));
}

export async function expectStoreError(promise: Promise<unknown>, code: StoreErrorCode): Promise<void> {
  const error = await promise.then(
    () => new Error('expected a StoreError, the call succeeded'),
    (e: unknown) => e,
  );
  expect(isStoreError(error, code) ? code : error).toBe(code);
}

export interface EditedCopy {
  document: GraphDocument;
  bulletinId: string;
  editedPracticeId: string;
  mechanismId: string;
  oldAliases: string[];
}

/**
 * The same file edited: a new bulletin id (so new practice and metric ids), the first practice's text extended,
 * and one of its mechanisms carrying only a new alias (the store must union it with the stored ones).
 */
export function editedCopy(doc: GraphDocument, edit: { text: string; alias?: string }): EditedCopy {
  const oldId = doc.nodes.find((n) => n.labels[0] === 'Bulletin')!.id;
  const oldKey = oldId.slice(oldId.indexOf(':') + 1);
  const document = JSON.parse(JSON.stringify(doc).split(oldKey).join('edited0000000000')) as GraphDocument;
  const practice = practicesOf(document)[0]!;
  practice.properties.text = `${String(practice.properties.text)}${edit.text}`;
  const used = new Set(
    document.relationships.filter((r) => r.type === 'USES' && r.start === practice.id).map((r) => r.end),
  );
  const mechanism = document.nodes.find((n) => used.has(n.id))!;
  const oldAliases = [...(mechanism.properties.aliases as string[])];
  if (edit.alias) mechanism.properties.aliases = [edit.alias];
  return {
    document,
    bulletinId: document.nodes.find((n) => n.labels[0] === 'Bulletin')!.id,
    editedPracticeId: practice.id,
    mechanismId: mechanism.id,
    oldAliases,
  };
}

/** One bulletin whose first practice uses `count` mechanisms and whose second is located in `count` counties. */
export function manyItemsDocument(count: number): GraphDocument {
  const names = Array.from({ length: count }, (_, i) => `测试机制${i + 1}`);
  const text = `${names.join('，')}。`;
  const nodes: GraphNode[] = [
    {
      id: 'bulletin:many',
      labels: ['Bulletin'],
      properties: { source: 'contract/many.txt', title: '测试简报', issue: 1, date: '2024-01-01', publisher: null },
    },
  ];
  const relationships: GraphRelationship[] = [];
  const relate = (
    type: GraphRelationship['type'],
    start: string,
    end: string,
    properties: GraphRelationship['properties'] = {},
  ) => relationships.push({ id: relationshipId({ type, start, end }), type, start, end, properties });
  for (const ordinal of [1, 2]) {
    const id = `practice:many:${ordinal}`;
    nodes.push({
      id,
      labels: ['Practice'],
      properties: {
        title: `测试做法${ordinal}`,
        text,
        section: null,
        reportedBy: null,
        date: '2024-01-01',
        ordinal,
        localityPhrase: null,
        subMeasures: [],
        form: 'marker',
      },
    });
    relate('CONTAINS', 'bulletin:many', id);
  }
  let offset = 0;
  names.forEach((name, i) => {
    nodes.push({
      id: `mechanism:${name}`,
      labels: ['Mechanism'],
      properties: { name, aliases: [], category: 'test', curated: false, description: null },
    });
    relate('USES', 'practice:many:1', `mechanism:${name}`, {
      evidence: text,
      start: offset,
      end: offset + name.length,
      via: 'test',
    });
    offset += name.length + 1;
    const code = String(990000 + i);
    nodes.push({
      id: `locality:${code}`,
      labels: ['Locality'],
      properties: { code, name: `测试县${i + 1}`, level: 'county', shortName: `测试${i + 1}` },
    });
    relate('LOCATED_IN', 'practice:many:2', `locality:${code}`, { evidence: '测试' });
  });
  return { nodes, relationships };
}
