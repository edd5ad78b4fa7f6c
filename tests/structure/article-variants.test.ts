/**
 * Article variants of web pages and Word files: a headline that only the file's title carries, markers used as an
 * article's sub-headings, a page digest of place-led marked items, a kicker over the headline named by the file title.
 */
import { ingestSource, type BulletinResult } from '../../ingest/pipeline';
import type { SourceMetadata } from '../../ingest/read/read-source';
import { sharedKnowledge } from '../helpers/sample-bulletins';

function ingest(text: string, metadata?: SourceMetadata): BulletinResult {
  return ingestSource(
    { file: 'page.html', text, format: 'html', encoding: 'utf-8', traditional: false, bytes: text.length, metadata },
    sharedKnowledge(),
  );
}

test("a page whose headline only its title carries: the title without the site's name, the text from the lead", () => {
  const result = ingest(
    '来源：南京日报 发布时间：2024-05-06 10:00\n\n今年以来，玄武区探索“小区议事厅”机制，全区建成议事厅120个，议定事项860件。\n\n' +
      '**建强组织**\n\n在小区成立党支部86个，选派党员骨干担任楼栋长。\n\n**健全机制**\n\n每月召开一次议事会，议定事项张榜公示。\n',
    { title: '玄武区“小区议事厅”让居民说了算-南京日报' },
  );
  expect(result.structure.header).toEqual({
    title: '玄武区“小区议事厅”让居民说了算',
    issue: null,
    date: '2024-05-06',
    publisher: '南京日报',
  });
  const [item] = result.structure.items;
  expect(result.structure.items).toHaveLength(1);
  expect(item).toMatchObject({
    title: '玄武区“小区议事厅”让居民说了算',
    localityPhrase: '玄武区',
    titleSpan: { start: 0, end: 0 },
  });
  expect(item!.text.startsWith('今年以来，玄武区探索')).toBe(true);
  expect(item!.subMeasures.map((m) => m.title)).toEqual(['建强组织', '健全机制']);
});

test("markers that set a news article's sub-headings make sub-measures, not practices", () => {
  const result = ingest(
    [
      '鼓楼区“网格+”激活治理末梢',
      '来源：鼓楼区融媒体中心  2024-04-01',
      '',
      '鼓楼区把全区划分为1200个网格，推行“网格+党建”“网格+服务”模式，群众诉求办结率达到98%。',
      '◆织密网格。每个网格配备专职网格员1名、兼职网格员若干名。',
      '◆做实服务。网格员每周走访住户不少于20户，建立民情台账。',
      '◆强化考评。每季度开展一次网格员考评，考评结果与报酬挂钩。',
    ].join('\n'),
  );
  expect(result.structure.kind).toBe('article');
  expect(result.structure.items.map((i) => [i.title, i.subMeasures.map((m) => m.title)])).toEqual([
    ['鼓楼区“网格+”激活治理末梢', ['织密网格', '做实服务', '强化考评']],
  ]);
});

test('a page digest of marked items that start with a place gives one practice per item', () => {
  const result = ingest(
    [
      '来源：南京市委组织部  发布时间：2024-04-01',
      '',
      '◆玄武区：推行“小区议事厅”，全区建成议事厅120个，议定事项860件。',
      '◆秦淮区：打造“红色物业”，32家物业企业成立党支部。',
      '◆鼓楼区：深化“网格+”模式，全区划分网格1200个。',
    ].join('\n'),
  );
  expect(result.structure.kind).toBe('article');
  expect(result.structure.header.publisher).toBe('南京市委组织部');
  expect(result.structure.items.map((i) => [i.localityPhrase, i.date])).toEqual([
    ['玄武区', '2024-04-01'],
    ['秦淮区', '2024-04-01'],
    ['鼓楼区', '2024-04-01'],
  ]);
});

test("the file's title names the headline under a longer kicker; without it the longest line of the block is the headline", () => {
  const text =
    '党建引领基层治理 共建共治共享美好家园\n雨花台区“铁心桥”议事会\n本报记者 周航\n\n    雨花台区在全区推行“铁心桥”议事会，今年以来议定民生事项430件。\n';
  expect(ingest(text, { title: '雨花台区“铁心桥”议事会' }).structure.items.map((i) => i.title)).toEqual([
    '雨花台区“铁心桥”议事会',
  ]);
  expect(ingest(text).structure.items.map((i) => i.title)).toEqual(['党建引领基层治理 共建共治共享美好家园']);
});
