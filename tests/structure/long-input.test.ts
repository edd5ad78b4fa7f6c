/**
 * Long input: a file of one endless line is split into paragraphs no longer than the layout's `maxParagraphLength`,
 * at sentence ends where there are any, with a warning naming the file; nothing of the text is lost and offsets
 * still hold. (Speed is measured by `npm run bench`-style runs, never by a timed test.)
 */
import { cleanText } from '../../ingest/clean/clean-text';
import { loadLayoutVocabulary } from '../../ingest/knowledge/layout-vocabulary';
import { structureBulletin } from '../../ingest/structure/structure-bulletin';

const vocab = loadLayoutVocabulary();
const MAX = vocab.article.maxParagraphLength;
const SENTENCE = '怀远县推行“板凳议事”，今年以来共召开议事会1200余场，化解矛盾纠纷860起。';

test('one endless line is split at sentence ends below the limit, with a warning naming the file', () => {
  const line = SENTENCE.repeat(Math.ceil((3.5 * MAX) / SENTENCE.length));
  const clean = cleanText(line, vocab);
  const paragraphs = clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));
  expect(paragraphs.length).toBeGreaterThanOrEqual(4);
  expect(paragraphs.every((p) => p.length <= MAX && p.endsWith('。'))).toBe(true);
  expect(clean.text.replace(/\n/g, '')).toBe(line);
  expect(clean.splitParagraphs).toBe(1);
  const structure = structureBulletin({ clean, file: 'long.txt', vocab });
  expect(structure.messages).toContainEqual(
    expect.objectContaining({ level: 'warning', stage: 'structure', file: 'long.txt' }),
  );
  for (const item of structure.items)
    expect(clean.text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
});

test('a run without any sentence end is cut at the limit, and bold spans keep their text across the cut', () => {
  const run = '党建引领基层治理'.repeat(Math.ceil((2.5 * MAX) / 8));
  const bold = `**${'网格化管理服务'.repeat(10)}**`;
  const clean = cleanText(`${run.slice(0, MAX - 20)}${bold}${run.slice(MAX)}`, vocab);
  expect(clean.paragraphs.every((p) => p.end - p.start <= MAX)).toBe(true);
  const emphasised = clean.emphasis.map((e) => clean.text.slice(e.start, e.end)).join('');
  expect(emphasised.replace(/\n/g, '')).toBe(bold.slice(2, -2));
});

test('paragraphs within the limit are not touched', () => {
  const clean = cleanText(`${SENTENCE}\n${SENTENCE}`, vocab);
  expect(clean.splitParagraphs).toBe(0);
  expect(clean.paragraphs).toHaveLength(2);
});
