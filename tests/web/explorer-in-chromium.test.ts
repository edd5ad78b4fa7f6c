/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction and $$eval run in the page, where the DOM exists.
/**
 * The explorer end to end in headless chromium, against a real server on the sample bulletins (embedded store):
 * search (Chinese, traditional, pinyin; arrow keys), a mechanism's grouped view and a place expanded, a practice's
 * evidence (keyboard too), the map, the adoption matrix, comparisons, exports, the hidden Cypher console, the
 * language switch and a shared link. Screenshots go to test-artifacts/web/.
 */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { canvasElements, canvasShows, ready, shot, startHarness, type Harness } from './explorer-harness';

let harness: Harness;
let page: Page;

// One page wait may take the harness's whole step (30 s) on a loaded machine; the test then fails with what the page
// showed rather than jest's bare timeout.
jest.setTimeout(60_000);

beforeAll(async () => {
  const dataDir = tempDataDir();
  const ingest = runKg(['ingest', 'data/samples'], { env: { KG_DATA_DIR: dataDir } });
  if (ingest.status !== 0) throw new Error(`kg ingest failed: ${ingest.stderr}`);
  harness = await startHarness(dataDir);
  page = await harness.newPage();
  await page.goto(harness.url);
  await ready(page);
}, 240_000);

afterEach(() => {
  expect(harness.takeErrors()).toEqual([]);
});

afterAll(async () => {
  await harness?.close();
});

async function search(text: string): Promise<void> {
  await page.fill('.search-input', '');
  await page.fill('.search-input', text);
  await page.waitForFunction(
    (q) =>
      document.querySelector('.search-results .hit-group') &&
      (document.querySelector('.search-input') as HTMLInputElement).value === q,
    text,
  );
  await page.waitForFunction(() => !document.querySelector('.search-results.loading'));
}

test('the header counts the corpus; searching 双报到 groups hits by kind, mechanisms first, with places and dates', async () => {
  await page.waitForFunction(() => document.querySelector('.stats')?.textContent?.includes('5 期简报'));
  await search('双报到');
  const groups = await page.$$eval('.hit-group', (els) => els.map((e) => (e as HTMLElement).dataset['label']));
  expect(groups[0]).toBe('Mechanism');
  expect(groups).toContain('Practice');
  expect(await page.textContent('.hit-group[data-label="Mechanism"] .hit-caption')).toBe('双报到');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.hit-group[data-label="Practice"] .hit-note')].some((n) =>
      /\d{4}-\d{2}-\d{2}/.test(n.textContent ?? ''),
    ),
  );
  const notes = await page.$$eval('.hit-group[data-label="Practice"] .hit-note', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(notes.some((note) => note.includes('潜山市') && note.includes('2023-12-12'))).toBe(true);
});

test('traditional script finds the simplified name: 雙報到 → 双报到', async () => {
  await search('雙報到');
  expect(await page.textContent('.hit-group[data-label="Mechanism"] .hit-caption')).toBe('双报到');
});

test('arrow keys walk the hits and Enter opens one: the mechanism opens as its places, grouped', async () => {
  await search('双报到');
  await page.focus('.search-input');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('hit'))).toBe(true);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['id'])).toBe('mechanism:双报到');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.mechanism-panel');
  await canvasShows(page, 4);
  const notice = await page.textContent('.notices');
  expect(notice).toMatch(/双报到：共 \d+ 条做法，图中画出 0 条；其余 \d+ 条未画出，按所在地计入 \d+ 个市节点/);
  const adopters = await page.$$eval('.mechanism-panel .adopters .chip', (els) => els.map((e) => e.textContent ?? ''));
  expect(adopters.some((a) => a.startsWith('潜山市'))).toBe(true);
  expect(await page.$$eval('.timeline-list li', (els) => els.length)).toBeGreaterThanOrEqual(3);
  // The panel speaks the researcher's language: no raw keys.
  const panel = (await page.textContent('.mechanism-panel')) ?? '';
  expect(panel).toContain('党建引领');
  expect(panel).not.toMatch(/party_building|party_org|approximate|undefined/);
  expect(await page.$$eval('.diffusion-chart path.series', (els) => els.length)).toBe(3);
  // Curated or discovered, and how it was found: the rules that linked it, with one evidence sentence.
  expect(await page.getAttribute('.mechanism-panel .mechanism-origin', 'data-curated')).toBe('true');
  expect(await page.textContent('.mechanism-panel .mechanism-origin')).toBe('词表收录');
  expect(
    await page.$$eval('.mechanism-panel .mechanism-via .chip', (els) => els.map((e) => e.textContent ?? '')),
  ).toEqual(['词表 · 5 条做法']);
  expect(await page.textContent('.mechanism-panel .mechanism-evidence')).toContain('双报到');
  expect(decodeURIComponent(page.url())).toContain('seed=mechanism:双报到');
  await shot(page, '01-mechanism-双报到-grouped');
});

test('expanding a place draws its practices, each tied to it; the node list is the canvas’s text alternative', async () => {
  const before = await canvasElements(page);
  await page.click('#canvas-nodes summary');
  await page.click('.node-list button[data-id="locality:340800"]');
  await page.waitForSelector('.locality-panel');
  await page.click('[data-action="expand"]');
  await canvasShows(page, before);
  expect(decodeURIComponent(page.url())).toContain('exp=mechanism:双报到>340800');
  const notice = (await page.textContent('.notices')) ?? '';
  const shown = Number(/图中画出 (\d+) 条/.exec(notice)![1]);
  expect(shown).toBeGreaterThan(0);
  const practices = await page.$$eval('.node-list button[data-id^="practice:"]', (els) => els.length);
  expect(practices).toBe(shown);
  await shot(page, '01b-place-expanded');
});

test('the province filter hides what lies outside Anhui, and shows it again', async () => {
  const province = page.locator('.filters select').first();
  await page.waitForSelector('.filters option[value="340000"]', { state: 'attached' });
  await province.selectOption('340000');
  await page.waitForFunction(() => /筛选隐藏 [1-9]/.test(document.querySelector('.hidden-line')?.textContent ?? ''));
  expect(new URL(page.url()).searchParams.get('region')).toBe('340000');
  await shot(page, '01c-filtered-to-anhui');
  await province.selectOption('');
  await page.waitForFunction(() => document.querySelector('.hidden-line')?.textContent === '');
});

test('pinyin initials sbd find 双报到', async () => {
  await search('sbd');
  const first = page.locator('.hit-group[data-label="Mechanism"] .hit').first();
  expect(await first.locator('.hit-caption').textContent()).toBe('双报到');
  expect(await first.locator('.tag').textContent()).toBe('拼音');
  await shot(page, '02-pinyin-sbd');
});

test('a practice: its text highlights mechanisms, places and figures; Enter on a highlight focuses its node; Escape deselects', async () => {
  await page.click('.node-list button[data-id^="practice:"]:has-text("做实党员")');
  await page.waitForSelector('.practice-panel');
  const bulletin = await page.textContent('.practice-panel .bulletin-line');
  expect(bulletin).toContain('安庆组工信息');
  expect(bulletin).toContain('第 37 期');
  expect(bulletin).toContain('2023-12-12');
  const marks = (kind: string) =>
    page.$$eval(`.evidence-text mark[data-kind="${kind}"]`, (els) => els.map((e) => e.textContent ?? ''));
  expect(await marks('mechanism')).toContain('双报到');
  expect(await marks('locality')).toContain('潜山市');
  expect((await marks('metric')).length).toBeGreaterThan(3);
  // Figures as printed, with what they count.
  const figures = await page.$$eval('.practice-panel .figures li', (els) => els.map((e) => e.textContent ?? ''));
  expect(figures.some((f) => /余/.test(f))).toBe(true);
  expect(await page.isChecked('input[data-label="Metric"]')).toBe(false);
  await page.focus('.evidence-text mark[data-kind="metric"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.evidence-text mark[data-kind="metric"].active');
  expect(await page.isChecked('input[data-label="Metric"]')).toBe(true);
  await shot(page, '03-practice-evidence');
  const selected = new URL(page.url()).searchParams.get('sel');
  await page.click('.app-header h1');
  const canvasWidth = () => page.$eval('[data-testid="canvas"]', (el) => el.getBoundingClientRect().width);
  const narrow = await canvasWidth();
  await page.keyboard.press('Escape');
  await page.waitForSelector('.detail .empty-note', { state: 'attached' });
  expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
  // With nothing chosen the empty detail column is folded away and the canvas takes its width.
  expect(await page.isVisible('#right-column')).toBe(false);
  expect(await canvasWidth()).toBeGreaterThan(narrow + 300);
  await page.goBack();
  await ready(page);
  expect(new URL(page.url()).searchParams.get('sel')).toBe(selected);
  expect(await page.isVisible('#right-column')).toBe(true);
});

test('the graph exports as PNG and SVG with title, legend and source line, and as GraphML and CSV', async () => {
  await canvasShows(page, 4);
  const save = async (format: string) => {
    await page.click('.export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
    return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
  };
  const png = await save('png');
  expect(png.name).toBe('governance-graph.png');
  expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.body.length).toBeGreaterThan(5000);
  const svg = (await save('svg')).body.toString('utf8');
  expect(svg).toContain('双报到');
  expect(svg).toContain('来源：基层治理知识图谱（5 期简报');
  expect(svg).toContain('>机制<');
  const graphml = (await save('graphml')).body.toString('utf8');
  expect(graphml).toContain('<node id="mechanism:双报到">');
  const nodes = (await save('nodes-csv')).body.toString('utf8');
  expect(nodes.startsWith('\ufeffid,类型,名称,做法数')).toBe(true);
  expect(nodes).toContain('locality:340800');
});

test('exporting an empty graph says so instead of saving an empty file', async () => {
  const other = await harness.newPage();
  let downloads = 0;
  other.on('download', () => downloads++);
  await other.goto(harness.url);
  await ready(other);
  await other.click('.export-menu summary');
  await other.click('[data-export="png"]');
  await other.waitForFunction(() => document.querySelector('.export-status')?.textContent?.includes('导出失败'));
  expect(downloads).toBe(0);
  await other.close();
});

test('the map colours the regions adopting 双报到; a region opens its portfolio', async () => {
  const other = await harness.newPage();
  await other.goto(`${harness.url}?tab=map&mech=${encodeURIComponent('双报到')}&mlevel=county`);
  await other.waitForFunction(
    () => (document.querySelector('[data-testid="map"]') as HTMLElement | null)?.dataset['painted'],
  );
  const painted = (await other.getAttribute('[data-testid="map"]', 'data-painted'))!.split(',');
  expect(painted).toEqual(expect.arrayContaining(['340882', '340881']));
  expect(Number(await other.getAttribute('[data-testid="map"]', 'data-render-ms'))).toBeGreaterThan(0);
  await shot(other, '08-map-双报到-county');
  // Until a place is chosen the empty detail column is folded away and the map takes its width.
  const mapWidth = () => other.$eval('[data-testid="map"]', (el) => el.getBoundingClientRect().width);
  expect(await other.isVisible('#right-column')).toBe(false);
  const wide = await mapWidth();
  await other.click('.china-map path[data-code="340882"]');
  await other.waitForSelector('.locality-panel[data-id="locality:340882"]');
  expect(await other.isVisible('#right-column')).toBe(true);
  expect(await mapWidth()).toBeLessThan(wide - 300);
  await shot(other, '08b-map-region-chosen');
  await other.close();
});

test('the adoption matrix: 潜山市 × 双报到 with its first report; the cell lists its practices; totals are distinct practices; CSV', async () => {
  await page.click('.tab[data-tab="matrix"]');
  const cell = page.locator('td[data-locality-name="潜山市"][data-mechanism="双报到"]');
  await cell.waitFor();
  const count = Number(await cell.textContent());
  expect(count).toBeGreaterThan(0);
  expect(await cell.getAttribute('data-first')).toBe('2023-12-12');
  expect(await page.textContent('.heatmap .total-head')).toBe('合计（不同做法数）');
  await cell.click();
  await page.waitForSelector('.cell-practices li');
  expect(await page.$$eval('.cell-practices li', (els) => els.length)).toBe(count);
  await shot(page, '04-matrix');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.matrix-view [data-action="csv"]')]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeffcode,')).toBe(true);
  const header = csv.slice(1).split('\r\n')[0]!.split(',');
  const row = csv
    .split('\r\n')
    .find((line) => line.includes(',潜山市,'))!
    .split(',');
  expect(Number(row[header.indexOf('双报到')])).toBe(count);
  await page.click('.cell-practices button');
  await page.waitForSelector('.practice-panel');
  expect(new URL(page.url()).searchParams.get('tab')).toBeNull();
});

test('any place compares with any other: counts and first reports of both', async () => {
  const other = await harness.newPage();
  await other.goto(`${harness.url}?sel=locality:340882`);
  await other.waitForSelector('.locality-panel');
  await other.fill('.place-input', '天长');
  await other.click('.place-hit[data-id="locality:341181"]');
  await other.waitForSelector('.compare-table tbody tr');
  const rows = await other.$$eval('.compare-table tbody tr', (els) =>
    els.map((e) => [...e.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  expect(rows.length).toBeGreaterThan(3);
  expect(rows.some((r) => r[1] !== '–' && r[3] !== '–')).toBe(true);
  await shot(other, '09-compare');
  await other.close();
});

test('a shared link reopens the same view: canvas, selection and panel', async () => {
  const link = page.url();
  await canvasShows(page, 4);
  const elements = await canvasElements(page);
  const title = await page.textContent('.practice-panel h2');
  const other = await harness.newPage();
  await other.goto(link);
  await ready(other);
  await other.waitForSelector('.practice-panel');
  await canvasShows(other, 4);
  expect(await canvasElements(other)).toBe(elements);
  expect(await other.textContent('.practice-panel h2')).toBe(title);
  await shot(other, '05-restored-from-link');
  await other.close();
});

test('the language switches to English and back, keeping the view; counts say "1 practice"', async () => {
  const elements = await canvasElements(page);
  await page.click('.lang-switch');
  await page.waitForSelector('html[lang="en"]');
  await ready(page);
  expect(await page.textContent('.tab[data-tab="graph"]')).toBe('Graph');
  await page.waitForSelector('.practice-panel');
  expect(await page.textContent('.practice-panel')).toContain('Source text and evidence');
  await canvasShows(page, 4);
  expect(await canvasElements(page)).toBe(elements);
  await page.click('#canvas-nodes summary');
  await page.waitForSelector('.node-list li');
  const notes = await page.$$eval('.node-list li', (els) => els.map((e) => e.textContent ?? ''));
  expect(notes.some((n) => /\b1 practice\b/.test(n))).toBe(true);
  expect(notes.some((n) => /\b1 practices\b/.test(n))).toBe(false);
  await shot(page, '06-english');
  await page.click('.lang-switch');
  await page.waitForSelector('html[lang="zh-CN"]');
  expect(await page.textContent('.tab[data-tab="graph"]')).toBe('关系图');
});

test('the Cypher console is hidden on the embedded store, even when a link asks for it', async () => {
  const other = await harness.newPage();
  await other.goto(`${harness.url}?tab=cypher`);
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
  const neighbourhood = await fetch(`${harness.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query N { neighborhood(id: "mechanism:双报到", depth: 1) { nodes { id label caption properties } edges { id type source target properties } } }',
    }),
  }).then((r) => r.json() as Promise<{ data: { neighborhood: { nodes: unknown[]; edges: unknown[] } } }>);
  const sent: { query: string; params?: string }[] = [];
  const other = await harness.newPage();
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
            rows: JSON.stringify([
              ['潜山市', '340882', 1],
              ['桐城市', '340881', 1],
              ['金塔县', '620921', 1],
            ]),
            truncated: false,
            ...neighbourhood.data.neighborhood,
          },
        },
      },
    });
  });
  await other.goto(`${harness.url}?tab=cypher`);
  await other.waitForSelector('.cypher-view');
  expect(await other.getAttribute('.tab[data-tab="cypher"]', 'aria-selected')).toBe('true');
  await other.selectOption('.cypher-view select', 'counties-using');
  expect(await other.inputValue('.cypher-editor')).toContain("(c:Locality {level: 'county'})");
  await other.click('.cypher-view button.primary');
  await other.waitForSelector('.result-table tbody tr');
  expect(await other.$$eval('.result-table tbody tr', (rows) => rows.map((r) => r.textContent))).toEqual([
    '潜山市3408821',
    '桐城市3408811',
    '金塔县6209211',
  ]);
  expect(sent).toHaveLength(1);
  expect(JSON.parse(sent[0]!.params!)).toEqual({ mechanism: '双报到' });
  expect(new URL(other.url()).searchParams.get('cypher')).toContain('MATCH (m:Mechanism {name: $mechanism})');
  await other.waitForFunction(() => Number(document.querySelector('.cypher-graph')?.getAttribute('data-elements')) > 5);
  await shot(other, '07-cypher-console');
  const [download] = await Promise.all([
    other.waitForEvent('download'),
    other.click('.cypher-view .toolbar button:has-text("CSV")'),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(
    '\ufeffcounty,code,practices\r\n潜山市,340882,1\r\n桐城市,340881,1\r\n金塔县,620921,1\r\n',
  );
  await other.close();
});

test('a discovered mechanism says so, and names the rule that found it', async () => {
  const other = await harness.newPage();
  await other.goto(harness.url);
  await ready(other);
  await other.fill('.search-input', '365民情直通车');
  await other.click('.hit-group[data-label="Mechanism"] .hit[data-id="mechanism:365民情直通车"]');
  await other.waitForFunction(
    () =>
      document.querySelector('.mechanism-panel')?.getAttribute('data-id') === 'mechanism:365民情直通车' &&
      document.querySelector('.mechanism-panel .mechanism-via'),
  );
  expect(await other.getAttribute('.mechanism-panel .mechanism-origin', 'data-curated')).toBe('false');
  expect(await other.textContent('.mechanism-panel .mechanism-origin')).toBe('自动发现');
  expect(
    await other.$$eval('.mechanism-panel .mechanism-via .chip', (els) => els.map((e) => e.textContent ?? '')),
  ).toEqual(['引号中的名称 · 1 条做法']);
  expect(await other.textContent('.mechanism-panel .mechanism-evidence')).toContain('“365民情直通车”');
  await other.close();
});
