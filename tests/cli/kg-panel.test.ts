/** `kg ingest` computes the analyses; `kg export --format panel` writes the adoption panel as plain UTF-8 CSV. */
import { readFileSync } from 'fs';
import path from 'path';
import { runKg, tempDataDir } from '../helpers/run-kg';

test('ingesting reports the analyses, and the panel CSV has a header and one row per mechanism × locality', () => {
  const dataDir = tempDataDir();
  const ingest = runKg(['ingest', 'data/samples', '--data-dir', dataDir]);
  expect(ingest.status).toBe(0);
  expect(ingest.stdout).toMatch(
    /analyses: \d+ similar pair\(s\), 0 reprint\(s\), \d+ mechanism famil(y|ies) over 19 practice\(s\)/,
  );
  const out = path.join(dataDir, 'panel.csv');
  const exported = runKg(['export', '--format', 'panel', '--out', out, '--data-dir', dataDir]);
  expect(exported.status).toBe(0);
  expect(exported.stdout).toContain(out);
  const bytes = readFileSync(out);
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  const [header, ...rows] = bytes.toString('utf8').trimEnd().split('\n');
  expect(header).toBe(
    'mechanism,locality_code,locality_name,level,first_reported,bulletin_id,bulletin_title,practice_id,practices',
  );
  expect(rows).toContain(rows.find((r) => r.startsWith('双报到,340882,潜山市,county,2023-12-12,bulletin:')));
  expect(rows.filter((r) => r.startsWith('双报到,')).map((r) => r.split(',')[3])).toEqual(
    expect.arrayContaining(['province', 'city', 'county']),
  );
  expect(new Set(rows.map((r) => r.split(',').slice(0, 2).join(','))).size).toBe(rows.length);

  const again = runKg(['ingest', 'data/samples', '--data-dir', dataDir]);
  expect(again.stdout).toContain('0 new, 0 replaced, 5 unchanged');
  expect(again.stdout).not.toContain('analyses:');
});

test('an unknown export format names the panel among the choices', () => {
  const result = runKg(['export', '--format', 'xlsx']);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('panel');
});
