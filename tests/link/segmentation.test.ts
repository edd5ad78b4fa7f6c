/** Segmentation with the domain dictionary: mechanisms, places and discovered names are single tokens. */
import { ingestSample, SAMPLE_FILES, sharedKnowledge } from '../helpers/sample-bulletins';

test('curated mechanisms and place names are single tokens, where the stock dictionary would cut them', () => {
  const { segmenter } = sharedKnowledge();
  const words = segmenter.cut('潜山市做实党员双报到，打造红色物业，搭建党群议事会，建立微网格，推行吹哨报到。').map((t) => t.word);
  expect(words).toEqual(expect.arrayContaining(['潜山市', '双报到', '红色物业', '党群议事会', '微网格', '吹哨报到']));
});

test('tokens carry offsets into the text they came from', () => {
  const text = '截至目前，1800余名在职党员全部到社区领岗报到';
  for (const t of sharedKnowledge().segmenter.cut(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
});

test('mechanisms discovered while ingesting join the dictionary', () => {
  const result = ingestSample(SAMPLE_FILES.anqing37);
  const practice = result.practices[2]!;
  expect(practice.mechanisms.discovered).toContain('荷塘夜话');
  expect(sharedKnowledge().segmenter.cut('创新打造荷塘夜话议事平台').map((t) => t.word)).toContain('荷塘夜话');
});
