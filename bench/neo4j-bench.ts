/**
 * Neo4j at scale, on the store benchmark's graph (the same generator and seed as store-bench.ts: 100k practices):
 * a throwaway Neo4j from neo4j-launcher, the graph written through the store (bulletins/s; target: full load under
 * 10 minutes), 500k synthetic SIMILAR_TO / REPRINT_OF written by replaceAnalyses with a modest heap, the reads of the
 * store benchmark plus practice pages (targets at 100k: neighbourhood p95 < 50 ms, search p95 < 100 ms, adoption
 * matrix < 1 s), and the bulk path: the CSV export loaded by neo4j-admin database import.
 * NEO4J_BENCH_HEAP (2g) and NEO4J_BENCH_PAGECACHE (2g) size the JVM.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { mergeDocuments, relationshipId, type GraphDocument, type GraphRelationship } from '../graph/graph-document';
import { seededRandom } from '../graph/analytics/seeded-random';
import type { GraphStore } from '../graph/store/graph-store';
import { createNeo4jStore } from '../graph/store/neo4j';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/knowledge/create-knowledge';
import { launchNeo4j } from './neo4j/launch-neo4j';
import { neo4jAdminImport } from './neo4j/neo4j-admin-import';
import { timeStoreReads } from './store-read-workload';
import {
  loadCounties,
  type County,
  mechanismPool,
  mergeSamples,
  PER_BULLETIN,
  pick,
  syntheticBulletin,
} from './synthetic-graph';

const PRACTICES = 100_000;
const SIMILAR_PER_PRACTICE = 5;

export async function neo4jBench(root: string, practices = PRACTICES): Promise<Record<string, string>> {
  const heap = process.env['NEO4J_BENCH_HEAP'] ?? '2g';
  const random = seededRandom(42);
  const graph = await benchGraph({ root, practices, random });
  const { bulletins } = graph;

  const workDir = path.join(root, 'data', 'bench', 'neo4j');
  await fs.rm(workDir, { recursive: true, force: true });
  const neo4j = await launchNeo4j({
    root,
    dataDir: path.join(workDir, 'home'),
    heap,
    pagecache: process.env['NEO4J_BENCH_PAGECACHE'] ?? '2g',
  });
  const figures: Record<string, string> = {
    'neo4j start': `${(neo4j.startMs / 1000).toFixed(1)} s to Bolt ready (fresh data directory, heap ${heap})`,
  };
  try {
    const store = createNeo4jStore(neo4j.config);
    await store.open();
    Object.assign(figures, await timeWrites({ store, bulletins, heap }));
    Object.assign(figures, await timeReads({ store, graph, practices, random }));
    await store.close();
  } finally {
    await neo4j.stop();
  }

  const imported = await neo4jAdminImport({
    root,
    workDir: path.join(workDir, 'import'),
    document: mergeDocuments(bulletins),
    heap,
  });
  figures['neo4j-admin import'] =
    `${imported.importSeconds.toFixed(0)} s for ${imported.nodes} nodes and ${imported.relationships} relationships (CSV export written in ${imported.csvSeconds.toFixed(0)} s; no analyses)`;
  await fs.rm(workDir, { recursive: true, force: true });
  return figures;
}

/** The benchmark's graph: synthetic bulletins built from the samples' mechanisms and the gazetteer's counties. */
interface BenchGraph {
  bulletins: GraphDocument[];
  counties: County[];
  mechanisms: string[];
}

async function benchGraph({
  root,
  practices,
  random,
}: {
  root: string;
  practices: number;
  random: () => number;
}): Promise<BenchGraph> {
  const run = await ingestFiles([path.join(root, 'data', 'samples')], { workers: 1, knowledge: createKnowledge() });
  const samples = mergeSamples(run.bulletins.map((b) => b.document));
  const counties = loadCounties();
  const mechanisms = mechanismPool(samples.nodes.filter((n) => n.labels[0] === 'Mechanism'));
  const bulletins: GraphDocument[] = [];
  for (let b = 0; b * PER_BULLETIN < practices; b++) {
    bulletins.push(
      syntheticBulletin({
        index: b,
        samples,
        counties,
        mechanisms,
        random,
        count: Math.min(PER_BULLETIN, practices - b * PER_BULLETIN),
      }),
    );
  }
  return { bulletins, counties, mechanisms };
}

/** The graph written through the store, then the synthetic analyses written twice (first, then replacing them). */
async function timeWrites({
  store,
  bulletins,
  heap,
}: {
  store: GraphStore;
  bulletins: GraphDocument[];
  heap: string;
}): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  const loadStart = performance.now();
  for (const bulletin of bulletins) await store.upsertBulletin(bulletin);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const stats = await store.stats();
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  figures['graph'] =
    `${stats.practices} practices, ${sum(stats.nodes)} nodes, ${sum(stats.relationships)} relationships`;
  figures['load through the store'] =
    `${loadSeconds.toFixed(0)} s, ${(bulletins.length / loadSeconds).toFixed(1)} bulletins/s, ${(stats.practices / loadSeconds).toFixed(0)} practices/s (target: full load < 10 min)`;

  const analyses = syntheticAnalyses(bulletins, seededRandom(7));
  const analysesStart = performance.now();
  await store.replaceAnalyses({ relationships: analyses, mechanismProperties: {} });
  const analysesSeconds = (performance.now() - analysesStart) / 1000;
  const again = performance.now();
  await store.replaceAnalyses({ relationships: analyses, mechanismProperties: {} });
  figures['replaceAnalyses'] =
    `${analyses.length} relationships: ${analysesSeconds.toFixed(1)} s first, ${((performance.now() - again) / 1000).toFixed(1)} s replacing them (batches of 5,000; JVM heap ${heap})`;
  return figures;
}

/** The store benchmark's queries, drawn in the same order from the same generator, plus practice pages. */
async function timeReads({
  store,
  graph: { counties, mechanisms },
  practices,
  random,
}: {
  store: GraphStore;
  graph: BenchGraph;
  practices: number;
  random: () => number;
}): Promise<Record<string, string>> {
  const { neighbourhood, search, practice, adoption, matrix } = await timeStoreReads({
    reader: store,
    bulletins: Math.ceil(practices / PER_BULLETIN),
    counties,
    mechanisms,
    random,
  });
  return {
    'neighbourhood p50/p95': `${neighbourhood.p50.toFixed(1)} / ${neighbourhood.p95.toFixed(1)} ms (target p95 < 50 ms)`,
    'search p50/p95': `${search.p50.toFixed(1)} / ${search.p95.toFixed(1)} ms (target p95 < 100 ms)`,
    'practice p50/p95': `${practice.p50.toFixed(1)} / ${practice.p95.toFixed(1)} ms`,
    'adoption matrix p50/p95': `${adoption.p50.toFixed(0)} / ${adoption.p95.toFixed(0)} ms (target < 1 s; ${matrix.localities.length} counties × ${matrix.mechanisms.length} mechanisms, ${matrix.cells.length} cells)`,
  };
}

/** Each practice similar to SIMILAR_PER_PRACTICE others, one in a hundred a reprint: about as many as the analytics produce. */
function syntheticAnalyses(bulletins: GraphDocument[], random: () => number): GraphRelationship[] {
  const practices = bulletins.flatMap((b) => b.nodes.filter((n) => n.labels[0] === 'Practice').map((n) => n.id));
  const relationships = new Map<string, GraphRelationship>();
  practices.forEach((start, i) => {
    for (let k = 0; k < SIMILAR_PER_PRACTICE; k++) {
      const end = pick(practices, random);
      if (end === start) continue;
      const id = relationshipId({ type: 'SIMILAR_TO', start, end });
      relationships.set(id, {
        id,
        type: 'SIMILAR_TO',
        start,
        end,
        properties: {
          score: Math.round(random() * 1000) / 1000,
          sharedMechanisms: ['双报到'],
          sharedTerms: ['在职', '党员', '报到', '社区', '服务', '志愿'],
        },
      });
    }
    if (i > 0 && random() < 0.01) {
      const end = practices[i - 1] as string;
      relationships.set(relationshipId({ type: 'REPRINT_OF', start, end }), {
        id: relationshipId({ type: 'REPRINT_OF', start, end }),
        type: 'REPRINT_OF',
        start,
        end,
        properties: { score: 0.9 },
      });
    }
  });
  return [...relationships.values()];
}
