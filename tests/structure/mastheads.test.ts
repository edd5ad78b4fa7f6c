/**
 * Mastheads of every common form — a place's short name with 组工 / 组工信息 / 组织工作动态 / 工作简报 / 党建动态 /
 * 党建工作简报, letter-spaced or not; publishers such as 中共X市委社会工作部, X县委组织部办公室, 中共X县委组织部 编;
 * issue numbers 第3期 / 总第126期 / 2024年第3期 — and the document kind the shape of a text gives.
 */
import { ingestText } from '../helpers/sample-bulletins';

const ITEM = '△肥西县：推行“屋场恳谈会”，议好群众身边事。全县建成屋场恳谈点326个，今年以来收集群众意见1800余条。';

const MASTHEADS: [
  string,
  string[],
  { title: string | null; issue: number | null; date: string | null; publisher: string | null },
][] = [
  [
    'a short name with 组工',
    ['肥西组工', '第3期', '中共肥西县委组织部编', '2024年3月7日'],
    { title: '肥西组工', issue: 3, date: '2024-03-07', publisher: '中共肥西县委组织部' },
  ],
  ['a letter-spaced title', ['肥 西 组 工', '第 3 期'], { title: '肥西组工', issue: 3, date: null, publisher: null }],
  [
    'a title spaced between place and name',
    ['肥西 组工信息', '总第126期'],
    { title: '肥西组工信息', issue: 126, date: null, publisher: null },
  ],
  [
    '组织工作动态 with a year-numbered issue',
    ['庐江组织工作动态', '2024年第3期', '庐江县委组织部办公室'],
    { title: '庐江组织工作动态', issue: 3, date: null, publisher: '庐江县委组织部办公室' },
  ],
  [
    '党建动态 with issue and cumulative issue on one line',
    ['无为党建动态', '第3期  总第126期'],
    { title: '无为党建动态', issue: 3, date: null, publisher: null },
  ],
  [
    '工作简报 with a social-work department',
    ['合肥社会工作简报', '第十二期', '中共合肥市委社会工作部', '2023年12月12日'],
    { title: '合肥社会工作简报', issue: 12, date: '2023-12-12', publisher: '中共合肥市委社会工作部' },
  ],
  [
    '党建工作简报 with a spaced 编',
    ['巢湖党建工作简报', '第5期', '中共巢湖市委组织部 编', '2024.01.15'],
    { title: '巢湖党建工作简报', issue: 5, date: '2024-01-15', publisher: '中共巢湖市委组织部' },
  ],
];

test.each(MASTHEADS)('%s', (_, lines, header) => {
  const result = ingestText(`${lines.join('\n\n')}\n\n${ITEM}\n`);
  expect(result.structure.header).toEqual(header);
  expect(result.structure.kind).toBe('bulletin');
  expect(result.structure.items.map((i) => i.localityPhrase)).toEqual(['肥西县']);
  expect(result.structure.items[0]!.date).toBe(header.date);
});

describe('document kind', () => {
  test('a numbered masthead is a bulletin, also when it is titled 简报', () => {
    expect(ingestText(`肥西工作简报\n\n第3期\n\n${ITEM}`).structure.kind).toBe('bulletin');
  });

  test('a masthead titled 简报 or 交流材料 without an issue number is a briefing', () => {
    expect(ingestText(`肥西工作简报\n\n中共肥西县委组织部\n\n${ITEM}`).structure.kind).toBe('briefing');
    expect(ingestText(`基层治理经验交流材料\n\n${ITEM}`).structure.kind).toBe('briefing');
  });

  test('marked items without a masthead are a bulletin; a headline over text with a source line is an article', () => {
    expect(ingestText(`市内信息\n\n${ITEM}`).structure.kind).toBe('bulletin');
    const article = ingestText(
      '肥西“屋场恳谈会”议好身边事\n来源：合肥日报\n\n    肥西县建成屋场恳谈点326个，今年以来收集群众意见1800余条。\n',
    );
    expect(article.structure.kind).toBe('article');
    expect(article.structure.header).toEqual({
      title: '肥西“屋场恳谈会”议好身边事',
      issue: null,
      date: null,
      publisher: '合肥日报',
    });
  });

  test('a briefing holding one article with numbered parts gives one practice, not one per part', () => {
    const text = [
      '肥西工作简报',
      '',
      '中共肥西县委组织部',
      '',
      '肥西县“屋场恳谈会”议好群众身边事',
      '',
      '    今年以来，肥西县在全县推行“屋场恳谈会”，建成屋场恳谈点326个，收集群众意见1800余条。',
      '    一、建好恳谈阵地。依托农家院落和村民活动室设立恳谈点，做到每个自然村至少有一个。',
      '    二、规范恳谈流程。每月召开一次恳谈会，议定事项张榜公示、限期办结。',
    ].join('\n');
    const result = ingestText(text);
    expect(result.structure.kind).toBe('briefing');
    expect(result.structure.items.map((i) => [i.title, i.subMeasures.map((m) => m.title)])).toEqual([
      ['肥西县“屋场恳谈会”议好群众身边事', ['建好恳谈阵地', '规范恳谈流程']],
    ]);
  });

  test('text with no article shape at all is other, one practice per paragraph with a warning', () => {
    const result = ingestText(`${ITEM.slice(1)}\n\n${ITEM.slice(5)}\n`, 'plain.txt');
    expect(result.structure.kind).toBe('other');
    expect(result.structure.items).toHaveLength(2);
    expect(result.messages.filter((m) => m.stage === 'structure')).toEqual([
      expect.objectContaining({ level: 'warning', file: 'plain.txt' }),
    ]);
  });
});

test('a headline that ends like a masthead title, over a source line, stays the headline of an article', () => {
  const result = ingestText(
    '基层治理新动态\n来源：合肥日报  发布时间：2024-05-06\n\n    肥西县建成屋场恳谈点326个，今年以来收集群众意见1800余条，办结率达到97%。\n',
  );
  expect(result.structure.kind).toBe('article');
  expect(result.structure.header).toEqual({
    title: '基层治理新动态',
    issue: null,
    date: '2024-05-06',
    publisher: '合肥日报',
  });
  expect(result.structure.items.map((i) => i.title)).toEqual(['基层治理新动态']);
});
