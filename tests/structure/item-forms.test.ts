/**
 * The other item forms of this genre, built from real sample sentences in layouts the samples do not use:
 * ■ ◆ ● markers, 一、 numbered items, 【…】 headed items, and a file without any markers (paragraph fallback).
 */
import { ingestText } from '../helpers/sample-bulletins';

const TAIHU =
  '太湖县：搭建“党群议事会”，架起干群“连心桥”。延伸组织体系。以党群议事会为中心，构建以“大屋场”为单元的“1+N”模式“微网格”。目前，全县已组建1281个党群议事会，建立微网格1131个。';
const QIANSHAN =
  '潜山市：做实党员“双报到”，激活社区“微治理”。印发《关于完善“双联系双报到双服务”工作机制的通知》，明确84家市直单位与9个城市居民小区结对共建。';
const SUSONG =
  '宿松县：实施“合事点”党建工程，探索乡村善治新路径。建成标准化“合事点”11个，共配备信息员33名，化解矛盾纠纷65件。';

test.each(['■', '◆', '●'])('%s marks items like △ does', (marker) => {
  const text = `工作动态\n\n${marker}${TAIHU}（太湖县委组织部）\n\n${marker}${QIANSHAN}\n\n报：市委组织部部务会成员。\n`;
  const items = ingestText(text).structure.items;
  expect(items.map((i) => [i.localityPhrase, i.title, i.reportedBy, i.section])).toEqual([
    ['太湖县', '搭建“党群议事会”，架起干群“连心桥”', '太湖县委组织部', '工作动态'],
    ['潜山市', '做实党员“双报到”，激活社区“微治理”', null, '工作动态'],
  ]);
});

test('numbered items (一、二、) are practices when the bulletin has no other item form', () => {
  const text = `XX县组工简报\n\n第 5 期\n\n一、${TAIHU}\n\n二、${QIANSHAN}\n\n三、${SUSONG}\n\n抄送：各乡镇党委。`;
  const result = ingestText(text);
  expect(result.structure.header.title).toBe('XX县组工简报');
  expect(result.structure.header.issue).toBe(5);
  expect(result.structure.items.map((i) => i.localityPhrase)).toEqual(['太湖县', '潜山市', '宿松县']);
  expect(result.structure.items[2]!.title).toBe('实施“合事点”党建工程，探索乡村善治新路径');
  expect(result.structure.items.some((i) => i.text.includes('抄送'))).toBe(false);
});

test('Arabic-numbered items (1. 2、（3）) are practices too, with their attributions; decimals are not numbers', () => {
  const text = `各地动态\n\n1.${TAIHU}\n\n2、${QIANSHAN}\n（潜山市委组织部）\n\n（3）${SUSONG}\n1.2万名党员参与。\n`;
  const items = ingestText(text).structure.items;
  expect(items.map((i) => [i.form, i.localityPhrase, i.reportedBy])).toEqual([
    ['numbered', '太湖县', null],
    ['numbered', '潜山市', '潜山市委组织部'],
    ['numbered', '宿松县', null],
  ]);
  expect(items[2]!.text).toContain('1.2万名党员参与');
});

test('numbered headings over marked items are their sections, not part of the item above', () => {
  const text = `晋中组工信息\n\n一、抓党建促基层治理\n\n◆${TAIHU}\n\n◆${QIANSHAN}\n\n二、抓党建促乡村振兴\n\n◆${SUSONG}\n`;
  const items = ingestText(text).structure.items;
  expect(items.map((i) => [i.localityPhrase, i.section])).toEqual([
    ['太湖县', '抓党建促基层治理'],
    ['潜山市', '抓党建促基层治理'],
    ['宿松县', '抓党建促乡村振兴'],
  ]);
  expect(items[1]!.text).not.toContain('乡村振兴');
});

test('a speech signed by an office takes its place from the office name', () => {
  const text = `编者按：现将交流发言材料予以刊发。\n\n做实“小区治理” 提升居民幸福感\n淮阴区委组织部\n\n    ${QIANSHAN.slice(4)}\n`;
  const items = ingestText(text).structure.items;
  expect(items.map((i) => [i.form, i.localityPhrase, i.reportedBy, i.section])).toEqual([
    ['speech', '淮阴区', '淮阴区委组织部', '会议交流材料'],
  ]);
});

test('【…】 headed items take the bracket as locality or as title', () => {
  const text = `【太湖县】${TAIHU.slice(4)}\n\n【潜山市做实党员“双报到”】${QIANSHAN.slice(4)}`;
  const items = ingestText(text).structure.items;
  expect(items[0]!.localityPhrase).toBe('太湖县');
  expect(items[0]!.title).toBe('搭建“党群议事会”，架起干群“连心桥”');
  expect(items[1]!.title).toBe('潜山市做实党员“双报到”');
});

test('a file without recognisable markers yields one practice per paragraph group, with a warning', () => {
  const text = `${TAIHU}\n\n${QIANSHAN}\n\n${SUSONG}\n`;
  const result = ingestText(text, 'plain.txt');
  expect(result.structure.items).toHaveLength(3);
  expect(result.messages).toEqual([
    expect.objectContaining({ level: 'warning', stage: 'structure', file: 'plain.txt' }),
  ]);
});

test('a masthead in Chinese numerals is read, and an impossible date stays null', () => {
  const text = `某某组工信息\n\n第三十七期\n\n二〇二三年十二月十二日\n\n△${TAIHU}`;
  expect(ingestText(text).structure.header).toEqual({
    title: '某某组工信息',
    issue: 37,
    date: '2023-12-12',
    publisher: null,
  });
  const bad = `某某组工信息\n\n2023 年 2 月 30 日\n\n△${TAIHU}`;
  expect(ingestText(bad).structure.header.date).toBeNull();
});

describe('article layouts: spaced mastheads, headlines closed by attributions, contents in item markers', () => {
  const ARTICLES = [
    '组 工 简 报',
    '第 12 期',
    '',
    '中共桐乡市委组织部编                    2024 年 5 月 20 日',
    '',
    '桐乡市深化“三治融合”推进基层治理现代化',
    '',
    '    近年来，桐乡市深化自治、法治、德治“三治融合”。截至目前，全市共建成百姓议事会',
    '180 余个。',
    '    一、健全组织体系。将全市划分为 1156 个网格，每个网格配备 1 名专职网格员。',
    '    二、完善议事机制。推广“百事服务团”，每月开展议事活动不少于 2 次。',
    '                                          （来源：桐乡市委组织部）',
    '',
    '- 2 -',
    '',
    '安图县推行“双报到”激活社区治理末梢',
    '',
    `    ${QIANSHAN.slice(4)}`,
    '                                          （通讯员 李明）',
  ].join('\n');

  test('the masthead reads through letter spacing, a two-column line and a trailing 编', () => {
    expect(ingestText(ARTICLES).structure.header).toEqual({
      title: '组工简报',
      issue: 12,
      date: '2024-05-20',
      publisher: '中共桐乡市委组织部',
    });
  });

  test('each headline opens an article, its attribution closes it, numbered parts are sub-measures', () => {
    const items = ingestText(ARTICLES).structure.items;
    expect(items.map((i) => [i.form, i.title, i.reportedBy])).toEqual([
      ['headline', '桐乡市深化“三治融合”推进基层治理现代化', '桐乡市委组织部'],
      ['headline', '安图县推行“双报到”激活社区治理末梢', null],
    ]);
    expect(items[0]!.subMeasures.map((s) => s.title)).toEqual(['健全组织体系', '完善议事机制']);
    expect(items[0]!.text).not.toMatch(/来源|委组织部）/);
    expect(items[1]!.text).not.toContain('通讯员');
  });

  test('unsigned articles: headlines that start with a place open them, and the headline is the title', () => {
    const text = [
      '湘潭组工信息',
      '第 8 期',
      '',
      '韶山市推行“屋场会”议事机制',
      '',
      '    韶山市在全市 108 个村推行“屋场会”议事机制，今年以来共召开屋场会 860 余场。',
      '',
      '湘乡市探索“积分制”激发乡村治理活力',
      '',
      `    ${TAIHU.slice(TAIHU.indexOf('。') + 1)}`,
      '',
      '雨湖区打造“红色物业”提升小区治理水平',
      '',
      '    雨湖区推动 65 个小区成立物业党支部，物业服务满意度提升至 92%。',
    ].join('\n');
    const result = ingestText(text);
    expect(result.messages).toEqual([]);
    expect(result.structure.items.map((i) => [i.form, i.localityPhrase, i.title])).toEqual([
      ['headline', '韶山市', '韶山市推行“屋场会”议事机制'],
      ['headline', '湘乡市', '湘乡市探索“积分制”激发乡村治理活力'],
      ['headline', '雨湖区', '雨湖区打造“红色物业”提升小区治理水平'],
    ]);
    expect(result.practices[2]!.mechanisms.mentions.map((m) => m.name)).toContain('红色物业');
  });

  test('contents entries set with the item marker are not items; credits and bylines leave the organization', () => {
    const text = [
      '本期要目',
      '★ 太湖县搭建“党群议事会”',
      '★ 宿松县实施“合事点”党建工程',
      '',
      `★ 太湖县搭建“党群议事会”`,
      `    ${TAIHU.slice(4)}`,
      '（太湖县委组织部 供稿）',
      '',
      `★ 宿松县实施“合事点”党建工程`,
      `    ${SUSONG.slice(4)}`,
      '（宿松县委组织部 通讯员 王芳）',
    ].join('\n');
    const items = ingestText(text).structure.items;
    expect(items.map((i) => [i.title, i.reportedBy])).toEqual([
      ['太湖县搭建“党群议事会”', '太湖县委组织部'],
      ['宿松县实施“合事点”党建工程', '宿松县委组织部'],
    ]);
  });

  test('a marked headline on its own line stays the title, and 本期导读 over contents is no section', () => {
    const text = [
      '本期导读',
      '◇ 太湖县：搭建“党群议事会”',
      '◇ 宿松县：实施“合事点”党建工程',
      '',
      '◇ 太湖县：搭建“党群议事会”',
      TAIHU.slice(TAIHU.indexOf('。') + 1),
      '（太湖县委组织部）',
      '◇ 宿松县：实施“合事点”党建工程',
      SUSONG.slice(SUSONG.indexOf('。') + 1),
      '（宿松县委组织部）',
    ].join('\n');
    const items = ingestText(text).structure.items;
    expect(items.map((i) => [i.title, i.section, i.reportedBy])).toEqual([
      ['搭建“党群议事会”', null, '太湖县委组织部'],
      ['实施“合事点”党建工程', null, '宿松县委组织部'],
    ]);
  });

  test('an enumerated heading (一是…) is one sub-measure, not two', () => {
    const text = `△${TAIHU.slice(0, TAIHU.indexOf('。') + 1)}一是组织联建。全县成立党支部126个。二是服务联动。累计办实事2300件。三是平台联通。诉求24小时响应。`;
    expect(ingestText(text).structure.items[0]!.subMeasures.map((s) => s.title)).toEqual([
      '组织联建',
      '服务联动',
      '平台联通',
    ]);
  });
});
