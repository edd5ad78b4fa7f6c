/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction and $$eval run in the page, where the DOM exists.
/**
 * The explorer's Cypher console in headless chromium on a Neo4j-mode server (the live Neo4j, the samples ingested
 * with `kg ingest --store neo4j`): a researcher's query answers as a table and a graph, every example query runs,
 * and a query that writes is refused in the page. Screenshots go to test-artifacts/web/.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { createNeo4jStore, type Neo4jGraphStore } from '../../graph/store/neo4j';
import { createJsonLogger } from '../../server/log/json-logger';
import { startServer, type RunningServer } from '../../server/start-server';
import { CYPHER_EXAMPLES } from '../../web/src/panels/cypher-examples';
import { describeNeo4j } from '../helpers/live-neo4j';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { launchChromium } from './chromium';
import { ensureWebBuild } from './web-build';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'web');

describeNeo4j('the Cypher console on Neo4j (chromium)', (config) => {
  let store: Neo4jGraphStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const webDir = ensureWebBuild();
    store = createNeo4jStore(config);
    await store.open();
    await store.clear();
    const ingest = runKg(['ingest', 'data/samples', '--store', 'neo4j'], {
      env: {
        NEO4J_URI: config.uri,
        NEO4J_USER: config.user,
        NEO4J_PASSWORD: config.password,
        KG_DATA_DIR: tempDataDir(),
      },
    });
    if (ingest.status !== 0) throw new Error(`kg ingest --store neo4j failed: ${ingest.stderr}`);
    server = await startServer({ store, neo4j: config, port: 0, webDir, log: createJsonLogger(() => undefined) });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}?tab=cypher`);
    await page.waitForSelector('.cypher-view');
  }, 300_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function run(query: string, params: string): Promise<void> {
    await page.fill('.cypher-editor', query);
    await page.fill('.cypher-params', params);
    await page.click('.cypher-view button.primary');
    await page.waitForFunction(() => {
      const table = document.querySelector('.cypher-table');
      return table && (table.querySelector('.result-table') || table.querySelector('.error'));
    });
  }

  test('the console is on: the header names the Neo4j store and the Cypher tab is selected', async () => {
    expect(await page.getAttribute('.tab[data-tab="cypher"]', 'aria-selected')).toBe('true');
    expect(await page.isVisible('.tab[data-tab="cypher"]')).toBe(true);
  });

  test("a researcher's query answers as a table and as a graph of the nodes and relationships it returned", async () => {
    await run(
      'MATCH (m:Mechanism {name: $mechanism})<-[u:USES]-(p:Practice)-[l:LOCATED_IN]->(c:Locality)\nRETURN c.name AS place, p.title AS practice, m, u, p, l, c\nORDER BY place, practice',
      JSON.stringify({ mechanism: '双报到' }),
    );
    const rows = await page.$$eval('.result-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const expected = await store.cypher(
      'MATCH (m:Mechanism {name: $mechanism})<-[:USES]-(p:Practice)-[:LOCATED_IN]->(c:Locality) RETURN c.name AS place, p.title AS practice ORDER BY place, practice',
      { mechanism: '双报到' },
    );
    expect(rows.map((r) => r.slice(0, 2))).toEqual(expected.rows);
    // Node cells print the label and caption, relationship cells the type: never raw JSON.
    expect(rows.map((r) => r.slice(2))).toEqual(
      expected.rows.map(([place, practice]) => [
        'Mechanism 双报到',
        ':USES',
        `Practice ${String(practice)}`,
        ':LOCATED_IN',
        `Locality ${String(place)}`,
      ]),
    );
    expect(await page.$$eval('.result-table thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      'place',
      'practice',
      'm',
      'u',
      'p',
      'l',
      'c',
    ]);
    // Mechanism, practices and places as nodes; USES and LOCATED_IN as edges.
    const practices = new Set(expected.rows.map((r) => r[1])).size;
    await page.waitForFunction(
      (least) => Number(document.querySelector('.cypher-graph')?.getAttribute('data-elements')) >= least,
      1 + practices * 2,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-cypher-console.png') });
  });

  test('lists, maps and paths print readably, nodes by their captions', async () => {
    await run(
      'MATCH path = (p:Practice)-[:USES]->(m:Mechanism {name: $mechanism})\nRETURN path, [p.title, m.name] AS pair, {mechanism: m} AS map, [m] AS nodes\nORDER BY p.id LIMIT 1',
      JSON.stringify({ mechanism: '双报到' }),
    );
    const [title] = (
      await store.cypher(
        'MATCH (p:Practice)-[:USES]->(:Mechanism {name: $mechanism}) RETURN p.title ORDER BY p.id LIMIT 1',
        { mechanism: '双报到' },
      )
    ).rows[0] as [string];
    const cells = await page.$$eval('.result-table tbody tr:first-child td', (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
    expect(cells).toEqual([
      `Practice ${title} -[:USES]-> Mechanism 双报到`,
      `[${title}, 双报到]`,
      '{mechanism: Mechanism 双报到}',
      '[Mechanism 双报到]',
    ]);
  });

  test.each(CYPHER_EXAMPLES.map((e) => [e.id, e] as const))('the example %s runs on Neo4j', async (_id, example) => {
    await page.selectOption('.cypher-view select', example.id);
    await page.click('.cypher-view button.primary');
    await page.waitForFunction(() => document.querySelector('.cypher-table .result-table, .cypher-table .error'));
    expect(await page.$('.cypher-table .error')).toBeNull();
  });

  test('a query that writes is refused in the page and changes nothing', async () => {
    await run('MATCH (p:Practice) DETACH DELETE p', '');
    expect(await page.textContent('.cypher-table .error')).toBeTruthy();
    expect((await store.stats()).practices).toBe(19);
  });
});
