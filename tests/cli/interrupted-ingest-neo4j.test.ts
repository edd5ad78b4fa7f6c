/**
 * Ctrl-C during `kg ingest --store neo4j` (issue 19), as tests/cli/interrupted-ingest.test.ts does for SQLite: in each
 * phase — reading, linking, storing the bulletins, computing the analyses, storing them — the run stops at a safe
 * point with exit 130, the store holds the graph from before it or one marked stale, and the next ingest of the same
 * files yields the clean run's graph. Neo4j stores the analyses in several transactions (NEO4J_ANALYSIS_BATCH_SIZE,
 * small here): a Ctrl-C between them deletes what the replace wrote, so the previous analyses stay, marked stale.
 */
import { mkdirSync, readdirSync, renameSync } from 'fs';
import path from 'path';
import { generateCorpus } from '../../bench/generate-corpus';
import type { GraphDocument } from '../../graph/graph-document';
import type { AnalysisStatus } from '../../graph/store/graph-store';
import { createNeo4jStore, type Neo4jGraphStore } from '../../graph/store/neo4j';
import { describeNeo4j } from '../helpers/live-neo4j';
import { runKg, startKg, tempDataDir } from '../helpers/run-kg';
import { SAMPLES_DIR } from '../helpers/sample-bulletins';

const OLD_FILES = 16;
const NEW_FILES = 16;
const RUN_TIMEOUT_MS = 180_000;

const PHASES = {
  read: /^ingest: reading and linking \d+ file/,
  link: /^ingest: \d+\/\d+ file\(s\) read and linked/,
  store: /^store: writing \d+ bulletin/,
  analyses: /^analyses: recomputing over/,
  'storing analyses': /^analyses: storing \d+ relationship\(s\) in neo4j/,
} as const;
type Phase = keyof typeof PHASES;

/** What the store holds after the run stopped: the graph from before it, or the new bulletins with stale analyses. */
type Outcome = 'old' | 'stale';

const ALLOWED: Record<Phase, Outcome[]> = {
  read: ['old'],
  link: ['old'],
  store: ['old', 'stale'],
  analyses: ['stale'],
  'storing analyses': ['stale'],
};

interface Snapshot {
  status: AnalysisStatus;
  document: GraphDocument;
}

describeNeo4j('Ctrl-C during kg ingest --store neo4j', (config) => {
  // Relationships per analysis transaction: small, so the replace takes many and Ctrl-C lands between two of them.
  const env = {
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    NEO4J_ANALYSIS_BATCH_SIZE: '10',
    KG_DATA_DIR: tempDataDir(),
  };
  const root = tempDataDir();
  const oldDir = path.join(root, 'old');
  const newDir = path.join(root, 'new');
  let store: Neo4jGraphStore;
  let base: Snapshot;
  let clean: Snapshot;

  const snapshot = async (): Promise<Snapshot> => ({
    status: await store.analysisStatus(),
    document: await store.exportDocument(),
  });
  const ingest = (...dirs: string[]) => runKg(['ingest', ...dirs, '--store', 'neo4j'], { env });
  /** The store as it was before the interrupted run: the old files alone. */
  const resetToBase = async () => {
    await store.clear();
    expect(ingest(oldDir).status).toBe(0);
  };

  beforeAll(async () => {
    const generated = path.join(root, 'generated');
    await generateCorpus({ samplesDir: SAMPLES_DIR, outDir: generated, minBytes: 0, minFiles: OLD_FILES + NEW_FILES });
    mkdirSync(oldDir);
    mkdirSync(newDir);
    readdirSync(generated)
      .sort()
      .forEach((file, i) => renameSync(path.join(generated, file), path.join(i < OLD_FILES ? oldDir : newDir, file)));
    store = createNeo4jStore(config);
    await store.open();
    await resetToBase();
    base = await snapshot();
    expect(ingest(oldDir, newDir).status).toBe(0);
    clean = await snapshot();
    // The scenarios mean something only if the new bulletins change the analyses, over more than one batch.
    expect(analysisIds(clean.document).length).toBeGreaterThan(analysisIds(base.document).length);
    expect(analysisIds(clean.document).length).toBeGreaterThan(50);
    expect([base.status, clean.status]).toEqual([{ stale: false }, { stale: false }]);
  }, 4 * RUN_TIMEOUT_MS);

  afterAll(async () => {
    await store?.close();
  });

  test.each(Object.keys(PHASES) as Phase[])(
    'Ctrl-C while %s: exit 130, the old graph or a stale one, and the next ingest repairs it',
    async (phase) => {
      await resetToBase();
      const running = startKg(['ingest', oldDir, newDir, '--store', 'neo4j'], { env });
      await running.line(PHASES[phase]);
      running.signal('SIGINT');
      const ended = await running.done;
      expect(ended.status).toBe(130);
      expect(ended.stderr).toMatch(/^kg: interrupted \(SIGINT\): /m);

      const after = await snapshot();
      const outcome: Outcome | 'wrong' = after.status.stale
        ? 'stale'
        : JSON.stringify(after.document) === JSON.stringify(base.document)
          ? 'old'
          : 'wrong';
      expect(ALLOWED[phase]).toContain(outcome);
      // Stopped analyses leave the previous ones, none of what the replace had begun to write.
      expect(analysisIds(after.document)).toEqual(analysisIds(base.document));
      if (outcome === 'old') return;
      expect(runKg(['stats', '--store', 'neo4j'], { env }).stdout).toMatch(/^analyses: STALE since \d{4}-\d\d-\d\dT/m);
      const repair = ingest(oldDir, newDir);
      expect(repair.status).toBe(0);
      expect(repair.stdout).toMatch(/the analyses were stale since .*: recomputed\nanalyses: \d+ similar pair/);
      const repaired = await snapshot();
      expect(repaired.status).toEqual({ stale: false });
      expect(repaired.document).toEqual(clean.document);
    },
    3 * RUN_TIMEOUT_MS,
  );
});

function analysisIds(document: GraphDocument): string[] {
  return document.relationships
    .filter((r) => r.type === 'SIMILAR_TO' || r.type === 'REPRINT_OF')
    .map((r) => r.id)
    .sort();
}
