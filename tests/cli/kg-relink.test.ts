/**
 * `kg relink` links the stored practice texts again with the data directory's overlay — no source files — and the
 * graph it leaves equals a fresh ingest of the same files with that overlay. Real sample bulletins, real SQLite files.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { MECHANISM_OVERLAY_FILE } from '../../ingest/link/mechanisms/mechanism-overlay';
import { runKg, tempDataDir } from '../helpers/run-kg';

const exported = (dataDir: string): unknown => {
  const out = path.join(dataDir, 'graph.json');
  expect(runKg(['export', '--format', 'json', '--out', out, '--data-dir', dataDir]).status).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
};

test('after overlay decisions, relink reports the changes and the graph equals a fresh ingest with the overlay', () => {
  const relinked = tempDataDir();
  const kg = (...args: string[]) => runKg([...args, '--data-dir', relinked]);
  expect(kg('ingest', 'data/samples').status).toBe(0);
  const before = exported(relinked);

  // Nothing decided yet: relinking changes nothing.
  const idle = kg('relink');
  expect(idle.status).toBe(0);
  expect(idle.stdout).toContain('0 touched');
  expect(idle.stdout).toMatch(/0 bulletin\(s\) rewritten, 5 unchanged; 0 unused mechanism\(s\) removed/);
  expect(exported(relinked)).toEqual(before);

  expect(kg('mechanisms', 'promote', '365民情直通车', '--category', 'service').status).toBe(0);
  expect(kg('mechanisms', 'reject', '一改两为').status).toBe(0);
  expect(kg('mechanisms', 'merge', '1+N模式', '--into', '1+N导师帮带模式').status).toBe(0);
  expect(kg('mechanisms', 'rename', '313工作法', '--to', '三一三工作法').status).toBe(0);
  const run = kg('relink');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/mechanisms gained: 1 — 三一三工作法 \(1 practice\(s\)\)/);
  expect(run.stdout).toMatch(/mechanisms lost: 1 — 一改两为 \(1 practice\(s\)\)/);
  expect(run.stdout).toContain('1+N模式 (→ 1+N导师帮带模式)');
  expect(run.stdout).toContain('313工作法 (→ 三一三工作法)');
  expect(run.stdout).toMatch(/3 touched/);
  expect(run.stdout).toMatch(/3 bulletin\(s\) rewritten, 2 unchanged; 3 unused mechanism\(s\) removed/);
  expect(run.stdout).toMatch(/analyses: \d+ similar pair/);

  const fresh = tempDataDir();
  copyFileSync(path.join(relinked, MECHANISM_OVERLAY_FILE), path.join(fresh, MECHANISM_OVERLAY_FILE));
  expect(runKg(['ingest', 'data/samples', '--data-dir', fresh]).status).toBe(0);
  const graph = exported(relinked) as {
    nodes: { id: string; properties: Record<string, unknown> }[];
    relationships: { type: string; end: string; properties: Record<string, unknown> }[];
  };
  expect(graph).toEqual(exported(fresh));
  expect(graph.nodes.find((n) => n.id === 'mechanism:365民情直通车')?.properties.curated).toBe(true);
  expect(graph.relationships.filter((r) => r.end === 'mechanism:365民情直通车').map((r) => r.properties.via)).toEqual([
    'overlay',
  ]);
  expect(graph.nodes.some((n) => n.id === 'mechanism:一改两为' || n.id === 'mechanism:313工作法')).toBe(false);

  // The listing reads the relinked graph.
  const list = kg('mechanisms', '--format', 'csv');
  expect(list.stdout).toMatch(/^365民情直通车,1,1,curated,service,overlay 1,/m);
});

test('a broken overlay stops relink before the store is touched', () => {
  const dataDir = tempDataDir();
  expect(runKg(['ingest', 'data/samples/001_90fc1d284d60736e.txt', '--data-dir', dataDir]).status).toBe(0);
  const before = exported(dataDir);
  const file = path.join(dataDir, MECHANISM_OVERLAY_FILE);
  writeFileSync(file, JSON.stringify({ version: 1, promote: [{ name: '合事点' }] }));
  const run = runKg(['relink', '--data-dir', dataDir]);
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(file);
  writeFileSync(file, JSON.stringify({ version: 1 }));
  expect(exported(dataDir)).toEqual(before);
});

test('an empty store has nothing to relink', () => {
  const run = runKg(['relink', '--data-dir', tempDataDir()]);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('holds no bulletin');
});
