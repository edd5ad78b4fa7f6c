/** What a practice is compared on: masked place names, figures, boilerplate and stop words; words jieba splits are paired back. */
import { loadAnalysisKnowledge } from '../../graph/analytics/analysis-knowledge';
import analysisJson from '../../graph/analytics/knowledge/analysis.json';
import { practiceTerms } from '../../graph/analytics/practice-terms';
import { sampleContext } from './sample-practices';

const knowledge = loadAnalysisKnowledge();
const tokenize = (text: string) => sampleContext().tokenize(text, new Set());
const terms = (text: string) =>
  practiceTerms({ title: '', text, context: { ...sampleContext(), tokenize, knowledge } });

test('place names, figures, boilerplate and stop words are masked; topical words stay', () => {
  const found = terms('潜山市党建引领基层治理，1800余名在职党员到社区报到，累计开展志愿服务活动3673人次，推行信用村。');
  for (const masked of ['潜山市', '潜山', '党建引领', '基层治理', '1800', '3673', '余名', '人次', '的', '建设'])
    expect(found.has(masked)).toBe(false);
  for (const kept of ['在职', '党员', '社区', '报到', '信用村']) expect(found.has(kept)).toBe(true);
});

test('counts occurrences, and includes a title the text does not start with', () => {
  expect(
    practiceTerms({
      title: '红色物业',
      text: '小区推行红色物业。',
      context: { ...sampleContext(), tokenize, knowledge },
    }).get('红色物业'),
  ).toBe(2);
  expect(
    practiceTerms({
      title: '红色物业',
      text: '红色物业进小区。',
      context: { ...sampleContext(), tokenize, knowledge },
    }).get('红色物业'),
  ).toBe(1);
});

test('a broken knowledge file is refused naming the field', () => {
  expect(() => loadAnalysisKnowledge({ version: 1 })).toThrow(/analysis\.json: similarity must be an object/);
  const raw = JSON.parse(JSON.stringify(analysisJson)) as { similarity: { textWeight: number } };
  raw.similarity.textWeight = 0.9;
  expect(() => loadAnalysisKnowledge(raw)).toThrow(/textWeight \+ similarity.mechanismWeight must be 1/);
});
