/** Segmentation with the domain dictionary: mechanisms, places and discovered names are single tokens. */
import { ingestSample, SAMPLE_FILES, sharedKnowledge } from '../helpers/sample-bulletins';

test('curated mechanisms and place names are single tokens, where the stock dictionary would cut them', () => {
  const { segmenter } = sharedKnowledge();
  const words = segmenter
    .cut('潜山市做实党员双报到，打造红色物业，搭建党群议事会，建立微网格，推行吹哨报到。')
    .map((t) => t.word);
  expect(words).toEqual(expect.arrayContaining(['潜山市', '双报到', '红色物业', '党群议事会', '微网格', '吹哨报到']));
});

test('tokens carry offsets into the text they came from', () => {
  const text = '截至目前，1800余名在职党员全部到社区领岗报到';
  for (const t of sharedKnowledge().segmenter.cut(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
});

test("a document's discovered mechanisms are kept whole in its analysis terms, without changing the shared dictionary", () => {
  const { segmenter } = sharedKnowledge();
  const before = segmenter.words('创新打造荷塘夜话议事平台');
  const result = ingestSample(SAMPLE_FILES.anqing37);
  const practice = result.practices[2]!;
  expect(practice.mechanisms.discovered).toContain('荷塘夜话');
  expect(segmenter.wordsWith('创新打造荷塘夜话议事平台', new Set(['荷塘夜话']))).toContain('荷塘夜话');
  expect(
    result.terms
      .get(
        result.document.nodes.find((n) => n.labels[0] === 'Practice' && String(n.properties.text).includes('荷塘夜话'))!
          .id,
      )
      ?.has('荷塘夜话'),
  ).toBe(true);
  // Ingesting taught the process-wide dictionary nothing: the next document is cut as if this one never was.
  expect(segmenter.words('创新打造荷塘夜话议事平台')).toEqual(before);
});

test('wordsWith keeps the given words whole, leftmost and longest first, and cuts the rest as words() does', () => {
  const { segmenter } = sharedKnowledge();
  const text = '推行三张清单工作法和三张清单';
  const words = segmenter.wordsWith(text, new Set(['三张清单', '三张清单工作法']));
  expect(words.join('')).toBe(text);
  expect(words.filter((w) => w.startsWith('三张清单'))).toEqual(['三张清单工作法', '三张清单']);
});
