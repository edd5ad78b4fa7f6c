/**
 * The Neo4j store against a live database: the shared store contract, plus what only this store offers (read-only
 * Cypher). Runs only when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as for the app); point it at a
 * scratch database — every store the suite creates starts by clearing the graph's labels.
 */
import { createNeo4jStore, neo4jConfigFromEnv, type Neo4jGraphStore } from '../../graph/store/neo4j';
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';
import { storeContract } from './store-contract';

const config = neo4jConfigFromEnv(process.env);

async function freshStore(): Promise<Neo4jGraphStore> {
  if (!config) throw new Error('NEO4J_URI is not set');
  const store = createNeo4jStore(config);
  // Creates the schema on first use, then starts from an empty graph.
  await store.open();
  await store.clear();
  return store;
}

if (config) {
  // The contract opens and clears each store it is given.
  storeContract('neo4j', async () => createNeo4jStore(config));

  describe('neo4j read-only Cypher (live)', () => {
    let store: Neo4jGraphStore;
    beforeAll(async () => {
      store = await freshStore();
      await store.upsertBulletin(ingestSample(SAMPLE_FILES.anqing37).document);
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    test('returns columns, plain rows and the graph elements met in them', async () => {
      const result = await store.cypher('MATCH (p:Practice)-[u:USES]->(m:Mechanism) RETURN p, u, m.name AS name LIMIT $n', { n: 3 });
      expect(result.columns).toEqual(['p', 'u', 'name']);
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.nodes.every((n) => n.labels.includes('Practice'))).toBe(true);
      // The mechanism was not returned as a node, yet the relationship names it by graph id.
      expect(result.relationships.every((r) => r.type === 'USES' && r.end.startsWith('mechanism:'))).toBe(true);
      expect(result.truncated).toBe(false);
    });

    test('caps rows', async () => {
      const result = await store.cypher('UNWIND range(1, 100) AS i RETURN i', {}, { rowCap: 10 });
      expect(result.rows).toHaveLength(10);
      expect(result.truncated).toBe(true);
    });

    test.each(['CREATE (n:Practice {id: "x"}) RETURN n', 'MATCH (n) DETACH DELETE n', 'MATCH (m:Mechanism) SET m.name = "x"'])(
      'refuses %s with ReadOnly and changes nothing',
      async (query) => {
        const before = await store.exportDocument();
        await expect(store.cypher(query)).rejects.toMatchObject({ code: 'ReadOnly' });
        expect(await store.exportDocument()).toEqual(before);
      },
    );

    test('refuses schema commands, LOAD CSV and procedures outside db.*', async () => {
      // A schema command may be refused by its plan type ('s': ReadOnly) or by the server before planning.
      const schema = await store.cypher('CREATE INDEX x IF NOT EXISTS FOR (n:Practice) ON (n.title)').catch((e: unknown) => e);
      expect(['ReadOnly', 'InvalidInput']).toContain((schema as { code?: string }).code);
      await expect(store.cypher("LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row")).rejects.toMatchObject({ code: 'InvalidInput' });
      await expect(store.cypher('CALL dbms.components() YIELD name RETURN name')).rejects.toMatchObject({ code: 'InvalidInput' });
      expect((await store.cypher('CALL db.labels() YIELD label RETURN label')).rows.length).toBeGreaterThan(0);
    });

    test('a syntax error is InvalidInput; a slow query is stopped with Timeout', async () => {
      await expect(store.cypher('MATCH (n) RETRUN n')).rejects.toMatchObject({ code: 'InvalidInput' });
      const slow = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS c';
      await expect(store.cypher(slow, {}, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'Timeout' });
    });
  });
} else {
  describe.skip('neo4j contract suite (set NEO4J_URI to run)', () => {
    test('runs the shared store contract against Neo4j', () => undefined);
  });
}
