/**
 * `replaceAnalyses` on Neo4j writes in batches (a generation per replace, switched in one small transaction): readers
 * see the old analyses or the new ones, never a mix; a replace killed midway leaves the previous analyses in place,
 * and the next replace removes what the killed one wrote. Small batches make a few thousand relationships many
 * transactions.
 */
import { spawn } from 'child_process';
import { writeFileSync } from 'fs';
import neo4j from 'neo4j-driver';
import path from 'path';
import { relationshipId, type GraphDocument, type GraphRelationship } from '../../graph/graph-document';
import type { GraphAnalyses } from '../../graph/store/graph-store';
import { createNeo4jStore, type Neo4jGraphStore, type Neo4jStoreConfig } from '../../graph/store/neo4j';
import { describeNeo4j } from '../helpers/live-neo4j';
import { tempDataDir } from '../helpers/run-kg';

const ROOT = path.join(__dirname, '..', '..');
const PRACTICES = 130;
const ids = Array.from({ length: PRACTICES }, (_, i) => `practice:analyses:${String(i).padStart(3, '0')}`);

/** One bulletin of PRACTICES short practices, enough for thousands of similar pairs. */
function fixture(): GraphDocument {
  const bulletin = 'bulletin:analyses';
  return {
    nodes: [
      {
        id: bulletin,
        labels: ['Bulletin'],
        properties: {
          source: 'contract/analyses.txt',
          title: '测试简报',
          issue: 1,
          date: '2024-03-01',
          publisher: null,
        },
      },
      ...ids.map((id, i) => ({
        id,
        labels: ['Practice' as const],
        properties: {
          title: `测试做法${i}`,
          text: `测试做法${i}的内容。`,
          section: null,
          reportedBy: null,
          date: '2024-03-01',
          ordinal: i + 1,
          localityPhrase: null,
          subMeasures: [],
          form: 'marker',
        },
      })),
    ],
    relationships: ids.map((id) => ({
      id: relationshipId({ type: 'CONTAINS', start: bulletin, end: id }),
      type: 'CONTAINS' as const,
      start: bulletin,
      end: id,
      properties: {},
    })),
  };
}

/** SIMILAR_TO between the first `n` practices' pairs, scored `score`. */
function analyses(n: number, score: number): GraphAnalyses {
  const relationships: GraphRelationship[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [start, end] = [ids[i] as string, ids[j] as string];
      relationships.push({
        id: relationshipId({ type: 'SIMILAR_TO', start, end }),
        type: 'SIMILAR_TO',
        start,
        end,
        properties: { score, sharedMechanisms: [], sharedTerms: ['测试'] },
      });
    }
  }
  return { relationships, mechanismProperties: {} };
}

/** Every SIMILAR_TO stored, whatever its generation: what the store's reads do not show. */
async function storedSimilar(config: Neo4jStoreConfig): Promise<number> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const { records } = await driver.executeQuery('MATCH ()-[r:SIMILAR_TO]->() RETURN count(r) AS n');
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

describeNeo4j('neo4j replaceAnalyses in batches', (config) => {
  let store: Neo4jGraphStore;
  const old = analyses(8, 0.2);
  const large = analyses(PRACTICES, 0.5);

  beforeAll(async () => {
    store = createNeo4jStore({ ...config, analysisBatchSize: 200 });
    await store.open();
    await store.clear();
    await store.upsertBulletin(fixture());
  });
  afterAll(async () => {
    await store?.close();
  });

  const similarIds = async () =>
    (await store.exportDocument()).relationships
      .filter((r) => r.type === 'SIMILAR_TO')
      .map((r) => r.id)
      .sort();
  const idsOf = (a: GraphAnalyses) => a.relationships.map((r) => r.id).sort();

  test('readers see the old analyses or the new ones, never a mix', async () => {
    await store.replaceAnalyses(old);
    const counts = new Set<number>();
    const similar = new Set<string>();
    let done = false;
    const replacing = store.replaceAnalyses(large).finally(() => (done = true));
    while (!done) {
      counts.add((await store.stats()).relationships.SIMILAR_TO ?? -1);
      const found = await store.similarPractices(ids[0] as string, 50);
      similar.add(
        `${found.length} × ${found
          .map((f) => f.score)
          .join(',')
          .replace(/^(\d\.\d)(,\1)*$/, '$1')}`,
      );
    }
    await replacing;
    expect([...counts].sort()).toEqual([...counts].filter((n) => n === 28 || n === large.relationships.length).sort());
    expect([...similar].filter((s) => s !== '7 × 0.2' && s !== '50 × 0.5')).toEqual([]);
    expect(counts.has(28)).toBe(true);
    expect(await similarIds()).toEqual(idsOf(large));
    expect(await storedSimilar(config)).toBe(large.relationships.length);
    const exported = (await store.exportDocument()).relationships.find((r) => r.type === 'SIMILAR_TO');
    expect(Object.keys(exported?.properties ?? {}).sort()).toEqual(['score', 'sharedMechanisms', 'sharedTerms']);
  }, 300_000);

  test('a replace killed midway leaves the previous analyses; the next replace removes what it wrote', async () => {
    await store.replaceAnalyses(old);
    const file = path.join(tempDataDir(), 'analyses.json');
    writeFileSync(file, JSON.stringify(large));
    const child = spawn(
      process.execPath,
      ['--require', 'tsx/cjs', path.join(ROOT, 'tests', 'helpers', 'replace-analyses-child.ts'), file, '100'],
      {
        cwd: ROOT,
        env: process.env,
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed once some batches of the new generation are committed, long before all of them.
    while ((await storedSimilar(config)) < old.relationships.length + 500) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const stored = await storedSimilar(config);
    expect(stored).toBeLessThan(old.relationships.length + large.relationships.length);

    expect(await similarIds()).toEqual(idsOf(old));
    expect((await store.stats()).relationships.SIMILAR_TO).toBe(old.relationships.length);
    expect((await store.similarPractices(ids[0] as string, 50)).map((s) => s.score)).toEqual(Array(7).fill(0.2));
    expect(
      (await store.neighborhood({ id: ids[20] as string, depth: 1 })).relationships.filter(
        (r) => r.type === 'SIMILAR_TO',
      ),
    ).toEqual([]);

    const next = analyses(12, 0.3);
    await store.replaceAnalyses(next);
    expect(await similarIds()).toEqual(idsOf(next));
    expect(await storedSimilar(config)).toBe(next.relationships.length);
  }, 300_000);
});
