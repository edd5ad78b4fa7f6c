/**
 * Plain-text articles typed or pasted without paragraph indentation, read as `kg ingest` reads them (readSource, then
 * the whole pipeline): each article is one practice under its headline, whether its paragraphs are one line each
 * with blank lines between, one line each with none, or wrapped lines with blank lines only between paragraphs.
 * Expectations are the hand annotations of tests/fixtures/unseen (written before the pipeline was run on them).
 */
import { join } from 'path';
import type { BulletinResult } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import { ingestSource } from '../../ingest/pipeline';
import { annotationOf, fold, UNSEEN_DIR, type AnnotatedPractice } from '../link/unseen/link-unseen';
import { ingestText, sharedKnowledge } from '../helpers/sample-bulletins';

/** Unindented articles: one line per paragraph with blank lines (04 …), wrapped with blank lines between paragraphs
 * (12, 21), one line per paragraph without blank lines (22), traditional script (05, 20, 23), a posting line (16). */
const UNINDENTED = [
  '04-two-cities-report.txt',
  '05-nanhu-traditional.txt',
  '10-xiaodian-article.txt',
  '12-xinxian-pdf.txt',
  '13-qiandongnan-article.txt',
  '14-ningxiang-long-article.txt',
  '16-cangxi-wechat.txt',
  '20-xiangshan-traditional.txt',
  '21-changting-wrapped.txt',
  '22-tengchong-one-line-each.txt',
  '23-zhengding-traditional.txt',
];

async function ingestFixture(file: string): Promise<BulletinResult> {
  const read = await readSource(join(UNSEEN_DIR, file));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return ingestSource(read.source, sharedKnowledge());
}

/** The annotated mechanisms (each `|`-separated alternatives) the practice names, and how many were annotated. */
function mechanismHits(want: AnnotatedPractice, found: string[]): { hits: number; wanted: number } {
  const names = new Set(found.map(fold));
  const hits = want.mechanisms.filter((entry) => entry.split('|').some((name) => names.has(fold(name))));
  return { hits: hits.length, wanted: want.mechanisms.length };
}

const results = new Map<string, BulletinResult>();

beforeAll(async () => {
  for (const file of UNINDENTED) results.set(file, await ingestFixture(file));
});

function namedMechanisms(result: BulletinResult): string[] {
  return result.practices.flatMap((p) =>
    p.mechanisms.mentions.flatMap((m) => [m.name, ...(p.mechanisms.surfaces.get(m.name) ?? [])]),
  );
}

test.each(UNINDENTED)('%s: one article, one practice with its headline, locality and mechanisms', (file) => {
  const result = results.get(file) as BulletinResult;
  const [want] = annotationOf(file).practices;
  expect(result.structure.kind).toBe('article');
  expect(result.messages.filter((m) => m.stage === 'structure')).toEqual([]);
  expect(result.practices).toHaveLength(1);
  const [practice] = result.practices;
  expect(fold(practice!.item.title)).toBe(fold(want!.title));
  // The headline opens the practice's text, and the lead follows it: nothing is dropped as preamble.
  expect(practice!.item.text.startsWith(practice!.item.title)).toBe(true);
  const codes = [practice!.locality, ...practice!.otherLocalities].flatMap((l) =>
    l.locality ? [l.locality.code] : [],
  );
  expect(codes.sort()).toEqual([...want!.localities].sort());
  const found = mechanismHits(want!, namedMechanisms(result));
  expect(found.hits / found.wanted).toBeGreaterThanOrEqual(0.5);
});

test('over these articles, the annotated mechanisms are found as well as on bulletins (recall ≥ 0.85)', () => {
  const total = { hits: 0, wanted: 0 };
  for (const [file, result] of results) {
    const found = mechanismHits(annotationOf(file).practices[0]!, namedMechanisms(result));
    total.hits += found.hits;
    total.wanted += found.wanted;
  }
  expect(total.wanted).toBeGreaterThan(20);
  expect(total.hits / total.wanted).toBeGreaterThanOrEqual(0.85);
});

test('a posting line (account, date and time, place) under a headline is the date, not the title or text', () => {
  const result = results.get('16-cangxi-wechat.txt') as BulletinResult;
  expect(result.structure.header.date).toBe('2024-09-12');
  expect(result.practices[0]!.item.text).not.toContain('18:30');
  expect(result.practices[0]!.item.subMeasures.map((m) => m.title)).toEqual([
    '01院坝里建起“议事桌”',
    '02干部“驻院坝”解难题',
    '03院坝成了“宣讲台”',
  ]);
});

test('a bracketed dateline 【本報訊】 and a reporter line 本報記者 張明遠 石家莊報道 are metadata, not practice text', () => {
  const bracketed = (results.get('20-xiangshan-traditional.txt') as BulletinResult).practices[0]!.item.text;
  expect(bracketed).not.toContain('本报讯');
  expect(bracketed).toContain('\n记者从浙江省象山县了解到');
  const byline = results.get('23-zhengding-traditional.txt') as BulletinResult;
  expect(byline.practices[0]!.item.text).not.toContain('张明远');
  expect(byline.clean.metadata.map((m) => m.kind)).toContain('byline');
});

test('a wrapped text keeps joining its lines when blank lines stand only between paragraphs', () => {
  const result = results.get('21-changting-wrapped.txt') as BulletinResult;
  const paragraphs = result.clean.paragraphs.map((p) => result.clean.text.slice(p.start, p.end));
  expect(paragraphs).toHaveLength(4);
  expect(paragraphs[1]).toContain('做到山有人管、林有人护。');
});

test('one line per paragraph without blank lines: a sub-heading stays inside the article as a sub-measure', () => {
  const result = results.get('22-tengchong-one-line-each.txt') as BulletinResult;
  expect(result.practices[0]!.item.subMeasures.map((m) => m.title)).toEqual(['坚持“一月一议”']);
  expect(result.practices[0]!.item.text).not.toContain('来源');
});

test('an article signed once at its end is an article; items signed each are a bulletin', () => {
  const signedOnce = ingestText(
    [
      '吴忠市：“塞上议事厅”议出邻里和气',
      '吴忠市在全市社区推行“塞上议事厅”，由社区党组织牵头，每月召开一次议事会，今年以来议定事项420件。',
      '（来源：吴忠市委组织部）',
    ].join('\n'),
  );
  expect(signedOnce.structure.kind).toBe('article');
  const signedEach = ingestText(
    [
      '“塞上议事厅”议出邻里和气',
      '吴忠市在全市社区推行“塞上议事厅”，由社区党组织牵头，每月召开一次议事会。',
      '（来源：吴忠市委组织部）',
      '“红色驿站”温暖新就业群体',
      '固原市建成“红色驿站”56个，为快递员、外卖员提供歇脚饮水服务。',
      '（来源：固原市委组织部）',
    ].join('\n'),
  );
  expect(signedEach.structure.kind).toBe('bulletin');
  expect(signedEach.practices.map((p) => p.item.title)).toEqual([
    '“塞上议事厅”议出邻里和气',
    '“红色驿站”温暖新就业群体',
  ]);
});

test('text wrapped at a width with a blank line after every line is still joined into its paragraphs', () => {
  const lines = [
    '西宁市城中区推行“红色管家”服务模式，在辖区',
    '37个小区组建由党员、楼栋长和物业人员组成的',
    '管家队伍，今年以来解决停车、照明等问题',
    '640余件，居民满意度达到95%。',
    '城中区还在每个社区设立“民情议事会”，每月',
    '召开一次议事会，由居民提出需要协商的事项，',
    '社区党组织牵头推动解决，做到事事有回音。',
  ];
  const result = ingestText(['城中区：“红色管家”管出小区新气象', ...lines].join('\n\n'));
  const paragraphs = result.clean.paragraphs.map((p) => result.clean.text.slice(p.start, p.end));
  expect(paragraphs.slice(-2)).toEqual(
    [lines.slice(0, 4).join(''), lines.slice(4).join('')].map((p) => p.replace(/ /g, '')),
  );
});
