/**
 * The parallel ingest (main thread + worker threads) runs from the compiled package (`npm ci` builds it), so this
 * test drives dist/: a batch large enough to go parallel must give exactly what the sequential ingest gives.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { ingestFiles as IngestFiles } from '../../ingest/ingest-files';
import { SAMPLES_DIR } from '../helpers/sample-bulletins';

const DIST = path.join(__dirname, '..', '..', 'dist', 'ingest', 'ingest-files.js');
const COPIES = 14;

/** The compiled module, loaded at run time from its path (its worker threads run dist/, not the sources). */
const compiledIngest = async () => (await import(DIST)) as { ingestFiles: typeof IngestFiles };

describe('parallel ingest (compiled)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-parallel-'));
    // Each copy differs (a numbered line the cleaner keeps), so every file is its own bulletin.
    for (const name of readdirSync(SAMPLES_DIR)) {
      const text = readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
      for (let copy = 0; copy < COPIES; copy++)
        writeFileSync(path.join(dir, `${copy}-${name}`), `${text}\n（第${copy + 1}份）\n`);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('two threads give the same bulletins, documents, analysis terms and messages as one', async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` (npm install/ci runs it)`);
    const { ingestFiles } = await compiledIngest();
    const sequential = await ingestFiles([dir], { workers: 1 });
    const parallel = await ingestFiles([dir], { workers: 2 });
    expect(sequential.summary.bulletins).toBe(5 * COPIES);
    expect(parallel.summary).toEqual(sequential.summary);
    expect(parallel.bulletins.map((b) => b.file)).toEqual(sequential.bulletins.map((b) => b.file));
    expect(parallel.document).toEqual(sequential.document);
    expect(parallel.messages).toEqual(sequential.messages);
    // Terms are cut with the shared dictionary and each document's own names: how files were split between the
    // threads (and what each thread ingested before) changes nothing.
    expect(parallel.bulletins.map((b) => [...b.terms])).toEqual(sequential.bulletins.map((b) => [...b.terms]));
    expect(sequential.bulletins.every((b) => b.terms.size === b.practices)).toBe(true);
  }, 120_000);

  test('every worker links with the lexicon overlay it is given', async () => {
    const { ingestFiles } = await compiledIngest();
    const mechanismOverlay = path.join(dir, '..', `${path.basename(dir)}-overlay.json`);
    writeFileSync(
      mechanismOverlay,
      JSON.stringify({ version: 1, promote: [{ name: '合事点', category: 'consultation' }], reject: ['荷塘夜话'] }),
    );
    const parallel = await ingestFiles([dir], { workers: 2, mechanismOverlay });
    expect(parallel.summary.bulletins).toBe(5 * COPIES);
    const uses = (name: string) =>
      parallel.bulletins.filter((b) =>
        b.document.relationships.some((r) => r.type === 'USES' && r.end === `mechanism:${name}`),
      );
    // Every copy of the bulletins that name them, whichever thread ingested it.
    expect(uses('荷塘夜话')).toHaveLength(0);
    expect(uses('合事点')).toHaveLength(COPIES);
    const promoted = parallel.document.nodes.find((n) => n.id === 'mechanism:合事点');
    expect(promoted?.properties.curated).toBe(true);
    rmSync(mechanismOverlay);
  }, 120_000);
});
