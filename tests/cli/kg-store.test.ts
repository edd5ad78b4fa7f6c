/** The store commands as a user runs them: start, ingest into the embedded store, stats, search, export, load, errors. */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { runKg, tempDataDir } from '../helpers/run-kg';

const dataDir = tempDataDir();
const env = { KG_DATA_DIR: dataDir };

// Serving after start is tested in tests/server; --no-serve keeps the command finite here.
test('kg start ingests the samples into an empty store, and only reports on the next start', () => {
  const first = runKg(['start', '--no-serve'], { env });
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('stored in sqlite: 5 new, 0 replaced, 0 unchanged bulletin(s)');
  expect(existsSync(path.join(dataDir, 'graph.sqlite'))).toBe(true);
  const second = runKg(['start', '--no-serve'], { env });
  expect(second.stdout).toContain('the sqlite store holds 5 bulletin(s) and 19 practice(s)');
});

test('re-ingesting unchanged files changes nothing; stats and search read the store', () => {
  expect(runKg(['ingest', 'data/samples'], { env }).stdout).toContain('0 new, 0 replaced, 5 unchanged');
  expect(runKg(['stats'], { env }).stdout).toMatch(/5 bulletin\(s\), 19 practice\(s\)/);
  const search = runKg(['search', '双报到', '--limit', '3'], { env });
  expect(search.status).toBe(0);
  expect(search.stdout).toMatch(/Mechanism\s+双报到/);
});

test('an edited file replaces the bulletin it came from', () => {
  const dir = tempDataDir();
  const file = path.join(dir, 'bulletin.txt');
  const original = readFileSync('data/samples/001_90fc1d284d60736e.txt', 'utf8');
  writeFileSync(file, original);
  const editEnv = { KG_DATA_DIR: path.join(dir, 'store') };
  expect(runKg(['ingest', file], { env: editEnv }).stdout).toContain('1 new');
  writeFileSync(file, original.replace('1281个党群议事会', '1300个党群议事会'));
  expect(runKg(['ingest', file], { env: editEnv }).stdout).toContain('0 new, 1 replaced');
  expect(runKg(['stats'], { env: editEnv }).stdout).toMatch(/1 bulletin\(s\), 3 practice\(s\)/);
});

test('kg export writes every format, and kg load reads a JSON export into another store', () => {
  const out = tempDataDir();
  for (const [format, target] of [
    ['json', 'g.json'],
    ['graphml', 'g.graphml'],
    ['cypher', 'g.cypher'],
    ['csv', 'csv'],
  ] as const) {
    const result = runKg(['export', '--format', format, '--out', path.join(out, target)], { env });
    expect(result.status).toBe(0);
    expect(existsSync(path.join(out, target))).toBe(true);
  }
  const loaded = { KG_DATA_DIR: tempDataDir() };
  const load = runKg(['load', path.join(out, 'g.json')], { env: loaded });
  expect(load.stdout).toContain('stored in sqlite: 5 new');
  expect(runKg(['export', '--format', 'json', '--out', path.join(out, 'again.json')], { env: loaded }).status).toBe(0);
  const a = JSON.parse(readFileSync(path.join(out, 'g.json'), 'utf8')) as {
    nodes: unknown[];
    relationships: unknown[];
  };
  const b = JSON.parse(readFileSync(path.join(out, 'again.json'), 'utf8')) as {
    nodes: unknown[];
    relationships: unknown[];
  };
  expect(b.nodes.length).toBe(a.nodes.length);
  expect(b.relationships.length).toBe(a.relationships.length);
});

test('errors are one clear line with a non-zero exit: bad export file, unknown format, unreachable Neo4j, a damaged store file', () => {
  const bad = path.join(tempDataDir(), 'bad.json');
  writeFileSync(bad, '{"nodes": 3}');
  const load = runKg(['load', bad], { env: { KG_DATA_DIR: tempDataDir() } });
  expect(load.status).toBe(2);
  expect(load.stderr.trim().split('\n')).toHaveLength(1);
  expect(load.stderr).toContain(bad);
  expect(runKg(['export', '--format', 'pdf'], { env }).status).toBe(2);
  const neo4j = runKg(['stats'], { env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' } });
  expect(neo4j.status).toBe(2);
  expect(neo4j.stderr).toMatch(/^kg: .*bolt:\/\/127\.0\.0\.1:1/);
  expect(neo4j.stderr.trim().split('\n')).toHaveLength(1);
  const corrupt = tempDataDir();
  const file = path.join(corrupt, 'graph.sqlite');
  writeFileSync(
    file,
    'not a database, but some text long enough to fill the header of an SQLite file and then some more.',
  );
  const broken = runKg(['stats'], { env: { KG_DATA_DIR: corrupt } });
  expect(broken.status).toBe(2);
  expect(broken.stderr).toContain(file);
  expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  expect(readFileSync(file, 'utf8')).toMatch(/^not a database/);
});

test('a store of an earlier version (graph.snapshot) is left alone, with word of how to bring its graph over', () => {
  const old = tempDataDir();
  writeFileSync(path.join(old, 'graph.snapshot'), 'an earlier version wrote this');
  const stats = runKg(['stats'], { env: { KG_DATA_DIR: old } });
  expect(stats.status).toBe(0);
  expect(stats.stderr).toContain('graph.snapshot');
  expect(stats.stderr).toContain('kg load');
  expect(readFileSync(path.join(old, 'graph.snapshot'), 'utf8')).toBe('an earlier version wrote this');
  expect(runKg(['stats', '--store', 'memory'], { env: { KG_DATA_DIR: tempDataDir() } }).stderr).toContain('deprecated');
});
