/**
 * The curation part of the GraphStore contract (issue 15), run by storeContract for every adapter on the real sample
 * bulletins: how each mechanism was linked (mechanismUsage), the stored bulletins read back for `kg relink`
 * (storedBulletins) and the mechanisms settled after it (replaceMechanisms). Expectations come from the documents.
 */
import type { GraphDocument, GraphNode } from '../../graph/graph-document';
import type { GraphStore } from '../../graph/store/graph-store';
import { expectStoreError } from './store-contract';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What mechanismUsage must answer for `name`, from the documents (no analyses stored: no reprints). */
function expectedUsage(docs: readonly GraphDocument[], name: string) {
  const uses = docs.flatMap((d) => d.relationships).filter((r) => r.type === 'USES' && r.end === `mechanism:${name}`);
  const vias = new Map<string, number>();
  for (const u of uses) vias.set(String(u.properties.via), (vias.get(String(u.properties.via)) ?? 0) + 1);
  const first = [...uses].sort((a, b) => byText(a.start, b.start))[0];
  return {
    name,
    via: [...vias]
      .map(([via, practices]) => ({ via, practices }))
      .sort((a, b) => b.practices - a.practices || byText(a.via, b.via)),
    evidence: first ? { practiceId: first.start, sentence: String(first.properties.evidence) } : null,
  };
}

export function curationContract(
  name: string,
  open: () => Promise<{ store: GraphStore; docs: GraphDocument[] }>,
): void {
  describe(`GraphStore curation: ${name}`, () => {
    let store: GraphStore;
    let docs: GraphDocument[];
    beforeEach(async () => {
      ({ store, docs } = await open());
    });
    afterEach(async () => {
      await store.close();
    });

    test("mechanismUsage: each rule with its practices, and the first practice's evidence, in the order asked", async () => {
      const used = [
        ...new Set(
          docs
            .flatMap((d) => d.relationships)
            .filter((r) => r.type === 'USES')
            .map((r) => r.end.slice('mechanism:'.length)),
        ),
      ].sort(byText);
      // A mechanism several rules found (吹哨报到: lexicon and pattern on the samples), and discovered ones.
      const several = used.find((n) => expectedUsage(docs, n).via.length > 1);
      expect(several).toBeDefined();
      const asked = [several!, '没有这个机制', ...used.slice(0, 5).reverse()];
      const usage = await store.mechanismUsage(asked);
      expect(usage).toEqual(asked.filter((n) => used.includes(n)).map((n) => expectedUsage(docs, n)));
      expect(await store.mechanismUsage([])).toEqual([]);
    });

    test('storedBulletins: every bulletin and its practices by ordinal, with their mechanisms', async () => {
      const stored = await store.storedBulletins();
      const expected = docs
        .map((d) => {
          const bulletin = d.nodes.find((n) => n.labels[0] === 'Bulletin')!;
          const names = new Map(
            d.nodes.filter((n) => n.labels[0] === 'Mechanism').map((n) => [n.id, String(n.properties.name)]),
          );
          const practices = d.nodes
            .filter((n) => n.labels[0] === 'Practice')
            .sort((a, b) => Number(a.properties.ordinal) - Number(b.properties.ordinal))
            .map((practice) => ({
              practice,
              mechanisms: d.relationships
                .filter((r) => r.type === 'USES' && r.start === practice.id)
                .map((r) => names.get(r.end)!)
                .sort(byText),
            }));
          return { bulletin, practices };
        })
        .sort((a, b) => byText(a.bulletin.id, b.bulletin.id));
      expect(stored).toEqual(expected);
      // What relinking reads of the page layout and the headline travels with each practice.
      expect(
        stored
          .flatMap((b) => b.practices)
          .every(
            (p) =>
              Array.isArray(p.practice.properties.pageBreaks) && typeof p.practice.properties.titleEnd === 'number',
          ),
      ).toBe(true);
    });

    test('replaceMechanisms: listed ones take exactly their properties, unused unlisted ones go, used ones stay', async () => {
      const mechanisms = docs.flatMap((d) => d.nodes).filter((n) => n.labels[0] === 'Mechanism');
      // Deleting a bulletin leaves the mechanisms only it used behind, unused.
      const gone = docs[0]!;
      const bulletinId = gone.nodes.find((n) => n.labels[0] === 'Bulletin')!.id;
      const stillUsed = new Set(
        docs
          .slice(1)
          .flatMap((d) => d.relationships)
          .filter((r) => r.type === 'USES')
          .map((r) => r.end),
      );
      const target = mechanisms.find((m) => stillUsed.has(m.id) && (m.properties.aliases as string[]).length > 0)!;
      const orphans = gone.relationships.filter((r) => r.type === 'USES' && !stillUsed.has(r.end)).map((r) => r.end);
      expect(orphans.length).toBeGreaterThan(1);
      await store.deleteBulletin(bulletinId);
      const kept = orphans[0]!;
      const keptNode = mechanisms.find((m) => m.id === kept)!;
      const changed: GraphNode = {
        ...target,
        properties: { ...target.properties, aliases: ['只此一个别名'], description: '研究者改写的说明' },
      };
      const unknown: GraphNode = {
        id: 'mechanism:未存储的机制',
        labels: ['Mechanism'],
        properties: { name: '未存储的机制', aliases: [], category: null, curated: false, description: null },
      };
      const unlisted = [...new Set(orphans)].filter((id) => id !== kept && id !== target.id);
      const removed = await store.replaceMechanisms([changed, keptNode, unknown]);
      expect(removed).toEqual(unlisted.map((id) => id.slice('mechanism:'.length)).sort(byText));
      for (const id of unlisted) expect(await store.node(id)).toBeNull();
      expect(await store.node(kept)).not.toBeNull();
      expect(await store.node(unknown.id)).toBeNull();
      const after = await store.node(target.id);
      expect(after?.properties.aliases).toEqual(['只此一个别名']);
      expect(after?.properties.description).toBe('研究者改写的说明');
      const hits = await store.search({ text: '只此一个别名', labels: ['Mechanism'] });
      expect(hits.items.map((h) => h.node.id)).toEqual([target.id]);
      // Used mechanisms left out of the list stay; a second call removes nothing more.
      expect(await store.replaceMechanisms([])).toEqual([kept.slice('mechanism:'.length)]);
      expect(await store.node(mechanisms.find((m) => stillUsed.has(m.id))!.id)).not.toBeNull();
      expect((await store.stats()).relationships.USES).toBe(
        docs
          .slice(1)
          .flatMap((d) => d.relationships)
          .filter((r) => r.type === 'USES').length,
      );
    });

    test('replaceMechanisms refuses nodes that are not mechanisms, and changes nothing', async () => {
      const before = await store.exportDocument();
      const locality = docs[0]!.nodes.find((n) => n.labels[0] === 'Locality')!;
      await expectStoreError(store.replaceMechanisms([locality]), 'InvalidInput');
      expect(await store.exportDocument()).toEqual(before);
    });
  });
}
