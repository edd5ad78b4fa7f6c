/**
 * Researchers' Cypher (`store.cypher`) against the live Neo4j: parameters, plain rows and graph elements, the row cap,
 * the timeout, and every kind of query that must not run — each refused with `ReadOnly`, leaving the graph as it was.
 */
import { createNeo4jStore, type Neo4jGraphStore } from '../../graph/store/neo4j';
import { describeNeo4j } from '../helpers/live-neo4j';
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';

/** Queries that write, reach outside the database or administer it. */
const REFUSED: [string, string][] = [
  ['CREATE', 'CREATE (n:Practice {id: "x"}) RETURN n'],
  ['MERGE', 'MERGE (m:Mechanism {id: "mechanism:新机制"}) RETURN m'],
  ['SET', 'MATCH (m:Mechanism) SET m.name = "x"'],
  ['DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', 'MATCH (p:Practice) REMOVE p.title'],
  ['FOREACH with CREATE', 'FOREACH (i IN range(1, 3) | CREATE (:Practice {id: toString(i)}))'],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['LOAD CSV from a URL', "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row"],
  [
    'CALL { } IN TRANSACTIONS that writes',
    'MATCH (p:Practice) CALL { WITH p SET p.seen = true } IN TRANSACTIONS OF 10 ROWS',
  ],
  [
    'CALL { } IN TRANSACTIONS that reads',
    'MATCH (p:Practice) CALL { WITH p RETURN p.id AS id } IN TRANSACTIONS RETURN id',
  ],
  ['a write procedure', "CALL db.createLabel('Intruder')"],
  ['an admin procedure', 'CALL db.clearQueryCaches()'],
  ['a procedure that changes statistics', "CALL db.stats.clear('QUERIES')"],
  ['dbms.components', 'CALL dbms.components() YIELD name RETURN name'],
  ['dbms.listConfig', 'CALL dbms.listConfig() YIELD name, value RETURN name, value'],
  ['a schema command', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Practice) ON (n.title)'],
  ['DROP INDEX', 'DROP INDEX kg_fulltext'],
  ['SHOW SETTINGS', 'SHOW SETTINGS YIELD name RETURN name'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
];

describeNeo4j('neo4j read-only Cypher', (config) => {
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = createNeo4jStore(config);
    await store.open();
    await store.clear();
    await store.upsertBulletin(ingestSample(SAMPLE_FILES.anqing37).document);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  test('takes parameters and returns columns, plain rows and the graph elements met in them', async () => {
    const result = await store.cypher(
      'MATCH (p:Practice)-[u:USES]->(m:Mechanism {name: $name}) RETURN p, u, m.name AS name LIMIT $n',
      { name: '双报到', n: 3 },
    );
    expect(result.columns).toEqual(['p', 'u', 'name']);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((row) => row[2] === '双报到')).toBe(true);
    expect(result.nodes.every((n) => n.labels.includes('Practice'))).toBe(true);
    // The mechanism was not returned as a node, yet the relationship names it by graph id.
    expect(result.relationships.every((r) => r.type === 'USES' && r.end === 'mechanism:双报到')).toBe(true);
    expect(result.truncated).toBe(false);
    const typed = await store.cypher('RETURN $i + 1 AS next, $f * 2 AS double, $list AS list, $map.k AS k', {
      i: 41,
      f: 0.25,
      list: ['a', 1],
      map: { k: true },
    });
    expect(typed.rows).toEqual([[42, 0.5, ['a', 1], true]]);
  });

  test('caps rows and says so', async () => {
    const result = await store.cypher('UNWIND range(1, 100) AS i RETURN i', {}, { rowCap: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect((await store.cypher('UNWIND range(1, 10) AS i RETURN i', {}, { rowCap: 10 })).truncated).toBe(false);
  });

  test.each(REFUSED)('refuses %s with ReadOnly, a one-line message, and changes nothing', async (_what, query) => {
    const before = await store.exportDocument();
    const error = await store.cypher(query).then(
      () => new Error('the query ran'),
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ReadOnly' });
    expect((error as Error).message).not.toMatch(/\n|\bat .*\.(?:ts|js):\d+/);
    expect(await store.exportDocument()).toEqual(before);
  });

  test('allows read-only procedures and catalogue commands', async () => {
    expect((await store.cypher('CALL db.labels() YIELD label RETURN label')).rows.length).toBeGreaterThan(0);
    expect((await store.cypher('SHOW INDEXES YIELD name RETURN name')).rows).toContainEqual(['kg_fulltext']);
    const hits = await store.cypher(
      "CALL db.index.fulltext.queryNodes('kg_fulltext', $q) YIELD node RETURN node.id AS id",
      { q: '"双报到"' },
    );
    expect(hits.rows).toContainEqual(['mechanism:双报到']);
  });

  test('a syntax error or a bad parameter is InvalidInput; EXPLAIN and PROFILE are left to the store', async () => {
    await expect(store.cypher('MATCH (n) RETRUN n')).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(store.cypher('RETURN $x', { x: Number.NaN })).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(store.cypher('PROFILE MATCH (n) RETURN n')).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(store.cypher('   ')).rejects.toMatchObject({ code: 'InvalidInput' });
  });

  test('a slow query is stopped at its timeout with Timeout', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS c';
    const started = performance.now();
    await expect(store.cypher(slow, {}, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'Timeout' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
