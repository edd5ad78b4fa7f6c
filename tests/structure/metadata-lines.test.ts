/**
 * Every kind of metadata line an article or web page prints between its headline and its text — source lines,
 * widgets, bylines, reporters' names, datelines, page and section marks, dated lines, catalogue fields, editor lines,
 * breadcrumbs, outlet lines — is metadata, never practice text; sentences that merely start like one stay text.
 */
import { ingestText } from '../helpers/sample-bulletins';

const HEADLINE = '巢湖“板凳会”议出好日子';
const BODY = '巢湖市在全市推行“板凳会”议事机制，由村党组织书记主持，今年以来共召开板凳会860余场，化解矛盾纠纷310起。';

function article(line: string, body = BODY): string {
  return `${HEADLINE}\n${line}\n\n    ${body}\n`;
}

const LINES: [string, string, string | null][] = [
  ['a source line with author and time', '来源：皖江晚报  作者：钱程  发布时间：2024-03-07 09:12:45', '2024-03-07'],
  [
    'a government site source line with counters and widgets',
    '信息来源：巢湖市人民政府 发布时间：2023-12-12 10:35:21 浏览次数：1234 【字体：大 中 小】【打印】【关闭】',
    '2023-12-12',
  ],
  ['a date-and-time line with its source', '2021年05月14日 10:30    来源：巢湖新闻网', '2021-05-14'],
  ['font and share widgets', '字号：大 中 小    分享到：', null],
  ['print and close widgets', '【打印】【关闭】', null],
  ['a byline of reporters', '本报记者 孙琳 通讯员 赵阳', null],
  ['a byline set after a marker', '■ 记者 孙琳 报道', null],
  ["an agency's reporter", '新华社记者 孙琳', null],
  ["a reporter's name with a colon", '记者：孙琳', null],
  ['a photographer credit', '孙琳 摄', null],
  ['a dateline on its own line', '本报巢湖3月6日讯', null],
  ['a page and section mark', '第07版:要闻', null],
  ['a page mark with date and weekday', '第07版：要闻    2024年3月7日 星期四', '2024-03-07'],
  ['an outlet with date and page', '《 安徽日报 》（ 2024年03月07日   第 05 版）', '2024-03-07'],
  ['a date in parentheses', '（2025-11-20）', '2025-11-20'],
  ['a dated line', '2023.12.12', '2023-12-12'],
  ['catalogue keywords', '关键词：板凳会；议事协商；乡村治理', null],
  ['a catalogue classification', '分类号：D422.6', null],
  ['a publication date field', '发表时间：2022-11-25', '2022-11-25'],
  ['an editor line in brackets', '【责任编辑：何静】', null],
  ['an editor line in parentheses', '（责任编辑：何静）', null],
  ['a breadcrumb', '首页 > 基层动态 > 巢湖', null],
  ['an outlet name alone', '安徽日报', null],
];

test.each(LINES)('%s is metadata, not practice text', (_, line, date) => {
  const result = ingestText(article(line), 'line.txt');
  expect(result.structure.kind).toBe('article');
  expect(result.structure.items.map((i) => [i.title, i.text])).toEqual([[HEADLINE, `${HEADLINE}\n${BODY}`]]);
  expect(result.structure.header.date).toBe(date);
  expect(result.structure.items[0]!.date).toBe(date);
  expect(result.clean.metadata.length).toBeGreaterThan(0);
});

test.each([
  ['本报讯（记者 孙琳 通讯员 赵阳）'],
  ['本报巢湖3月6日讯 '],
  ['新华社合肥3月6日电（记者 孙琳）'],
  ['本报讯 记者孙琳 通讯员赵阳 报道：'],
])('a run-in dateline %s leaves the paragraph, the rest stays', (dateline) => {
  const result = ingestText(article('', `${dateline}${BODY}`), 'dateline.txt');
  expect(result.structure.items.map((i) => i.text)).toEqual([`${HEADLINE}\n${BODY}`]);
});

test('a dateline with a full date dates the article', () => {
  const result = ingestText(article('新华社北京2024年8月2日电'), 'dateline.txt');
  expect(result.structure.items[0]!.date).toBe('2024-08-02');
});

test.each([
  ['a sentence that starts with 记者', '记者从巢湖市委组织部获悉，今年以来全市新建板凳会议事点120个。'],
  ['a sentence that starts with 本报', '本报告显示，巢湖市村级议事覆盖率达到100%。'],
  ['a 时间 line that holds no date', '时间：每周三晚上'],
])('%s stays practice text', (_, line) => {
  const result = ingestText(article(line), 'text.txt');
  expect(result.structure.items).toHaveLength(1);
  expect(result.structure.items[0]!.text).toContain(line);
});

test('an attribution in parentheses still names the reporting office and leaves the text', () => {
  const result = ingestText(`${HEADLINE}\n    ${BODY}\n（来源：巢湖市委组织部）\n`, 'attribution.txt');
  expect(result.structure.items.map((i) => [i.reportedBy, i.text])).toEqual([
    ['巢湖市委组织部', `${HEADLINE}\n${BODY}`],
  ]);
});

test('a source line naming an office says who reported the article; one naming an outlet does not', () => {
  const office = ingestText(article('来源：巢湖市委组织部  发布时间：2024-03-07'), 'office.txt');
  expect(office.structure.items[0]!.reportedBy).toBe('巢湖市委组织部');
  expect(office.structure.header.publisher).toBe('巢湖市委组织部');
  const outlet = ingestText(article('来源：皖江晚报  发布时间：2024-03-07'), 'outlet.txt');
  expect(outlet.structure.items[0]!.reportedBy).toBeNull();
  expect(outlet.structure.header.publisher).toBe('皖江晚报');
});

test('text after an editor line closes the article (related links, site footers)', () => {
  const result = ingestText(
    `${article('来源：皖江晚报')}【责任编辑：何静】\n相关新闻\n    巢湖市召开基层治理工作推进会议，部署下一阶段重点任务。\n`,
    'closed.txt',
  );
  expect(result.structure.items.map((i) => i.text)).toEqual([`${HEADLINE}\n${BODY}`]);
});
