/**
 * Dates in every form Chinese documents print them, read by the clean stage's date finder and validated, and the
 * date each form gives a document when it stands on an article's metadata line, masthead or source line.
 */
import { findPrintedDates } from '../../ingest/clean/find-printed-dates';
import { ingestText } from '../helpers/sample-bulletins';

const FORMS: [string, string][] = [
  ['2024-03-07 09:12:45', '2024-03-07'],
  ['2024-3-7', '2024-03-07'],
  ['(2025-11-20)', '2025-11-20'],
  ['（2025-11-20）', '2025-11-20'],
  ['2021年05月14日 10:30', '2021-05-14'],
  ['2021年5月14日10:30', '2021-05-14'],
  ['二〇二二年九月八日', '2022-09-08'],
  ['二〇二三年十二月三十一日', '2023-12-31'],
  ['2023.12.12', '2023-12-12'],
  ['2023/12/12', '2023-12-12'],
  ['2023年12月12日', '2023-12-12'],
  ['2023 年 6 月 9 日', '2023-06-09'],
  ['２０２３年１２月１２日', '2023-12-12'],
  ['2024年3月7日 星期四', '2024-03-07'],
  ['发布时间：2023年3月5日 来源：某某网', '2023-03-05'],
  ['来源：人民网-人民日报 2024年03月07日07:56', '2024-03-07'],
  ['[2024-02-29]', '2024-02-29'],
];

test.each(FORMS)('%s reads as %s', (printed, iso) => {
  expect(findPrintedDates(printed).map((d) => d.iso)).toEqual([iso]);
});

test.each([
  ['2023-02-30'],
  ['2023年2月30日'],
  ['二〇二三年二月三十日'],
  ['2023.13.01'],
  ['2023-02-29'],
  ['2023/12'],
  ['3.1415.26'],
  ['1.2023.12.5'],
  ['2024年第3期'],
  ['第2023期'],
  ['12345热线'],
  ['2023.12.12.5'],
])('%s is no date', (printed) => {
  expect(findPrintedDates(printed)).toEqual([]);
});

test('a clock time after a date belongs to it, so the whole date-and-time is one span', () => {
  const text = '2024-03-07 09:12:45 来源：某某网';
  const [date] = findPrintedDates(text);
  expect(text.slice(date!.start, date!.end)).toBe('2024-03-07 09:12:45');
});

test.each(FORMS.filter(([printed]) => !printed.startsWith('来源')))(
  'an article dated %s on its own line is dated %s',
  (printed, iso) => {
    const result = ingestText(
      `南谯区“小巷管家”管出大文明\n${printed}\n\n    南谯区招募“小巷管家”1300余名，负责背街小巷的环境巡查和矛盾调处。\n`,
      'dated.txt',
    );
    expect(result.structure.header.date).toBe(iso);
    expect(result.structure.items.map((i) => i.date)).toEqual([iso]);
    expect(result.structure.items[0]!.text).not.toContain(printed.trim());
  },
);

test('an impossible date on a dated line gives no date, and the practice date falls back to the document date', () => {
  expect(
    ingestText('南谯区“小巷管家”管出大文明\n2023-02-30\n\n    南谯区招募“小巷管家”1300余名。\n').structure.header.date,
  ).toBeNull();
  const result = ingestText(
    [
      '第02版：综合    2024年3月7日 星期四',
      '',
      '南谯区“小巷管家”管出大文明',
      '    南谯区招募“小巷管家”1300余名，负责背街小巷的环境巡查、矛盾调处和政策宣传，群众有事可以随时找管家。',
      '',
      '琅琊区“红色楼栋”连起邻里情',
      '来源：滁州日报',
      '    琅琊区建成红色楼栋120个。',
    ].join('\n'),
  );
  expect(result.structure.items.map((i) => [i.title, i.date])).toEqual([
    ['南谯区“小巷管家”管出大文明', '2024-03-07'],
    ['琅琊区“红色楼栋”连起邻里情', '2024-03-07'],
  ]);
});
