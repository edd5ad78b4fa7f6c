/** CSV writing: RFC 4180 quoting and line ends, and a byte order mark for spreadsheet programs. */
import { csvFileText, toCsv } from '../../web/src/export/csv';

test('plain fields stay bare; commas, quotes, line breaks and edge spaces are quoted, quotes doubled', () => {
  const csv = toCsv([
    ['地方', '机制', '做法'],
    ['潜山市', '双报到', 2],
    ['桐城市', '“六尺巷”工作法, 调解', 1],
    ['天长市', 'say "hi"', null],
    ['多行\n文本', ' 前后空格 ', true],
  ]);
  expect(csv).toBe(
    '地方,机制,做法\r\n潜山市,双报到,2\r\n桐城市,"“六尺巷”工作法, 调解",1\r\n天长市,"say ""hi""",\r\n"多行\n文本"," 前后空格 ",true\r\n',
  );
});

test('the downloaded file starts with a UTF-8 byte order mark', () => {
  expect(csvFileText([['a']])).toBe('\ufeffa\r\n');
});
