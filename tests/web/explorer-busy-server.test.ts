/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction and $$eval run in the page, where the DOM exists.
/**
 * The explorer on a server that refuses heavy reads as busy whenever one is already running (one heavy slot, no
 * queue wait): opening a mechanism fires several heavy reads at once, the server refuses some with 503 SERVER_BUSY
 * and Retry-After, and the explorer sends them again, so the researcher sees the view, not an error.
 */
import type { Page } from 'playwright-core';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { canvasShows, ready, startHarness, type Harness } from './explorer-harness';

let harness: Harness;

beforeAll(async () => {
  const dataDir = tempDataDir();
  const ingest = runKg(['ingest', 'data/samples'], { env: { KG_DATA_DIR: dataDir } });
  if (ingest.status !== 0) throw new Error(`kg ingest failed: ${ingest.stderr}`);
  harness = await startHarness(dataDir, { limits: { heavyConcurrency: 1, maxQueueWaitMs: 1 } });
}, 240_000);

afterEach(() => {
  expect(harness.takeErrors()).toEqual([]);
});

afterAll(async () => {
  await harness?.close();
});

/** Counts the answers refused as busy while the page lives. */
function countRefusals(page: Page): () => number {
  let refused = 0;
  page.on('response', (response) => {
    if (response.status() === 503) refused++;
  });
  return () => refused;
}

test('refused as busy, the mechanism view and its panel still open: the explorer retries after Retry-After', async () => {
  const page = await harness.newPage();
  const refusals = countRefusals(page);
  const mechanism = encodeURIComponent('mechanism:双报到');
  await page.goto(`${harness.url}?seed=${mechanism}&sel=${mechanism}`);
  await ready(page);
  await page.waitForSelector('.mechanism-panel .timeline-list li');
  await canvasShows(page, 4);
  await page.waitForFunction(() => document.querySelectorAll('.diffusion-chart path.series').length === 3);
  expect(refusals()).toBeGreaterThan(0);
  expect(await page.$$eval('.notices.error, .notices .error', (els) => els.length)).toBe(0);
  expect(await page.textContent('.notices')).toMatch(/双报到：共 \d+ 条做法/);
  await page.close();
}, 60_000);
