/** Pinyin search: initials, full pinyin and mixes find mechanism and place names; polyphones; ranking. */
import { matchPinyin, pinyinKey } from '../../web/src/search/pinyin-match';
import { isPinyinQuery } from '../../web/src/search/pinyin-query';

const names = [
  '双报到',
  '在职党员双报到',
  '红色物业',
  '潜山市',
  '网格化管理',
  '党群议事会',
  '文都e家',
  '“3+1”包抓机制',
  '长沙市',
  '乡风议事厅',
];
const keys = names.map(pinyinKey);
const find = (query: string) =>
  keys
    .map((key) => ({ name: key.name, match: matchPinyin(key, query) }))
    .filter((r) => r.match !== null)
    .sort((a, b) => b.match!.score - a.match!.score)
    .map((r) => r.name);

test('initials find names: sbd → 双报到 first, then a longer name containing it', () => {
  expect(find('sbd')).toEqual(['双报到', '在职党员双报到']);
  expect(find('hswy')).toEqual(['红色物业']);
  expect(find('qss')).toEqual(['潜山市']);
});

test('full pinyin, mixed full and initials, upper case and spaces', () => {
  expect(find('shuangbaodao')[0]).toBe('双报到');
  expect(find('shuangbd')[0]).toBe('双报到');
  expect(find('WangGe')).toEqual(['网格化管理']);
  expect(find('dang qun')).toEqual(['党群议事会']);
});

test('a prefix of the last syllable is enough, and a match reports the characters it covers', () => {
  const match = matchPinyin(pinyinKey('在职党员双报到'), 'shuangba');
  expect(match).toMatchObject({ start: 4, end: 6 });
});

test('every reading of a polyphonic character is tried: 都 in 文都 is du, 长 in 长沙 is chang', () => {
  expect(find('wenduej')).toEqual(['文都e家']);
  expect(find('wdej')).toEqual(['文都e家']);
  expect(find('changsha')).toEqual(['长沙市']);
});

test('quotes and symbols are skipped, digits match themselves', () => {
  expect(find('3+1')).toEqual([]);
  expect(find('1bz')).toEqual(['“3+1”包抓机制']);
});

test('letters that are no name find nothing', () => {
  expect(find('xyzq')).toEqual([]);
  expect(find('')).toEqual([]);
});

test('only Latin text is read as pinyin', () => {
  expect(isPinyinQuery('sbd')).toBe(true);
  expect(isPinyinQuery(' shuang bao ')).toBe(true);
  expect(isPinyinQuery('双报到')).toBe(false);
  expect(isPinyinQuery('3+1')).toBe(false);
});
