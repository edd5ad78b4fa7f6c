/**
 * A long PDF's pages are read in helper threads beside the main one (ingest/read/pdf/page-reading-pool.ts). Helpers
 * run from the compiled package, so this test drives dist/ and compares with the TypeScript sources, which read every
 * page in this thread: the runs of every page, the text, its pages and the ingested practices must be the same.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { readSource as ReadSource } from '../../ingest/read/read-source';
import { readSource } from '../../ingest/read/read-source';
import { PARALLEL_MIN_PAGES, RANGE_PAGES, readAllPages } from '../../ingest/read/pdf/page-reading-pool';
import { openPdf } from '../../ingest/read/pdf/page-runs';
import { ingestSource } from '../../ingest/pipeline';
import { SAMPLES_DIR, sharedKnowledge } from '../helpers/sample-bulletins';
import { closeChromium, printPdf } from './fixtures/print-with-chromium';

jest.setTimeout(180_000);

const DIST = path.join(__dirname, '..', '..', 'dist', 'ingest', 'read');
const PAGES = 3 * RANGE_PAGES + 5;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-pdf-pages-'));
const pdf = path.join(dir, 'samples.pdf');

beforeAll(async () => {
  // The five sample bulletins, one after the other and each on new pages, printed on A5 with page numbers.
  const sections = readdirSync(SAMPLES_DIR)
    .sort()
    .map((name) =>
      readFileSync(path.join(SAMPLES_DIR, name), 'utf8')
        .replace(/\*\*/g, '')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    )
    .map(
      (lines) =>
        `<section style="break-before: page">${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</section>`,
    );
  let body = sections.join('');
  // Enough copies for the helpers to claim ranges of their own.
  while ((body.match(/<section/g) ?? []).length * 3 < PAGES) body += sections.join('');
  await printPdf({ body, out: pdf, format: 'A5', pageNumbers: true });
});
afterAll(async () => {
  await closeChromium();
  rmSync(dir, { recursive: true, force: true });
});

test('pages read with a helper thread are the pages read in one thread', async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` (npm install/ci runs it)`);
  // The compiled modules, loaded at run time from their paths: the helper threads they start run dist/.
  const compiled = {
    pool: (await import(path.join(DIST, 'pdf', 'page-reading-pool.js'))) as { readAllPages: typeof readAllPages },
    runs: (await import(path.join(DIST, 'pdf', 'page-runs.js'))) as { openPdf: typeof openPdf },
  };
  const bytes = readFileSync(pdf);
  const read = async (helpers: number, pool = compiled.pool, runs = compiled.runs) => {
    const doc = await runs.openPdf(new Uint8Array(bytes)).promise;
    try {
      return await pool.readAllPages({ doc, bytes, helperCount: helpers });
    } finally {
      await doc.destroy();
    }
  };
  const alone = await read(0, { readAllPages }, { openPdf });
  expect(alone.pages.length).toBeGreaterThanOrEqual(Math.max(PAGES, PARALLEL_MIN_PAGES));
  expect(alone.helperPages).toBe(0);
  // The first document starts the helper; the next ones find it ready, two of them at once.
  const helped = [await read(1), ...(await Promise.all([read(1), read(1)]))];
  for (const run of helped) expect(run.pages).toEqual(alone.pages);
  expect(Math.max(...helped.map((run) => run.helperPages))).toBeGreaterThan(0);
});

test('readSource gives the same text, pages and practices from the compiled package as from the sources', async () => {
  const { readSource: compiled } = (await import(path.join(DIST, 'read-source.js'))) as {
    readSource: typeof ReadSource;
  };
  const [parallel, sequential] = await Promise.all([compiled(pdf), readSource(pdf)]);
  if (!parallel.ok || !sequential.ok) throw new Error('the PDF was not read');
  expect(parallel.source.text).toBe(sequential.source.text);
  // Practices keep the pages they start on, far into the document.
  const practicePages = ingestSource(parallel.source, sharedKnowledge())
    .document.nodes.filter((n) => n.labels.includes('Practice'))
    .map((n) => n.properties.page as number);
  expect(practicePages.length).toBeGreaterThan(19);
  expect(practicePages).toEqual([...practicePages].sort((a, b) => a - b));
  expect(Math.max(...practicePages)).toBeGreaterThan(2 * RANGE_PAGES);
});
