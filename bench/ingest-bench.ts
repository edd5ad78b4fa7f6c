/**
 * Ingest speed: a synthetic corpus of at least 20 MB is ingested; prints MB/s, peak memory, and the ratio of
 * full-ingest time (files → GraphDocuments) to raw nodejieba segmentation of the same texts (target ≤ 2×).
 * The texts are segmented for search where the tokens are used, when the store indexes them, so the bench also
 * times writing everything into a memory store (search-index tokenization + snapshot): the end-to-end figure.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { createMemoryStore } from '../graph/store/memory/create-memory-store';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/pipeline';
import { readSource } from '../ingest/read/read-source';
import { generateCorpus } from './generate-corpus';

export async function ingestBench(root: string, minMegabytes = 20): Promise<Record<string, string>> {
  const corpus = await generateCorpus({
    samplesDir: path.join(root, 'data', 'samples'),
    outDir: path.join(root, 'data', 'bench', 'corpus'),
    minBytes: minMegabytes * 1024 * 1024,
  });
  const knowledge = createKnowledge();
  const files = (await fs.readdir(corpus.dir)).map((f) => path.join(corpus.dir, f));
  const texts: string[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if (read.ok) texts.push(read.source.text);
  }
  const segmentStart = process.hrtime.bigint();
  for (const text of texts) knowledge.segmenter.cut(text);
  const segmentSeconds = Number(process.hrtime.bigint() - segmentStart) / 1e9;

  const ingestStart = process.hrtime.bigint();
  const run = await ingestFiles([corpus.dir], { knowledge });
  const ingestSeconds = Number(process.hrtime.bigint() - ingestStart) / 1e9;
  const megabytes = corpus.bytes / 1024 / 1024;

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-ingest-bench-'));
  const storeStart = process.hrtime.bigint();
  const store = createMemoryStore({ dataDir, tokenize: (text) => knowledge.segmenter.words(text) });
  await store.open();
  for (const bulletin of run.bulletins) await store.upsertBulletin(bulletin.document);
  await store.close();
  const storeSeconds = Number(process.hrtime.bigint() - storeStart) / 1e9;
  await fs.rm(dataDir, { recursive: true, force: true });
  return {
    'corpus': `${corpus.files} files, ${megabytes.toFixed(1)} MB`,
    'ingested': `${run.summary.bulletins} bulletins, ${run.summary.practices} practices, ${run.document.nodes.length} nodes, ${run.document.relationships.length} relationships, ${run.summary.errors} errors`,
    'raw segmentation': `${segmentSeconds.toFixed(2)} s (${(megabytes / segmentSeconds).toFixed(2)} MB/s)`,
    'full ingest': `${ingestSeconds.toFixed(2)} s (${(megabytes / ingestSeconds).toFixed(2)} MB/s)`,
    'ingest / segmentation': `${(ingestSeconds / segmentSeconds).toFixed(2)}× (target ≤ 2×)`,
    'store write (memory)': `${storeSeconds.toFixed(2)} s: search-index tokenization + snapshot`,
    'ingest + store write': `${(ingestSeconds + storeSeconds).toFixed(2)} s (${(megabytes / (ingestSeconds + storeSeconds)).toFixed(2)} MB/s)`,
    'peak memory (RSS)': `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  };
}
