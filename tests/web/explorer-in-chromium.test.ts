/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction and $$eval run in the page, where the DOM exists.
/**
 * The explorer end to end in headless chromium, against a real server on the sample bulletins (embedded store):
 * search (Chinese and pinyin), expand, a practice's highlighted evidence, the adoption matrix, exports, the hidden
 * Cypher console, the language switch and a shared link. Screenshots go to test-artifacts/web/.
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { createJsonLogger } from '../../server/log/json-logger';
import { startServer, type RunningServer } from '../../server/start-server';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { launchChromium } from './chromium';
import { ensureWebBuild } from './web-build';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'web');
const STEP = 20_000;

let store: SqliteStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const webDir = ensureWebBuild();
  const dataDir = tempDataDir();
  const ingest = runKg(['ingest', 'data/samples'], { env: { KG_DATA_DIR: dataDir } });
  if (ingest.status !== 0) throw new Error(`kg ingest failed: ${ingest.stderr}`);
  store = createSqliteStore({ dataDir, readOnly: true });
  await store.open();
  server = await startServer({ store, port: 0, webDir, log: createJsonLogger(() => undefined) });
  browser = await launchChromium();
  page = await newPage();
  await page.goto(server.url);
  await ready(page);
}, 180_000);

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

async function newPage(): Promise<Page> {
  const created = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  created.setDefaultTimeout(STEP);
  created.on('pageerror', (error) => pageErrors.push(error.message));
  return created;
}

const ready = (p: Page) => p.waitForSelector('#app[data-ready]', { state: 'attached' });
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const canvasElements = async (p: Page) => Number(await p.getAttribute('[data-testid="canvas"]', 'data-elements'));

async function search(text: string): Promise<void> {
  await page.fill('.search-input', '');
  await page.fill('.search-input', text);
  await page.waitForFunction((q) => document.querySelector('.search-results .hit-group') && (document.querySelector('.search-input') as HTMLInputElement).value === q, text);
  await page.waitForFunction(() => !document.querySelector('.search-results.loading'));
}

test('the header counts the corpus; searching 双报到 groups hits by kind, mechanisms first', async () => {
  await page.waitForFunction(() => document.querySelector('.stats')?.textContent?.includes('5 期简报'));
  await search('双报到');
  const groups = await page.$$eval('.hit-group', (els) => els.map((e) => (e as HTMLElement).dataset['label']));
  expect(groups[0]).toBe('Mechanism');
  expect(groups).toContain('Practice');
  expect(await page.textContent('.hit-group[data-label="Mechanism"] .hit-caption')).toBe('双报到');
});

test('picking the mechanism draws its practices and places and opens its page: adopters and diffusion timeline', async () => {
  await page.click('.hit-group[data-label="Mechanism"] .hit');
  await page.waitForSelector('.mechanism-panel');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="canvas"]')?.getAttribute('data-elements')) > 5);
  const adopters = await page.$$eval('.mechanism-panel .chip', (els) => els.map((e) => e.textContent ?? ''));
  expect(adopters.some((a) => a.startsWith('潜山市'))).toBe(true);
  expect(await page.$$eval('.timeline-list li', (els) => els.length)).toBeGreaterThanOrEqual(3);
  expect(decodeURIComponent(page.url())).toContain('seed=mechanism:双报到');
  await shot(page, '01-mechanism-双报到');
});

test('the province filter hides what lies outside Anhui (金塔县, 安图县 and their practices), and shows it again', async () => {
  const province = page.locator('.filters select').first();
  await page.waitForSelector('.filters option[value="340000"]', { state: 'attached' });
  await province.selectOption('340000');
  await page.waitForFunction(() => /筛选隐藏 [1-9]/.test(document.querySelector('.hidden-line')?.textContent ?? ''));
  expect(new URL(page.url()).searchParams.get('region')).toBe('340000');
  await shot(page, '01b-filtered-to-anhui');
  await province.selectOption('');
  await page.waitForFunction(() => document.querySelector('.hidden-line')?.textContent === '');
  expect(new URL(page.url()).searchParams.get('region')).toBeNull();
});

test('pinyin initials sbd find 双报到', async () => {
  await search('sbd');
  const first = page.locator('.hit-group[data-label="Mechanism"] .hit').first();
  expect(await first.locator('.hit-caption').textContent()).toBe('双报到');
  expect(await first.locator('.tag').textContent()).toBe('拼音');
  await shot(page, '02-pinyin-sbd');
});

test('a practice: expanding adds its neighbours; its text highlights mechanisms, places and figures; a highlight focuses its node', async () => {
  await page.click('.neighbours .chip[data-id^="practice:"]:has-text("做实党员")');
  await page.waitForSelector('.practice-panel');
  const before = await canvasElements(page);
  await page.click('[data-action="expand"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="canvas"]')?.getAttribute('data-elements')) > n, before);

  const bulletin = await page.textContent('.practice-panel .bulletin-line');
  expect(bulletin).toContain('安庆组工信息');
  expect(bulletin).toContain('第 37 期');
  expect(bulletin).toContain('2023-12-12');
  const marks = (kind: string) => page.$$eval(`.evidence-text mark[data-kind="${kind}"]`, (els) => els.map((e) => e.textContent ?? ''));
  expect(await marks('mechanism')).toContain('双报到');
  expect(await marks('locality')).toContain('潜山市');
  expect((await marks('metric')).length).toBeGreaterThan(3);
  expect(await page.$$eval('.evidence-text mark', (els) => els.every((e) => e.getAttribute('data-node')))).toBe(true);

  // Figures are filtered off the canvas by default: focusing one shows them.
  expect(await page.isChecked('input[data-label="Metric"]')).toBe(false);
  await page.click('.evidence-text mark[data-kind="metric"]');
  await page.waitForSelector('.evidence-text mark[data-kind="metric"].active');
  expect(await page.isChecked('input[data-label="Metric"]')).toBe(true);
  expect(new URL(page.url()).searchParams.get('hide')).toBe('');
  await shot(page, '03-practice-evidence');
});

test('the adoption matrix has 潜山市 × 双报到 > 0; the cell lists its practices; the table downloads as CSV', async () => {
  await page.click('.tab[data-tab="matrix"]');
  const cell = page.locator('td[data-locality-name="潜山市"][data-mechanism="双报到"]');
  await cell.waitFor();
  const count = Number(await cell.textContent());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await page.waitForSelector('.cell-practices li');
  expect(await page.$$eval('.cell-practices li', (els) => els.length)).toBe(count);
  await shot(page, '04-matrix');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.matrix-view .toolbar button')]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeffcode,')).toBe(true);
  const header = csv.slice(1).split('\r\n')[0]!.split(',');
  const row = csv.split('\r\n').find((line) => line.includes(',潜山市,'))!.split(',');
  expect(Number(row[header.indexOf('双报到')])).toBe(count);

  await page.click('.cell-practices button');
  await page.waitForSelector('.pane-graph:not([hidden]) >> visible=true');
  await page.waitForSelector('.practice-panel');
  expect(new URL(page.url()).searchParams.get('tab')).toBeNull();
});

test('the graph exports as PNG', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="png"]')]);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(download.suggestedFilename()).toBe('governance-graph.png');
});

test('a shared link reopens the same view: canvas, selection and panel', async () => {
  const link = page.url();
  const elements = await canvasElements(page);
  const title = await page.textContent('.practice-panel h2');
  const other = await newPage();
  await other.goto(link);
  await ready(other);
  await other.waitForSelector('.practice-panel');
  expect(await canvasElements(other)).toBe(elements);
  expect(await other.textContent('.practice-panel h2')).toBe(title);
  expect(await other.isChecked('input[data-label="Metric"]')).toBe(true);
  await shot(other, '05-restored-from-link');
  await other.close();
});

test('the language switches to English and back, keeping the view', async () => {
  const elements = await canvasElements(page);
  await page.click('.lang-switch');
  await page.waitForSelector('html[lang="en"]');
  await ready(page);
  expect(await page.textContent('.tab[data-tab="graph"]')).toBe('Graph');
  await page.waitForSelector('.practice-panel');
  expect(await page.textContent('.practice-panel')).toContain('Source text and evidence');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(await canvasElements(page)).toBe(elements);
  await shot(page, '06-english');
  await page.click('.lang-switch');
  await page.waitForSelector('html[lang="zh-CN"]');
  expect(await page.textContent('.tab[data-tab="graph"]')).toBe('关系图');
});

test('the Cypher console is hidden on the embedded store, even when a link asks for it', async () => {
  const other = await newPage();
  await other.goto(`${server.url}?tab=cypher`);
  await ready(other);
  await other.waitForFunction(() => document.querySelector('.stats')?.textContent?.includes('内置存储'));
  expect(await other.isHidden('.tab[data-tab="cypher"]')).toBe(true);
  expect(await other.getAttribute('.tab[data-tab="graph"]', 'aria-selected')).toBe('true');
  expect(await other.$('.cypher-view')).toBeNull();
  await other.close();
});

test('on Neo4j the Cypher console runs an example and shows the result as a table, a graph and a CSV', async () => {
  // This server runs the embedded store, so the browser is told it is Neo4j and given the answer Neo4j would give
  // (real nodes of the samples); everything else goes to the real server. The console's own requests are checked.
  const neighbourhood = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query N { neighborhood(id: "mechanism:双报到", depth: 1) { nodes { id label caption properties } edges { id type source target properties } } }' }),
  }).then((r) => r.json() as Promise<{ data: { neighborhood: { nodes: unknown[]; edges: unknown[] } } }>);
  const sent: { query: string; params?: string }[] = [];
  const other = await newPage();
  await other.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { query: string; variables: { query: string; params?: string } };
    if (body.query.includes('query Stats')) {
      const response = await route.fetch();
      const json = (await response.json()) as { data: { stats: { store: string; cypherEnabled: boolean } } };
      json.data.stats = { ...json.data.stats, store: 'neo4j', cypherEnabled: true };
      return route.fulfill({ response, json });
    }
    if (!body.query.includes('query Cypher')) return route.continue();
    sent.push(body.variables);
    return route.fulfill({
      json: {
        data: {
          cypher: {
            columns: ['county', 'code', 'practices'],
            rows: JSON.stringify([['潜山市', '340882', 1], ['桐城市', '340881', 1], ['金塔县', '620921', 1]]),
            truncated: false,
            ...neighbourhood.data.neighborhood,
          },
        },
      },
    });
  });
  await other.goto(`${server.url}?tab=cypher`);
  await other.waitForSelector('.cypher-view');
  expect(await other.getAttribute('.tab[data-tab="cypher"]', 'aria-selected')).toBe('true');
  await other.selectOption('.cypher-view select', 'counties-using');
  expect(await other.inputValue('.cypher-editor')).toContain("(c:Locality {level: 'county'})");
  await other.click('.cypher-view button.primary');
  await other.waitForSelector('.result-table tbody tr');
  expect(await other.$$eval('.result-table tbody tr', (rows) => rows.map((r) => r.textContent))).toEqual(['潜山市3408821', '桐城市3408811', '金塔县6209211']);
  expect(sent).toHaveLength(1);
  expect(JSON.parse(sent[0]!.params!)).toEqual({ mechanism: '双报到' });
  expect(new URL(other.url()).searchParams.get('cypher')).toContain('MATCH (m:Mechanism {name: $mechanism})');
  await other.waitForFunction(() => Number(document.querySelector('.cypher-graph')?.getAttribute('data-elements')) > 5);
  await shot(other, '07-cypher-console');
  const [download] = await Promise.all([other.waitForEvent('download'), other.click('.cypher-view .toolbar button:has-text("CSV")')]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe('\ufeffcounty,code,practices\r\n潜山市,340882,1\r\n桐城市,340881,1\r\n金塔县,620921,1\r\n');
  await other.close();
});
