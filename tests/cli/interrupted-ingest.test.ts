/**
 * Runs that are whole or marked (issue 19): a `kg ingest` killed (-9), interrupted (Ctrl-C) or starved of disk in each
 * of its phases — reading, linking, storing, the analyses — leaves the store either as it was before the run or
 * marked stale, `kg stats` says which, and the next `kg ingest` of the same files yields the graph of a clean run.
 * Phases are found by the progress lines the ingest writes on stderr; the corpus is generated from the samples.
 * The clean run is that very ingest on a copy of the old store, so a run that left the old graph as it was (compared
 * export to export) is repaired by it by construction; the repair is run where the run left anything behind.
 */
import { execFileSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import type { GraphDocument } from '../../graph/graph-document';
import type { AnalysisStatus, GraphStats } from '../../graph/store/graph-store';
import { createSqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { generateCorpus } from '../../bench/generate-corpus';
import { runKg, startKg } from '../helpers/run-kg';

/** Bulletins stored before the interrupted run, and as many more that it brings. */
const OLD_FILES = 16;
const NEW_FILES = 16;
const RUN_TIMEOUT_MS = 120_000;

const PHASES = {
  read: /^ingest: reading and linking \d+ file/,
  link: /^ingest: \d+\/\d+ file\(s\) read and linked/,
  store: /^store: writing \d+ bulletin/,
  analyses: /^analyses: recomputing over/,
} as const;
type Phase = keyof typeof PHASES;

/** What the store holds after a run ended early: the graph from before it, a graph marked stale, or the finished one. */
type Outcome = 'old' | 'stale' | 'clean';

/** The outcomes each phase allows; a kill that lands after the analyses were committed leaves the finished graph. */
const ALLOWED: Record<Phase, Record<'SIGKILL' | 'SIGINT', Outcome[]>> = {
  read: { SIGKILL: ['old'], SIGINT: ['old'] },
  link: { SIGKILL: ['old'], SIGINT: ['old'] },
  store: { SIGKILL: ['old', 'stale'], SIGINT: ['old', 'stale'] },
  analyses: { SIGKILL: ['stale', 'clean'], SIGINT: ['stale'] },
};

interface Snapshot {
  stats: GraphStats;
  status: AnalysisStatus;
  document: GraphDocument;
}

const root = mkdtempSync(path.join(os.tmpdir(), 'kg-interrupted-'));
const oldDir = path.join(root, 'old');
const newDir = path.join(root, 'new');
let baseDir: string;
let base: Snapshot;
let clean: Snapshot;

async function snapshot(dataDir: string): Promise<Snapshot> {
  const store = createSqliteStore({ dataDir, readOnly: true });
  await store.open();
  try {
    return { stats: await store.stats(), status: await store.analysisStatus(), document: await store.exportDocument() };
  } finally {
    await store.close();
  }
}

function ingest(dataDir: string) {
  return runKg(['ingest', oldDir, newDir], { env: { KG_DATA_DIR: dataDir } });
}

function outcomeOf(after: Snapshot): Outcome | 'wrong' {
  if (after.status.stale) return 'stale';
  if (equalGraphs(after, base)) return 'old';
  return equalGraphs(after, clean) ? 'clean' : 'wrong';
}

function equalGraphs(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a.document) === JSON.stringify(b.document);
}

/** `kg stats` as the user reads it: the counts and the analyses' line. */
function kgStats(dataDir: string): { stdout: string; counts: Record<string, number> } {
  const result = runKg(['stats'], { env: { KG_DATA_DIR: dataDir } });
  expect(result.status).toBe(0);
  const counts = Object.fromEntries(
    [...result.stdout.matchAll(/^ {2}(\w+)\s+(\d+)$/gm)].map((m) => [m[1] as string, Number(m[2])]),
  );
  return { stdout: result.stdout, counts };
}

/** The repair run: the same files again give the clean run's graph, counts and export alike, with current analyses. */
async function expectRepaired(dataDir: string, wasStale: boolean): Promise<void> {
  const repair = ingest(dataDir);
  expect(repair.status).toBe(0);
  if (wasStale)
    expect(repair.stdout).toMatch(/the analyses were stale since .*: recomputed\nanalyses: \d+ similar pair/);
  const after = await snapshot(dataDir);
  expect(after.status).toEqual({ stale: false });
  expect(after.stats).toEqual(clean.stats);
  expect(after.document).toEqual(clean.document);
}

beforeAll(async () => {
  const generated = path.join(root, 'generated');
  await generateCorpus({
    samplesDir: path.join(__dirname, '..', '..', 'data', 'samples'),
    outDir: generated,
    minBytes: 0,
    minFiles: OLD_FILES + NEW_FILES,
  });
  mkdirSync(oldDir);
  mkdirSync(newDir);
  readdirSync(generated)
    .sort()
    .forEach((file, i) => renameSync(path.join(generated, file), path.join(i < OLD_FILES ? oldDir : newDir, file)));
  baseDir = path.join(root, 'base');
  expect(runKg(['ingest', oldDir], { env: { KG_DATA_DIR: baseDir } }).status).toBe(0);
  base = await snapshot(baseDir);
  const cleanDir = path.join(root, 'clean');
  cpSync(baseDir, cleanDir, { recursive: true });
  expect(ingest(cleanDir).status).toBe(0);
  clean = await snapshot(cleanDir);
  // The scenarios below mean something only if the new bulletins change the analyses.
  expect(clean.stats.relationships.SIMILAR_TO).toBeGreaterThan(base.stats.relationships.SIMILAR_TO ?? 0);
  expect(clean.stats.relationships.REPRINT_OF).toBeGreaterThan(0);
  expect([base.status, clean.status]).toEqual([{ stale: false }, { stale: false }]);
}, 4 * RUN_TIMEOUT_MS);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const SCENARIOS = (['SIGKILL', 'SIGINT'] as const).flatMap((signal) =>
  (Object.keys(PHASES) as Phase[]).map((phase) => [signal, phase] as const),
);

test.each(SCENARIOS)(
  '%s while %s: the store is whole or marked stale, and the next ingest repairs it',
  async (signal, phase) => {
    const dataDir = path.join(root, `${signal}-${phase}`);
    cpSync(baseDir, dataDir, { recursive: true });
    const running = startKg(['ingest', oldDir, newDir], { env: { KG_DATA_DIR: dataDir } });
    await running.line(PHASES[phase]);
    running.signal(signal);
    const ended = await running.done;
    if (signal === 'SIGKILL') expect(ended.signal).toBe('SIGKILL');
    else {
      expect(ended.status).toBe(130);
      expect(ended.stderr).toMatch(/^kg: SIGINT: stopping at the next safe point/m);
      expect(ended.stderr).toMatch(/^kg: interrupted \(SIGINT\): /m);
    }

    const after = await snapshot(dataDir);
    const outcome = outcomeOf(after);
    expect(ALLOWED[phase][signal]).toContain(outcome);
    const stats = kgStats(dataDir);
    expect(stats.stdout).toMatch(
      after.status.stale ? /^analyses: STALE since \d{4}-\d\d-\d\dT/m : /^analyses: current$/m,
    );
    expect(stats.counts['SIMILAR_TO']).toBe(after.stats.relationships.SIMILAR_TO);
    expect(stats.counts['REPRINT_OF']).toBe(after.stats.relationships.REPRINT_OF);
    if (outcome !== 'old') await expectRepaired(dataDir, outcome === 'stale');
  },
  3 * RUN_TIMEOUT_MS,
);

/** A small tmpfs holds the store: the run fails when the disk fills, and the repair runs once there is room again. */
describe('a full disk', () => {
  const mountPoint = path.join(root, 'tmpfs');
  let mounted = false;
  let skipReason = '';
  beforeAll(() => {
    mkdirSync(mountPoint, { recursive: true });
    const baseSize = statSync(path.join(baseDir, 'graph.sqlite')).size;
    const cleanSize = statSync(path.join(root, 'clean', 'graph.sqlite')).size;
    // Room for the stored graph and part of what the run adds: it fails while storing or while writing the analyses.
    const size = Math.ceil((baseSize + (cleanSize - baseSize) / 2) / 4096) * 4096;
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { stdio: 'pipe' });
      mounted = true;
    } catch (error) {
      skipReason = `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]})`;
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
  });

  test(
    'an ingest that fills the disk fails with a clear error and leaves the old graph or a stale mark',
    async () => {
      if (!mounted) {
        process.stderr.write(`full disk: skipped — ${skipReason}\n`);
        return;
      }
      const dataDir = path.join(mountPoint, 'data');
      cpSync(baseDir, dataDir, { recursive: true });
      const failed = ingest(dataDir);
      expect(failed.status).toBe(2);
      expect(failed.stderr).toMatch(/the disk is full or failing/);
      execFileSync('mount', ['-o', 'remount,size=64m', mountPoint]);
      const after = await snapshot(dataDir);
      const outcome = outcomeOf(after);
      expect(['old', 'stale']).toContain(outcome);
      expect(kgStats(dataDir).stdout).toMatch(after.status.stale ? /^analyses: STALE since/m : /^analyses: current$/m);
      await expectRepaired(dataDir, outcome === 'stale');
    },
    3 * RUN_TIMEOUT_MS,
  );
});
