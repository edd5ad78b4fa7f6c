/**
 * The Neo4j store against the live Neo4j (NEO4J_URI; .ci/run starts one): the shared store contract with its exact
 * rules, and what only this store has — an abort that stops a running query. Every store the suite creates starts by
 * clearing the graph, so the suite holds the live-Neo4j lock (tests/helpers/live-neo4j.ts).
 */
import neo4j from 'neo4j-driver';
import { createNeo4jStore, type Neo4jStoreConfig } from '../../graph/store/neo4j';
import { describeNeo4j } from '../helpers/live-neo4j';
import { sampleDocuments, storeContract } from './store-contract';

describeNeo4j('neo4j store', (config) => {
  storeContract('neo4j', async () => createNeo4jStore(config));

  describe('aborting a running read', () => {
    test('stops the query on the server and rejects with Aborted', async () => {
      const store = createNeo4jStore(config);
      await store.open();
      await store.clear();
      try {
        for (const doc of await sampleDocuments()) await store.upsertBulletin(doc);
        const controller = new AbortController();
        // A read that would run for minutes: the abort must end it, not its own timeout.
        const slow = store.cypher(
          'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS c',
          {},
          { timeoutMs: 120_000, signal: controller.signal },
        );
        setTimeout(() => controller.abort(), 300);
        const started = performance.now();
        await expect(slow).rejects.toMatchObject({ code: 'Aborted' });
        expect(performance.now() - started).toBeLessThan(5_000);
        const adoption = new AbortController();
        const matrix = store.adoption({ level: 'county' }, { signal: adoption.signal });
        adoption.abort();
        await expect(matrix).rejects.toMatchObject({ code: 'Aborted' });
        // The server stops it (researchers may not list transactions; the test asks Neo4j directly). The store rejects
        // at once and does not wait for the connection reset's round trip, so the query may be listed a moment longer.
        expect(await stillRunningAfter(config, { query: '1000000000', ms: 5_000 })).toBe(false);
        expect((await store.stats()).bulletins).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    });
  });
});

/** Whether a query containing `query` is still running on the server after `ms` of polling. */
async function stillRunningAfter(
  config: Neo4jStoreConfig,
  { query, ms }: { query: string; ms: number },
): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    const running = (await runningQueries(config)).some((q) => q.includes(query) && !q.startsWith('SHOW TRANSACTIONS'));
    if (!running || performance.now() > deadline) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runningQueries(config: Neo4jStoreConfig): Promise<string[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    return records.map((r) => String(r.get('currentQuery')));
  } finally {
    await driver.close();
  }
}
