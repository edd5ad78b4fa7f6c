/** The `kg ingest` command as a user runs it: summary, exit codes, and the JSON export contract of DESIGN.md. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runKg } from '../helpers/run-kg';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));

interface ExportJson {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { id: string; type: string; start: string; end: string; properties: Record<string, unknown> }[];
}

test('kg ingest data/samples --export writes the contract and prints a summary', () => {
  const out = path.join(tmp, 'out.json');
  const result = runKg(['ingest', 'data/samples', '--export', out]);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(
    /ingested 5 file\(s\): 5 bulletin\(s\), 19 practice\(s\), 0 warning\(s\), 0 error\(s\)/,
  );
  const graph = JSON.parse(readFileSync(out, 'utf8')) as ExportJson;
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  const bulletins = graph.nodes.filter((n) => n.labels.includes('Bulletin'));
  const practices = graph.nodes.filter((n) => n.labels.includes('Practice'));
  expect(bulletins).toHaveLength(5);
  expect(practices).toHaveLength(19);
  for (const b of bulletins)
    expect(Object.keys(b.properties)).toEqual(
      expect.arrayContaining(['source', 'title', 'issue', 'date', 'publisher']),
    );
  for (const p of practices) {
    expect(Object.keys(p.properties)).toEqual(
      expect.arrayContaining(['title', 'text', 'section', 'reportedBy', 'date', 'ordinal']),
    );
  }
  const contains = graph.relationships.filter((r) => r.type === 'CONTAINS');
  expect(contains).toHaveLength(19);
  for (const r of graph.relationships) {
    expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
  }
  const anqing37 = bulletins.find((b) => b.properties.issue === 37)!;
  expect(anqing37.properties).toMatchObject({
    source: 'data/samples/001_90fc1d284d60736e.txt',
    date: '2023-12-12',
    title: '安庆组工信息',
  });
  expect(contains.filter((r) => r.start === anqing37.id)).toHaveLength(3);
});

test('ids are stable: ingesting the same files twice gives identical exports', () => {
  const a = path.join(tmp, 'a.json');
  const b = path.join(tmp, 'b.json');
  expect(runKg(['ingest', 'data/samples', '--export', a]).status).toBe(0);
  expect(runKg(['ingest', 'data/samples/', '--export', b]).status).toBe(0);
  expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
});

test('a bad file is named with its reason, the others are ingested, and the exit code is non-zero', () => {
  const bad = path.join(tmp, 'broken.txt');
  writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
  const result = runKg(['ingest', 'data/samples/001_90fc1d284d60736e.txt', bad]);
  expect(result.status).toBe(1);
  // Errors and warnings go to stderr, the summary to stdout.
  expect(result.stderr).toContain(`error: ${bad}: binary content`);
  expect(result.stdout).not.toContain('error:');
  expect(result.stdout).toMatch(/1 bulletin\(s\), 3 practice\(s\), 0 warning\(s\), 1 error\(s\)/);
});

test('usage errors go to stderr with exit 2; help goes to stdout with exit 0', () => {
  for (const args of [['ingest'], ['--no-such-option'], ['ingest', '--no-such-option', 'x'], ['no-such-command']]) {
    const result = runKg(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
  }
  const help = runKg(['--help']);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('ingest');
  expect(help.stderr).toBe('');
});
