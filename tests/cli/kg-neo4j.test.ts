/**
 * Neo4j mode end to end, as a user runs it against the live Neo4j: `kg ingest --store neo4j` of the samples, a
 * re-ingest that changes nothing, `kg export` equal to the embedded store's export of the same files, a `kill -9` in
 * the middle of a larger ingest that leaves only whole bulletins and analyses marked stale, which the next ingest
 * recomputes, and a Ctrl-C during the analyses that `kg analyse` repairs (issue 19).
 */
import { spawn } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { generateCorpus } from '../../bench/generate-corpus';
import type { GraphDocument } from '../../graph/graph-document';
import type { GraphStats, GraphStore } from '../../graph/store/graph-store';
import { createNeo4jStore, type Neo4jGraphStore } from '../../graph/store/neo4j';
import { ingestFiles } from '../../ingest/ingest-files';
import { describeNeo4j } from '../helpers/live-neo4j';
import { createSqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import { runKg, startKg, tempDataDir } from '../helpers/run-kg';
import { SAMPLES_DIR, sharedKnowledge } from '../helpers/sample-bulletins';

const ROOT = path.join(__dirname, '..', '..');

describeNeo4j('kg with --store neo4j', (config) => {
  const env = {
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    KG_DATA_DIR: tempDataDir(),
  };
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = createNeo4jStore(config);
    await store.open();
    await store.clear();
  });
  afterAll(async () => {
    await store?.close();
  });

  test('ingests the samples, and a re-ingest changes no node or relationship', async () => {
    const first = runKg(['ingest', 'data/samples', '--store', 'neo4j'], { env });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('stored in neo4j: 5 new, 0 replaced, 0 unchanged bulletin(s)');
    const stats = await store.stats();
    expect([stats.bulletins, stats.practices]).toEqual([5, 19]);
    const before = await store.exportDocument();
    const again = runKg(['ingest', 'data/samples', '--store', 'neo4j'], { env });
    expect(again.stdout).toContain('stored in neo4j: 0 new, 0 replaced, 5 unchanged bulletin(s)');
    expect(await store.stats()).toEqual(stats);
    expect(await store.exportDocument()).toEqual(before);
    expect(runKg(['stats', '--store', 'neo4j'], { env }).stdout).toMatch(/5 bulletin\(s\), 19 practice\(s\)/);
  }, 240_000);

  test('kg export from Neo4j equals the embedded export of the same files', () => {
    const out = tempDataDir();
    expect(
      runKg(['export', '--format', 'json', '--store', 'neo4j', '--out', path.join(out, 'neo4j.json')], { env }).status,
    ).toBe(0);
    const embedded = { KG_DATA_DIR: tempDataDir() };
    expect(runKg(['ingest', 'data/samples'], { env: embedded }).status).toBe(0);
    expect(
      runKg(['export', '--format', 'json', '--out', path.join(out, 'memory.json')], { env: embedded }).status,
    ).toBe(0);
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
    expect((JSON.parse(read('neo4j.json')) as GraphDocument).relationships.some((r) => r.type === 'SIMILAR_TO')).toBe(
      true,
    );
    // Byte for byte: same nodes, relationships, properties, property order and analyses.
    expect(read('neo4j.json')).toBe(read('memory.json'));
  }, 240_000);

  let corpus: { dir: string; files: number };
  /** The embedded store's graph of the whole corpus, ingested cleanly: what every repaired Neo4j graph must equal. */
  let clean: { stats: GraphStats; analyses: string[]; firstBulletin: string };
  /** Counts per label and type, and the ids of the analysis relationships (SIMILAR_TO, REPRINT_OF). */
  const view = async (of: GraphStore) => ({
    stats: await of.stats(),
    analyses: analysisIds(await of.exportDocument()),
  });

  test('a kill -9 in the middle of a larger ingest leaves only whole bulletins and stale analyses; the next ingest completes it', async () => {
    await store.clear();
    corpus = await generateCorpus({
      samplesDir: SAMPLES_DIR,
      outDir: path.join(tempDataDir(), 'corpus'),
      minBytes: 1_500_000,
    });
    const expected = (await ingestFiles([corpus.dir], { workers: 1, knowledge: sharedKnowledge() })).bulletins.map(
      (b) => b.document,
    );
    expect(expected.length).toBe(corpus.files);

    const child = spawn(
      process.execPath,
      ['--require', 'tsx/cjs', path.join(ROOT, 'cli', 'kg.ts'), 'ingest', corpus.dir, '--store', 'neo4j'],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed once a few bulletins are committed, while the others are still being written.
    for (let bulletins = 0; bulletins < 3; bulletins = (await store.stats()).bulletins)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await exited;

    const stored = await store.exportDocument();
    const storedIds = new Set([...stored.nodes.map((n) => n.id), ...stored.relationships.map((r) => r.id)]);
    const whole = expected.filter((doc) => storedIds.has(bulletinOf(doc)));
    expect(whole.length).toBeGreaterThanOrEqual(3);
    expect(whole.length).toBeLessThan(expected.length);
    for (const doc of expected) {
      // What the bulletin owns: itself, its practices and metrics, and their relationships (PART_OF links are shared).
      const owned = new Set(
        doc.nodes.filter((n) => ['Bulletin', 'Practice', 'Metric'].includes(n.labels[0] as string)).map((n) => n.id),
      );
      const ownedRelationships = doc.relationships.filter((r) => owned.has(r.start) || owned.has(r.end));
      const present =
        [...owned].filter((id) => storedIds.has(id)).length +
        ownedRelationships.filter((r) => storedIds.has(r.id)).length;
      // All or nothing, per bulletin.
      expect({ bulletin: bulletinOf(doc), present }).toEqual({
        bulletin: bulletinOf(doc),
        present: whole.includes(doc) ? owned.size + ownedRelationships.length : 0,
      });
    }

    expect((await store.analysisStatus()).stale).toBe(true);
    expect(runKg(['stats', '--store', 'neo4j'], { env }).stdout).toMatch(/^analyses: STALE since \d{4}-/m);

    const resumed = runKg(['ingest', corpus.dir, '--store', 'neo4j'], { env });
    expect({
      status: resumed.status,
      stderr: resumed.stderr.split('\n').filter((line) => line.startsWith('kg:')),
    }).toEqual({ status: 0, stderr: [] });
    expect(resumed.stdout).toContain(
      `stored in neo4j: ${expected.length - whole.length} new, 0 replaced, ${whole.length} unchanged bulletin(s)`,
    );
    expect(resumed.stdout).toMatch(/the analyses were stale since .*: recomputed/);
    expect((await store.stats()).bulletins).toBe(expected.length);
    expect(await store.analysisStatus()).toEqual({ stale: false });

    const embedded = tempDataDir();
    expect(runKg(['ingest', corpus.dir], { env: { KG_DATA_DIR: embedded } }).status).toBe(0);
    const sqlite = createSqliteStore({ dataDir: embedded, readOnly: true });
    await sqlite.open();
    clean = { ...(await view(sqlite)), firstBulletin: bulletinOf(expected[0]!) };
    await sqlite.close();
    expect(clean.stats.relationships.REPRINT_OF).toBeGreaterThan(0);
    expect(await view(store)).toEqual({ stats: clean.stats, analyses: clean.analyses });
  }, 600_000);

  test('Ctrl-C during the analyses stops with exit 130 and leaves them stale; kg analyse recomputes them', async () => {
    expect(await store.deleteBulletin(clean.firstBulletin)).toBe(true);
    const running = startKg(['ingest', corpus.dir, '--store', 'neo4j'], { env });
    await running.line(/^analyses: recomputing over/);
    running.signal('SIGINT');
    const ended = await running.done;
    // A signal that comes once the replace has made the analyses current lets it finish: the run ends whole, exit 0.
    if (ended.status === 130) {
      expect(ended.stderr).toMatch(
        /^kg: interrupted \(SIGINT\): the neo4j store holds \d+ bulletin\(s\), \d+ practice\(s\); its analyses are stale/m,
      );
      expect((await store.analysisStatus()).stale).toBe(true);
      expect(runKg(['stats', '--store', 'neo4j'], { env }).stdout).toMatch(/^analyses: STALE since/m);
    } else {
      expect(ended.status).toBe(0);
      expect(await store.analysisStatus()).toEqual({ stale: false });
    }

    const analyse = runKg(['analyse', '--store', 'neo4j'], { env });
    expect(analyse.status).toBe(0);
    expect(analyse.stdout).toMatch(
      /^the analyses were (stale since .*|current): recomputing\nanalyses: \d+ similar pair/m,
    );
    expect(await store.analysisStatus()).toEqual({ stale: false });
    expect(await view(store)).toEqual({ stats: clean.stats, analyses: clean.analyses });
  }, 600_000);
});

function analysisIds(document: GraphDocument): string[] {
  return document.relationships
    .filter((r) => r.type === 'SIMILAR_TO' || r.type === 'REPRINT_OF')
    .map((r) => r.id)
    .sort();
}

function bulletinOf(doc: GraphDocument): string {
  return doc.nodes.find((n) => n.labels[0] === 'Bulletin')!.id;
}
