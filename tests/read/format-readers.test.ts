/**
 * Every input format through its reader and the whole pipeline: the same bulletin (written for these tests) as
 * PDF-extracted text, a Chromium-printed PDF with running header and page numbers, a DOCX from the `docx` package, a
 * LibreOffice .doc, a web page in UTF-8 and in GBK, and Chromium's MHTML gives the same practices; each reader's
 * text conventions, pages and metadata.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as OpenCC from 'opencc-js';
import os from 'os';
import path from 'path';
import { ingestSource, type BulletinResult } from '../../ingest/pipeline';
import { readSource, type SourceText } from '../../ingest/read/read-source';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import {
  closeChromium,
  HEADLINE,
  RUNNING_HEADER,
  writeBulletinFiles,
  type BulletinFiles,
} from './fixtures/write-fixtures';
import { printPdf } from './fixtures/print-with-chromium';
import { ARTICLE, articleColumnsHtml } from './fixtures/suining-article';
import { DOCX_PROPERTIES } from './fixtures/write-docx';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-formats-'));
let files: BulletinFiles;

beforeAll(async () => {
  files = await writeBulletinFiles(dir);
});
afterAll(closeChromium);

async function read(file: string): Promise<SourceText> {
  const result = await readSource(file);
  if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
  return result.source;
}

async function ingest(file: string): Promise<BulletinResult> {
  return ingestSource(await read(file), sharedKnowledge());
}

/** What a reader of the graph compares: each practice's title, place and mechanisms. */
function practices(result: BulletinResult) {
  return result.practices.map((p) => ({
    title: p.item.title,
    locality: p.locality.locality?.name ?? null,
    mechanisms: [...new Set(p.mechanisms.mentions.map((m) => m.name))].sort(),
  }));
}

describe('the same bulletin in every format', () => {
  let expected: ReturnType<typeof practices>;
  beforeAll(async () => {
    expected = practices(await ingest(files.txt));
  });

  test('the text file gives three practices with their places and mechanisms', () => {
    expect(expected.map((p) => [p.title, p.locality])).toEqual([
      ['推行“红色物业”破解老旧小区治理难题', '涪城区'],
      ['深化在职党员“双报到”激活社区治理末梢', '江油市'],
      ['探索“积分超市”推动乡村移风易俗', '三台县'],
    ]);
    expect(expected[0]?.mechanisms).toEqual(expect.arrayContaining(['红色物业', '党群议事会']));
    expect(expected[1]?.mechanisms).toEqual(expect.arrayContaining(['双报到', '网格化管理']));
    expect(expected[2]?.mechanisms).toEqual(expect.arrayContaining(['积分超市', '移风易俗']));
  });

  test.each(['pdf', 'docx', 'doc', 'html', 'gbkHtml', 'mhtml'] as const)(
    'as %s it gives the same practices',
    async (format) => {
      expect(practices(await ingest(files[format]))).toEqual(expected);
    },
  );

  test('the masthead of the PDF, DOCX and .doc is read as from the text file', async () => {
    const header = (await ingest(files.txt)).structure.header;
    expect(header).toEqual({ title: '绵阳组工信息', issue: 8, date: '2024-06-18', publisher: '中共绵阳市委组织部' });
    for (const file of [files.pdf, files.docx, files.doc])
      expect((await ingest(file)).structure.header).toEqual(header);
  });
});

describe('PDF', () => {
  test('the running header and the page numbers are dropped; pages are separated by form feeds', async () => {
    const source = await read(files.pdf);
    expect(source.format).toBe('pdf');
    expect(source.text).not.toContain('内部资料');
    expect(source.text).not.toMatch(/—\s*\d+\s*—/);
    expect(source.text.split('\f')).toHaveLength(3);
    expect(source.text.split('\n').filter((l) => l.includes(RUNNING_HEADER.slice(0, 6)))).toHaveLength(1);
  });

  test('the two-column masthead line, bold lead-ins and headings, and no radical or traditional glyph names', async () => {
    const { text } = await read(files.pdf);
    expect(text).toMatch(/中共绵阳市委组织部 {4}2024 年 6 月 18 日/);
    expect(text).toContain('**一是建强组织。**推动12家物业企业');
    expect(text).toContain('**△ 涪城区：推行“红色物业”破解老旧小区治理难题**');
    expect(text).toContain('**绵阳组工信息**');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(text).toContain('每名党员联系10至15户居民');
  });

  test('a paragraph broken by a page is one paragraph again, and every practice, evidence and figure has its page', async () => {
    const result = await ingest(files.pdf);
    expect(result.clean.text).toContain('上报社区，小事不出网格');
    const pages = result.document.nodes.filter((n) => n.labels.includes('Practice')).map((n) => n.properties.page);
    expect(pages).toEqual([1, 1, 3]);
    const metric = (text: string) =>
      result.document.nodes.find((n) => n.labels.includes('Metric') && String(n.properties.text).includes(text));
    expect(metric('3200余名')?.properties.page).toBe(1);
    expect(metric('98%')?.properties.page).toBe(2);
    expect(metric('42万元')?.properties.page).toBe(3);
    const uses = (name: string) =>
      result.document.relationships.filter((r) => r.type === 'USES' && r.end === `mechanism:${name}`);
    expect(uses('积分超市').map((r) => r.properties.page)).toEqual([3]);
    expect(uses('网格化管理').map((r) => r.properties.page)).toEqual([1]);
  });
});

describe('Word', () => {
  test('DOCX: bold runs, paragraphs and the core properties', async () => {
    const source = await read(files.docx);
    expect(source.format).toBe('docx');
    expect(source.text).toContain('\u3000\u3000**二是共商共治。**每月召开党群议事会');
    expect(source.text.split('\n\n')[0]).toBe('\u3000\u3000**绵阳组工信息**');
    expect(source.metadata).toEqual({
      title: DOCX_PROPERTIES.title,
      author: DOCX_PROPERTIES.creator,
      date: new Date().toISOString().slice(0, 10),
    });
  });

  test('.doc (LibreOffice): the text with its typographic quotes', async () => {
    const source = await read(files.doc);
    expect(source.format).toBe('doc');
    expect(source.text).toContain('推行“红色物业”破解老旧小区治理难题');
  });

  test('a .doc that is really DOCX or HTML (as WPS and sites save them) is read as what it is', async () => {
    const docxInDoc = path.join(dir, 'wps-docx.doc');
    const htmlInDoc = path.join(dir, 'site-html.doc');
    writeFileSync(docxInDoc, readFileSync(files.docx));
    writeFileSync(htmlInDoc, readFileSync(files.html));
    expect((await read(docxInDoc)).format).toBe('docx');
    expect((await read(htmlInDoc)).format).toBe('html');
    expect(practices(await ingest(htmlInDoc))).toEqual(practices(await ingest(files.html)));
  });
});

describe('web pages', () => {
  test('the article without the site: no navigation, share widgets, related links or footer', async () => {
    const { text } = await read(files.html);
    for (const chrome of [
      '首页',
      '当前位置',
      '相关链接',
      '全市基层党建观摩活动举行',
      '版权所有',
      '备案号',
      'QQ空间',
      '打印本页',
      '_hmt',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text.split('\n\n')[0]).toBe(`\u3000\u3000**${HEADLINE}**`);
    expect(text).toContain('**三是考评激励。**建立报到党员服务积分制度');
  });

  test('metadata from the meta tags', async () => {
    expect((await read(files.html)).metadata).toEqual({ title: HEADLINE, date: '2024-06-18', publisher: '绵阳党建网' });
  });

  test('a GBK page declared as gb2312 (http-equiv) reads as the UTF-8 page', async () => {
    const gbk = await read(files.gbkHtml);
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe((await read(files.html)).text);
  });

  test("Chromium's MHTML archive of the page reads as the page", async () => {
    const mhtml = await read(files.mhtml);
    expect(mhtml.format).toBe('html');
    expect(mhtml.text).toBe((await read(files.html)).text);
  });

  test('a page in traditional script is converted and gives the same practices', async () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' }) as (s: string) => string;
    const file = path.join(dir, 'traditional.html');
    writeFileSync(file, toTraditional(readFileSync(files.html, 'utf8')));
    const source = await read(file);
    expect(source.traditional).toBe(true);
    expect(source.metadata?.title).toBe(HEADLINE);
    expect(practices(await ingest(file))).toEqual(practices(await ingest(files.html)));
  });
});

describe('PDF in columns', () => {
  test('a two-column page is read column by column, each paragraph whole, under its spanning headline', async () => {
    const file = path.join(dir, 'suining-columns.pdf');
    await printPdf({ body: articleColumnsHtml(), out: file, format: 'A4' });
    const source = await read(file);
    const clean = (await ingest(file)).clean.text;
    expect(source.text.split('\n\n')[0]).toBe(`\u3000\u3000**${ARTICLE.headline}**`);
    let previous = -1;
    for (const paragraph of ARTICLE.paragraphs) {
      const at = clean.indexOf(paragraph);
      expect(at).toBeGreaterThan(previous);
      previous = at;
    }
  });
});
