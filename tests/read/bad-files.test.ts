/**
 * Broken, unreadable and unsupported files of every format are refused with a code and the file's name, and a batch
 * holding them still ingests the good files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { ingestFiles } from '../../ingest/ingest-files';
import type { ReadErrorCode } from '../../ingest/read/read-failure';
import { readSource } from '../../ingest/read/read-source';
import { sharedKnowledge } from '../helpers/sample-bulletins';
import { bulletinAsText } from './fixtures/mianyang-bulletin';
import { closeChromium, COMMITTED, writeScannedPdf } from './fixtures/write-fixtures';
import { bulletinDocx } from './fixtures/write-docx';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bad-formats-'));
const at = (name: string) => path.join(dir, name);

afterAll(closeChromium);

async function expectRefused(file: string, code: ReadErrorCode): Promise<void> {
  const result = await readSource(file);
  expect(result.ok ? 'read' : result.code).toBe(code);
  if (!result.ok) expect(result.file).toBe(file);
}

test('a scanned PDF (only an image) has no text layer', async () => {
  await writeScannedPdf(at('scan.pdf'));
  await expectRefused(at('scan.pdf'), 'NO_TEXT_LAYER');
});

test('an encrypted PDF', async () => {
  await expectRefused(path.join(COMMITTED, 'encrypted.pdf'), 'ENCRYPTED');
});

test('broken PDFs: truncated, garbage after the header', async () => {
  writeFileSync(at('garbage.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x5a)]));
  await expectRefused(at('garbage.pdf'), 'CORRUPT');
  const pdf = readFileSync(path.join(COMMITTED, 'encrypted.pdf'));
  writeFileSync(at('truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length * 0.3)));
  await expectRefused(at('truncated.pdf'), 'CORRUPT');
});

test('broken Word files: a truncated DOCX, a ZIP that is no DOCX, a damaged .doc', async () => {
  const docx = await bulletinDocx();
  writeFileSync(at('truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await expectRefused(at('truncated.docx'), 'CORRUPT');
  const zip = new JSZip();
  zip.file('notes.txt', '会议记录');
  writeFileSync(at('archive.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
  await expectRefused(at('archive.docx'), 'CORRUPT');
  const doc = readFileSync(path.join(COMMITTED, 'mianyang-8.doc'));
  writeFileSync(at('damaged.doc'), Buffer.concat([doc.subarray(0, 512), Buffer.alloc(4096, 7)]));
  await expectRefused(at('damaged.doc'), 'CORRUPT');
});

test('RTF saved as .doc and unknown extensions are unsupported', async () => {
  writeFileSync(at('wps-rtf.doc'), '{\\rtf1\\ansi\\ansicpg936 绵阳组工信息}');
  await expectRefused(at('wps-rtf.doc'), 'UNSUPPORTED_FORMAT');
  writeFileSync(at('notes.xyz'), bulletinAsText());
  await expectRefused(at('notes.xyz'), 'UNSUPPORTED_FORMAT');
});

test('a page without an article, and an MHTML archive without a page', async () => {
  writeFileSync(
    at('home.html'),
    '<!doctype html><html><head><title>首页</title></head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/gzdt">工作动态</a></li></ul><div class="footer">版权所有</div></body></html>',
  );
  await expectRefused(at('home.html'), 'NO_ARTICLE');
  const mime =
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n';
  writeFileSync(at('images.mhtml'), mime);
  await expectRefused(at('images.mhtml'), 'CORRUPT');
});

test.each([
  ['UTF-8: U+3000, CRLF, tabs', Buffer.from('\u3000\u3000\r\n\t \r\n\u3000', 'utf8')],
  ['GBK: U+3000 and CRLF', iconv.encode('\u3000\u3000\r\n\t\u3000', 'gbk')],
  ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('\u3000\r\n\t', 'utf16le')])],
  [
    'UTF-8 with BOM and no-break spaces',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\u00a0 \n\u3000', 'utf8')]),
  ],
])('a file of only whitespace (%s) is empty, never undecodable', async (label, bytes) => {
  writeFileSync(at(`blank-${label.replace(/\W/g, '_')}.txt`), bytes);
  await expectRefused(at(`blank-${label.replace(/\W/g, '_')}.txt`), 'EMPTY');
});

test('an empty file of any format is empty', async () => {
  for (const name of ['empty.pdf', 'empty.docx', 'empty.doc', 'empty.html', 'empty.mhtml']) {
    writeFileSync(at(name), Buffer.alloc(0));
    await expectRefused(at(name), 'EMPTY');
  }
});

test('a batch holding bad files of every format ingests the good ones and names each bad one', async () => {
  const batch = mkdtempSync(path.join(os.tmpdir(), 'kg-bad-batch-'));
  writeFileSync(path.join(batch, 'good.txt'), bulletinAsText());
  writeFileSync(path.join(batch, 'good.docx'), await bulletinDocx());
  writeFileSync(path.join(batch, 'broken.pdf'), '%PDF-1.4\n%%EOF');
  writeFileSync(path.join(batch, 'broken.docx'), 'PK\u0003\u0004 not a zip');
  writeFileSync(path.join(batch, 'home.htm'), readFileSync(at('home.html')));
  const run = await ingestFiles([batch], { knowledge: sharedKnowledge() });
  // The DOCX cleans to the very text of the .txt: one bulletin, ingested once.
  expect(run.summary).toMatchObject({
    filesRead: 2,
    bulletins: 1,
    practices: 3,
    errors: 3,
    formats: { txt: 1, docx: 1 },
  });
  expect(
    run.messages
      .filter((m) => m.level === 'error')
      .map((m) => path.basename(m.file))
      .sort(),
  ).toEqual(['broken.docx', 'broken.pdf', 'home.htm']);
});
