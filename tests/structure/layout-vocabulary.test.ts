/** The layout vocabulary's loader checks the article fields of layout.json and names the file and the field that is wrong. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_LAYOUT_PATH, loadLayoutVocabulary } from '../../ingest/knowledge/layout-vocabulary';

const shipped = JSON.parse(readFileSync(DEFAULT_LAYOUT_PATH, 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function variant(name: string, change: Record<string, unknown>): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...shipped, ...change }));
  return file;
}

test('the shipped layout loads, and every field role has labels', () => {
  const vocab = loadLayoutVocabulary();
  expect(new Set(vocab.article.fieldRoles.values())).toEqual(
    new Set(['source', 'publisher', 'author', 'date', 'editor', 'title', 'abstract', 'publication', 'other']),
  );
});

test.each([
  [
    'unknown-role.json',
    { fieldLabels: { ...(shipped.fieldLabels as object), sponsor: ['赞助'] } },
    /unknown-role\.json: "fieldLabels" has unknown roles: sponsor/,
  ],
  [
    'missing-role.json',
    { fieldLabels: { source: ['来源'] } },
    /missing-role\.json: "fieldLabels\.publisher" must be a list/,
  ],
  ['bad-page-mark.json', { pageMarkPatterns: ['第(版'] }, /bad-page-mark\.json: bad pattern 第\(版/],
  ['zero-length.json', { maxParagraphLength: 0 }, /zero-length\.json: "maxParagraphLength" must be a positive integer/],
  [
    'empty-word.json',
    { reporterWords: ['记者', ''] },
    /empty-word\.json: "reporterWords" must be a list of non-empty strings/,
  ],
])('%s is refused, naming the field', (name, change, message) => {
  expect(() => loadLayoutVocabulary(variant(name, change))).toThrow(message);
});
