/**
 * Pages through the pipeline for text files: form feeds (as pdftotext writes them) are physical pages; printed page
 * marks (— 3 —) end the page they number. Practices, evidence and figures carry the page they start on.
 */
import { ingestSample, ingestText, SAMPLE_FILES } from '../helpers/sample-bulletins';
import { bulletinAsText, ITEMS } from './fixtures/mianyang-bulletin';

const text = bulletinAsText();
const third = text.indexOf(ITEMS[2]!.title);
const second = text.indexOf(ITEMS[1]!.title);

function pagesOf(result: ReturnType<typeof ingestText>) {
  const nodes = result.document.nodes;
  return {
    practices: nodes.filter((n) => n.labels.includes('Practice')).map((n) => n.properties.page),
    metric: (figure: string) =>
      nodes.find((n) => n.labels.includes('Metric') && String(n.properties.text).includes(figure))?.properties.page,
    uses: (name: string) =>
      result.document.relationships
        .filter((r) => r.type === 'USES' && r.end === `mechanism:${name}`)
        .map((r) => r.properties.page),
  };
}

test('form feeds start physical pages', () => {
  const paged = `${text.slice(0, second)}\f${text.slice(second, third)}\n\f\n${text.slice(third)}`;
  const result = ingestText(paged);
  expect(result.clean.pages.map((p) => p.page)).toEqual([1, 2, 3]);
  const pages = pagesOf(result);
  expect(pages.practices).toEqual([1, 2, 3]);
  expect(pages.metric('280余件')).toBe(1);
  expect(pages.metric('42万元')).toBe(3);
  expect(pages.uses('双报到')).toEqual([2]);
});

test('printed page marks end the page they number; the text after the last one is the next page', () => {
  const marked = `${text.slice(0, third)}\n\n— 5 —\n\n${text.slice(third)}`;
  const result = ingestText(marked);
  expect(result.clean.pages.map((p) => p.page)).toEqual([5, 6]);
  expect(result.clean.text).not.toContain('— 5 —');
  expect(pagesOf(result).practices).toEqual([5, 5, 6]);
  expect(pagesOf(result).uses('积分超市')).toEqual([6]);
});

test('a number that does not rise is no page mark', () => {
  const marked = `${text.slice(0, second)}\n\n— 2 —\n\n${text.slice(second, third)}\n\n1\n\n${text.slice(third)}`;
  expect(ingestText(marked).clean.pages.map((p) => p.page)).toEqual([2, 3]);
});

test('a text without form feeds or page marks has no pages', () => {
  const result = ingestText(text);
  expect(result.clean.pages).toEqual([]);
  expect(pagesOf(result).practices).toEqual([null, null, null]);
});

test('a sample bulletin with one printed mark: the page starts after it, inside a broken sentence', () => {
  const result = ingestSample(SAMPLE_FILES.anqing24Speeches);
  expect(result.clean.pages.map((p) => p.page)).toEqual([3, 4]);
  const start = result.clean.pages[1]!.start;
  expect(result.clean.text.slice(start - 4, start + 6)).toBe('为兼职委员，对街道区');
  expect(pagesOf(result).practices).toEqual([3, 4, 4]);
});
