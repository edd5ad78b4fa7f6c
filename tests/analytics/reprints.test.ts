/** Reprints: the same item reported again is linked later → earlier, not as "similar"; a longer text quoting it is not a reprint. */
import { computeAnalyses } from '../../graph/analytics/compute-analyses';
import type { AnalysisPractice } from '../../graph/store/graph-store';
import { byTitle, sampleContext, samplePractices } from './sample-practices';

let practices: AnalysisPractice[];
let original: AnalysisPractice;

beforeAll(async () => {
  practices = await samplePractices();
  original = byTitle(practices, '做实党员“双报到”');
});

/** A city bulletin reprinting the county item: new heading, punctuation changed, the last sentence cut. */
function reprinted(date: string | null): AnalysisPractice {
  const body = original.text
    .slice(0, original.text.lastIndexOf('。', original.text.length - 2) + 1)
    .replace(/，/g, ',')
    .replace(/“|”/g, '"');
  return {
    ...original,
    id: 'practice:reprint:1',
    bulletinId: 'bulletin:reprint',
    date,
    text: `（市委组织部转载）${body}`,
  };
}

const edges = (list: AnalysisPractice[], type: string) =>
  computeAnalyses(list, sampleContext()).analyses.relationships.filter((r) => r.type === type);

test('the sample bulletins hold no reprint', () => {
  expect(edges(practices, 'REPRINT_OF')).toEqual([]);
});

test('a later reprint points to the original, and the pair is not listed as similar', () => {
  const copy = reprinted('2024-01-05');
  const all = [...practices, copy];
  const [reprint, ...others] = edges(all, 'REPRINT_OF');
  expect(others).toEqual([]);
  expect(reprint).toMatchObject({ start: copy.id, end: original.id });
  expect(Number(reprint!.properties.score)).toBeGreaterThanOrEqual(0.8);
  expect(
    edges(all, 'SIMILAR_TO').some((r) => [r.start, r.end].includes(copy.id) && [r.start, r.end].includes(original.id)),
  ).toBe(false);
});

test('the earlier text is the original whichever id it has; undated texts count as later', () => {
  expect(edges([...practices, reprinted('2023-01-01')], 'REPRINT_OF')[0]).toMatchObject({
    start: original.id,
    end: 'practice:reprint:1',
  });
  expect(edges([...practices, reprinted(null)], 'REPRINT_OF')[0]).toMatchObject({
    start: 'practice:reprint:1',
    end: original.id,
  });
});

test('a speech that quotes the item among other things is not a reprint of it', () => {
  const other = byTitle(practices, '以党建为引领 以人民为中心');
  const speech: AnalysisPractice = {
    ...original,
    id: 'practice:speech:1',
    bulletinId: 'bulletin:speech',
    date: '2024-02-01',
    text: `${other.text}${original.text}`,
  };
  expect(edges([...practices, speech], 'REPRINT_OF').filter((r) => r.start === speech.id)).toEqual([]);
});
