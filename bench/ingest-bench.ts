/**
 * Ingest speed on a synthetic corpus of at least 20 MB: raw single-thread nodejieba segmentation of its texts (the
 * yardstick), the ingest alone (files → graph documents and their terms, as `kg ingest` runs it: worker threads
 * beside the main one), and end to end — `kg ingest` as a user runs it, in a child process, into an empty SQLite
 * store: read, link, segment, store, analyses. Prints each figure and its ratio to raw segmentation
 * (target: end to end ≤ 4×).
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { ingestFiles } from '../ingest/ingest-files';
import { createKnowledge } from '../ingest/knowledge/create-knowledge';
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

  const end = await endToEnd(root, corpus.dir);
  const ratio = (seconds: number) => `${(seconds / segmentSeconds).toFixed(2)}×`;
  return {
    corpus: `${corpus.files} files, ${megabytes.toFixed(1)} MB`,
    ingested: `${run.summary.bulletins} bulletins, ${run.summary.practices} practices, ${run.document.nodes.length} nodes, ${run.document.relationships.length} relationships, ${run.summary.errors} errors`,
    'raw segmentation': `${segmentSeconds.toFixed(2)} s (${(megabytes / segmentSeconds).toFixed(2)} MB/s, one thread)`,
    'ingest (documents, terms)': `${ingestSeconds.toFixed(2)} s (${(megabytes / ingestSeconds).toFixed(2)} MB/s), ${ratio(ingestSeconds)} raw segmentation`,
    'kg ingest, end to end': `${end.seconds.toFixed(2)} s, ${ratio(end.seconds)} raw segmentation (target ≤ 4×): read, link, segment, store, analyses`,
    'end-to-end summary': end.summary,
    'peak memory (RSS)': `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process)`,
  };
}

/** `kg ingest <corpus>` into a fresh data directory, from the same build as this bench; its time and last lines. */
async function endToEnd(root: string, corpus: string): Promise<{ seconds: number; summary: string }> {
  const fromSources = path.extname(__filename) === '.ts';
  const kg = path.join(__dirname, '..', 'cli', fromSources ? 'kg.ts' : 'kg.js');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-ingest-bench-'));
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [...(fromSources ? ['--require', 'tsx/cjs'] : []), kg, 'ingest', corpus, '--data-dir', dataDir],
    {
      cwd: root,
      env: { ...process.env, NEO4J_URI: '' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await fs.rm(dataDir, { recursive: true, force: true });
  if (result.status !== 0)
    throw new Error(`ingest bench: kg ingest failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const lines = result.stdout.trim().split('\n');
  return { seconds, summary: lines.slice(-2).join(' / ') };
}
