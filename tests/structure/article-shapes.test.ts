/**
 * Articles that are not numbered bulletins, one fixture per shape (tests/fixtures/articles, texts written for these
 * tests): an organization-department newspaper article, a provincial daily's e-paper page, a news-site report, an
 * untitled write-up, a library-catalogue record, a national-newspaper report in traditional script, a web page's
 * digest and an e-paper page with two reports. Each article is one practice with its headline, date and sub-measures;
 * no metadata line is practice text. Expectations were written by reading the fixtures.
 */
import path from 'path';
import { ingestSource, type BulletinResult } from '../../ingest/pipeline';
import { readSource, type SourceMetadata } from '../../ingest/read/read-source';
import { sharedKnowledge } from '../helpers/sample-bulletins';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'articles');

async function ingestFixture(name: string, metadata?: SourceMetadata): Promise<BulletinResult> {
  const read = await readSource(path.join(FIXTURES, name));
  if (!read.ok) throw new Error(`${name}: ${read.reason}`);
  return ingestSource({ ...read.source, metadata }, sharedKnowledge());
}

/** What every article fixture must satisfy: slices of the cleaned text, spans in place, no metadata line in a practice. */
function expectWellFormed(result: BulletinResult): void {
  expect(result.structure.items.length).toBeGreaterThan(0);
  for (const item of result.structure.items) {
    expect(result.clean.text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
    for (const m of item.subMeasures) expect(item.text.slice(m.start, m.end).trim()).toBe(m.title);
    if (item.titleSpan.end > item.titleSpan.start) {
      expect(item.text.slice(item.titleSpan.start, item.titleSpan.end).replace(/\n/g, '')).toBe(item.title);
    }
    for (const line of result.clean.metadata) expect(item.text).not.toContain(line.text);
  }
  expect(result.messages).toEqual([]);
}

const level1 = (result: BulletinResult, index = 0) =>
  result.structure.items[index]!.subMeasures.filter((m) => m.level === 1).map((m) => m.title);

test('an organization-department newspaper article: headline with subtitle, source line, bold sub-headings', async () => {
  const result = await ingestFixture('org-newspaper.txt');
  expectWellFormed(result);
  const title = '湄潭县：“院坝议事”议出乡村治理新气象——贵州湄潭以党建引领推动村民自治走深走实';
  expect(result.structure.kind).toBe('article');
  expect(result.structure.header).toEqual({ title, issue: null, date: '2024-03-07', publisher: '组织人事报' });
  const [item] = result.structure.items;
  expect(result.structure.items).toHaveLength(1);
  expect(item).toMatchObject({ form: 'article', title, localityPhrase: '湄潭县', date: '2024-03-07' });
  expect(level1(result)).toEqual([
    '建强院坝党小组，让议事有“主心骨”',
    '规范议事流程，让群众说了算',
    '用好议事成果，让治理见实效',
  ]);
  expect(item!.text).toContain('今年以来，湄潭县坚持把党组织建在院坝上');
  expect(item!.text).not.toMatch(/来源|作者|发布时间|字号|分享到|责任编辑|罗敏/);
});

test("a provincial daily's e-paper page: page and section mark, kicker, reporters and a dateline stay out", async () => {
  const result = await ingestFixture('provincial-epaper.txt');
  expectWellFormed(result);
  expect(result.structure.header).toEqual({
    title: '临泽“板凳会”坐出邻里和谐',
    issue: null,
    date: '2023-11-16',
    publisher: '甘肃日报',
  });
  expect(result.structure.items.map((i) => [i.title, i.section, i.date])).toEqual([
    ['临泽“板凳会”坐出邻里和谐', '要闻', '2023-11-16'],
  ]);
  const text = result.structure.items[0]!.text;
  expect(text.startsWith('临泽“板凳会”坐出邻里和谐\n入冬以来')).toBe(true);
  expect(text).not.toMatch(/本报|记者|通讯员|马骁|李岩|第05版|星期四|甘肃日报|共治共享/);
});

test('a news-site report: date-and-time line with its source, four numbered sub-headings, an editor line', async () => {
  const result = await ingestFixture('news-site-report.txt');
  expectWellFormed(result);
  expect(result.structure.header).toEqual({
    title: '嘉善县“网格+积分”激活小区治理一池春水',
    issue: null,
    date: '2021-05-14',
    publisher: '嘉兴在线',
  });
  expect(result.structure.items).toHaveLength(1);
  expect(level1(result)).toEqual([
    '织密网格，让服务“零距离”',
    '积分激励，让参与“有奔头”',
    '议事协商，让难题“有人管”',
    '考评问效，让治理“见真章”',
  ]);
  expect(result.structure.items[0]!.text).not.toMatch(/来源|打印|关闭|编辑|沈悦/);
});

describe('an untitled write-up: a lead over 一、 parts with run-in 一是/二是/三是', () => {
  test("without a title of its own, the lead's first clause after its time phrase is the title; the lead is the practice's", async () => {
    const result = await ingestFixture('untitled-writeup.txt');
    expectWellFormed(result);
    const [item] = result.structure.items;
    expect(result.structure.items).toHaveLength(1);
    expect(result.structure.kind).toBe('article');
    expect(item).toMatchObject({ title: '宁陵县坚持党建引领基层治理', localityPhrase: '宁陵县', date: null });
    expect(item!.text.startsWith('近年来，宁陵县坚持党建引领基层治理')).toBe(true);
    expect(level1(result)).toEqual([
      '建强组织体系，夯实治理根基',
      '完善议事机制，畅通民意渠道',
      '强化保障措施，确保取得实效',
    ]);
    expect(item!.subMeasures.filter((m) => m.level === 2).map((m) => m.title)).toEqual([
      '建强村级组织',
      '延伸组织触角',
      '壮大骨干队伍',
      '规范议事程序',
      '拓宽诉求渠道',
      '强化结果运用',
    ]);
  });

  test("the file's own title (without the site's name), date and publisher are used where the text prints none", async () => {
    const metadata = {
      title: '宁陵县“红色议事厅”就地化解矛盾纠纷_宁陵县人民政府',
      date: '2024-01-05',
      publisher: '宁陵县人民政府',
    };
    const result = await ingestFixture('untitled-writeup.txt', metadata);
    expect(result.structure.header).toEqual({
      title: '宁陵县“红色议事厅”就地化解矛盾纠纷',
      issue: null,
      date: '2024-01-05',
      publisher: '宁陵县人民政府',
    });
    expect(result.structure.items.map((i) => [i.title, i.date, i.localityPhrase])).toEqual([
      ['宁陵县“红色议事厅”就地化解矛盾纠纷', '2024-01-05', '宁陵县'],
    ]);
    expect(result.document.nodes.find((n) => n.labels[0] === 'Practice')?.properties.date).toBe('2024-01-05');
  });
});

test('a library-catalogue record: 题名 is the title, 摘要 the text; the other fields are metadata', async () => {
  const result = await ingestFixture('catalogue-record.txt');
  expectWellFormed(result);
  const title = '积分制何以激活乡村治理——基于秭归县的调查';
  expect(result.structure.header).toEqual({ title, issue: null, date: '2022-11-25', publisher: '农村经济与治理' });
  const [item] = result.structure.items;
  expect(result.structure.items).toHaveLength(1);
  expect(item!.title).toBe(title);
  expect(item!.text.startsWith('积分制是近年来乡村治理中的一项制度创新')).toBe(true);
  expect(item!.text).not.toMatch(/题名|作者|大学|出版物|年卷期|页码|摘要|关键词|分类号|DOI|D422/);
});

test('a national-newspaper report in traditional script: converted, one practice holding both places', async () => {
  const result = await ingestFixture('national-traditional.txt');
  expectWellFormed(result);
  expect(result.document.nodes.find((n) => n.labels[0] === 'Bulletin')?.properties.traditional).toBe(true);
  expect(result.structure.header).toEqual({
    title: '多地探索“积分制”激发乡村治理活力',
    issue: null,
    date: '2025-11-20',
    publisher: '人民日报',
  });
  expect(result.structure.items).toHaveLength(1);
  const text = result.structure.items[0]!.text;
  expect(text).toContain('在浙江省安吉县');
  expect(text).toContain('在四川省彭州市');
  expect(text).not.toMatch(/本报|记者|林珊|第 04 版/);
});

test("a web page's digest: a breadcrumb and a source line on top, three articles closed by their attributions", async () => {
  const result = await ingestFixture('web-digest.txt');
  expectWellFormed(result);
  expect(result.structure.kind).toBe('article');
  expect(result.structure.items.map((i) => [i.title, i.reportedBy, i.date])).toEqual([
    ['清镇市推行“楼栋党小组”打通服务末梢', '清镇市委组织部', '2024-06-18'],
    ['修文县“三张清单”压实村级治理责任', '修文县委组织部', '2024-06-18'],
    ['开阳县以“院落会”撬动群众自治', '开阳县委组织部', '2024-06-18'],
  ]);
  for (const item of result.structure.items) expect(item.text).not.toMatch(/首页|浏览次数|来源/);
});

test('an e-paper page with two reports: each headline with its byline opens a practice', async () => {
  const result = await ingestFixture('epaper-two-reports.txt');
  expectWellFormed(result);
  expect(result.structure.items.map((i) => [i.title, i.section, i.date])).toEqual([
    ['沭阳“红色物业”让小区更有温度', '基层治理', '2024-04-02'],
    ['泗洪“网格夜访”走进百姓家门', '基层治理', '2024-04-02'],
  ]);
  expect(result.structure.items[0]!.text).toContain('红黑榜');
  for (const item of result.structure.items) expect(item.text).not.toMatch(/本报|记者|通讯员|周航|陈洁|许宁|第03版/);
});
