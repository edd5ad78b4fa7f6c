/**
 * Unindented plain text (one paragraph a line, as copied from a web page or pdftotext) with form feeds between
 * paragraphs, on a line of their own or opening the next page's first line: still one article, one practice, and
 * every figure and mechanism on the page it is printed on.
 */
import type { NodeLabel } from '../../graph/schema';
import { ingestText } from '../helpers/sample-bulletins';

const PARAGRAPHS = [
  '贵州省湄潭县兴隆镇推行“院坝协商”化解邻里矛盾',
  '湄潭县兴隆镇在23个村推行“院坝协商”，群众有事就在自家院坝里商量。',
  '今年以来，全镇共召开院坝会412场，化解邻里纠纷96起。',
  '镇党委还推行“一月一议”，每月由村党支部书记召集党员代表议定村内大事。',
  '下一步，兴隆镇将把院坝协商延伸到村民小组，覆盖全镇1.8万户群众。',
  '（来源：遵义日报）',
];

const layouts = {
  'a form feed on its own line': [
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    '\f',
    PARAGRAPHS[2],
    PARAGRAPHS[3],
    '\f',
    PARAGRAPHS[4],
    PARAGRAPHS[5],
  ],
  'a form feed opening the next page': [
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    `\f${PARAGRAPHS[2]}`,
    PARAGRAPHS[3],
    `\f${PARAGRAPHS[4]}`,
    PARAGRAPHS[5],
  ],
};

describe.each(Object.entries(layouts))('%s', (_, lines) => {
  const result = ingestText(lines.join('\n'), 'meitan-yuanba.txt');
  const nodes = (label: NodeLabel) => result.document.nodes.filter((n) => n.labels.includes(label));

  test('is one article with its headline, its publisher from the closing source line', () => {
    expect(result.structure.kind).toBe('article');
    expect(result.practices.map((p) => p.item.title)).toEqual([PARAGRAPHS[0]]);
    expect(nodes('Bulletin')[0]?.properties.publisher).toBe('遵义日报');
  });

  test('has three pages, and each figure and mechanism the page it is printed on', () => {
    expect(result.clean.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(nodes('Practice').map((n) => n.properties.page)).toEqual([1]);
    expect(nodes('Metric').map((n) => [n.properties.text, n.properties.page])).toEqual([
      ['23个', 1],
      ['412场', 2],
      ['96起', 2],
      ['1.8万户', 3],
    ]);
    const uses = result.document.relationships.filter((r) => r.type === 'USES').map((r) => [r.end, r.properties.page]);
    expect(uses).toEqual(
      expect.arrayContaining([
        ['mechanism:院坝协商', 1],
        ['mechanism:一月一议', 2],
      ]),
    );
  });
});
