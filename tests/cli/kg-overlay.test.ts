/**
 * `kg ingest` reads the researchers' lexicon overlay from the data directory (mechanism-overlay.json), and the
 * analyses' term cache is invalidated when the overlay changes (its names join the segmenter's dictionary).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { analysisContext } from '../../cli/analysis-context';
import { MECHANISM_OVERLAY_FILE } from '../../ingest/link/mechanisms/mechanism-overlay';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import { runKg } from '../helpers/run-kg';

interface ExportJson {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
}

const mechanismsOf = (file: string): Map<string, boolean> => {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as ExportJson;
  return new Map(
    graph.nodes
      .filter((n) => n.labels.includes('Mechanism'))
      .map((n) => [String(n.properties.name), n.properties.curated === true]),
  );
};

test('kg ingest links with the overlay of its data directory: promoted names are curated, rejected ones gone', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-overlay-'));
  const sample = 'data/samples/000_6502fa5430885207.txt';
  const plain = path.join(dataDir, 'plain.json');
  expect(runKg(['ingest', sample, '--no-save', '--export', plain, '--data-dir', dataDir]).status).toBe(0);
  expect(mechanismsOf(plain).get('合事点')).toBe(false);
  expect(mechanismsOf(plain).has('暖心驿站')).toBe(true);

  writeFileSync(
    path.join(dataDir, MECHANISM_OVERLAY_FILE),
    JSON.stringify({
      version: 1,
      promote: [{ name: '合事点', category: 'consultation', description: '村民说事议事的固定点位' }],
      reject: ['暖心驿站'],
    }),
  );
  const curated = path.join(dataDir, 'curated.json');
  const run = runKg(['ingest', sample, '--export', curated, '--data-dir', dataDir]);
  expect(run.status).toBe(0);
  const names = mechanismsOf(curated);
  expect(names.get('合事点')).toBe(true);
  expect(names.has('暖心驿站')).toBe(false);
  // The store written beside it was linked with the same knowledge.
  expect(run.stdout).toMatch(/analyses:/);
});

test('a broken overlay is one clear error line naming the file, and nothing is ingested', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-overlay-'));
  const file = path.join(dataDir, MECHANISM_OVERLAY_FILE);
  writeFileSync(file, JSON.stringify({ version: 9 }));
  const run = runKg(['ingest', 'data/samples/001_90fc1d284d60736e.txt', '--data-dir', dataDir]);
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(file);
});

test('the term cache fingerprint covers the overlay', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-overlay-'));
  const fingerprint = (): Promise<string> => analysisContext(sharedKnowledge(), dataDir).fingerprint();
  const none = await fingerprint();
  writeFileSync(path.join(dataDir, MECHANISM_OVERLAY_FILE), JSON.stringify({ version: 1, reject: ['一票否决'] }));
  const one = await fingerprint();
  writeFileSync(path.join(dataDir, MECHANISM_OVERLAY_FILE), JSON.stringify({ version: 1, reject: ['荷塘夜话'] }));
  const other = await fingerprint();
  expect(new Set([none, one, other]).size).toBe(3);
  expect(await fingerprint()).toBe(other);
});
