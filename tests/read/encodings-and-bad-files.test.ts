/**
 * Reading real bulletins in every encoding government files arrive in, and refusing bad files with a reason
 * that names them while the rest of the batch is still ingested.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import os from 'os';
import path from 'path';
import { ingestFiles } from '../../ingest/ingest-files';
import { readSource } from '../../ingest/read/read-source';
import { ingestText, sampleText, SAMPLE_FILES, sharedKnowledge } from '../helpers/sample-bulletins';

const original = sampleText(SAMPLE_FILES.anqing37);
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-encodings-'));

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const ENCODED: [string, Buffer, string][] = [
  ['utf-8', Buffer.from(original, 'utf8'), 'utf-8'],
  ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original, 'utf8')]), 'utf-8-bom'],
  ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(original, 'utf16le')]), 'utf-16le'],
  ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(original, 'utf16be')]), 'utf-16be'],
  ['gb18030', iconv.encode(original, 'gb18030'), 'gb18030'],
  ['gbk', iconv.encode(original, 'gbk'), 'gb18030'],
];

describe.each(ENCODED)('a bulletin in %s', (label, bytes, encoding) => {
  test('is detected and yields the same structure as the UTF-8 file', async () => {
    const read = await readSource(write(`${label.replace(/\W/g, '_')}.txt`, bytes));
    if (!read.ok) throw new Error(read.reason);
    expect(read.source.encoding).toBe(encoding);
    expect(read.source.traditional).toBe(false);
    const expected = ingestText(original).structure;
    const got = ingestText(read.source.text).structure;
    expect(got.header).toEqual(expected.header);
    expect(got.items.map((i) => i.text)).toEqual(expected.items.map((i) => i.text));
  });
});

test('a bulletin in traditional script is converted to simplified and marked as traditional', async () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' }) as (s: string) => string;
  const traditional = toTraditional(original);
  expect(traditional).toContain('黨');
  expect(traditional).toContain('議事會');
  const read = await readSource(write('traditional.txt', Buffer.from(traditional, 'utf8')));
  if (!read.ok) throw new Error(read.reason);
  expect(read.source.traditional).toBe(true);
  const items = ingestText(read.source.text).structure.items;
  expect(items.map((i) => i.localityPhrase)).toEqual(['太湖县', '潜山市', '大观区']);
  expect(items[0]!.title).toBe('搭建“党群议事会”，架起干群“连心桥”');
});

test('traditional script in UTF-16 is both decoded and converted (encoding and script are independent)', async () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' }) as (s: string) => string;
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(toTraditional(original), 'utf16le')]);
  const read = await readSource(write('traditional-utf16.txt', bytes));
  expect(read.ok && read.source.traditional && read.source.encoding === 'utf-16le').toBe(true);
});

// The sample ends in a newline; trimmed, its last character is a multi-byte 。 that truncation cuts through.
const utf8 = Buffer.from(original.trimEnd(), 'utf8');
const gbk = iconv.encode(original.trimEnd(), 'gbk');
const BAD: [string, Buffer, RegExp][] = [
  ['empty', Buffer.alloc(0), /empty/],
  ['whitespace only', Buffer.from('\n\n   \n', 'utf8'), /empty/],
  [
    'binary (PNG header)',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    /binary/,
  ],
  ['truncated UTF-8', utf8.subarray(0, utf8.length - 2), /truncated UTF-8/],
  ['truncated GBK', gbk.subarray(0, gbk.length - 1), /truncated GB18030/],
  [
    'truncated UTF-16',
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('党建引领', 'utf16le').subarray(0, 7)]),
    /truncated UTF-16/,
  ],
  ['random high bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), /undecodable/],
];

describe.each(BAD)('a bad file (%s)', (label, bytes, reason) => {
  test('is refused with the file name and the reason', async () => {
    const file = write(`bad-${label.replace(/\W/g, '_')}.txt`, bytes);
    const read = await readSource(file);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.file).toBe(file);
      expect(read.reason).toMatch(reason);
    }
  });
});

test('a batch with bad files still ingests the good ones and counts the errors', async () => {
  const batch = mkdtempSync(path.join(os.tmpdir(), 'kg-batch-'));
  writeFileSync(path.join(batch, 'good.txt'), original);
  writeFileSync(path.join(batch, 'empty.txt'), '');
  writeFileSync(path.join(batch, 'truncated.txt'), utf8.subarray(0, utf8.length - 1));
  writeFileSync(path.join(batch, 'notes.pdf'), '%PDF-1.4');
  const run = await ingestFiles([batch, path.join(batch, 'missing.txt')], { knowledge: sharedKnowledge() });
  // A folder now picks up PDFs too: the header-only notes.pdf is read, and refused as broken.
  expect(run.summary).toEqual({
    filesRead: 1,
    bulletins: 1,
    practices: 3,
    warnings: 0,
    errors: 4,
    formats: { txt: 1 },
  });
  expect(run.messages.map((m) => path.basename(m.file)).sort()).toEqual([
    'empty.txt',
    'missing.txt',
    'notes.pdf',
    'truncated.txt',
  ]);
});

test('a file larger than any bulletin is refused without being read whole', async () => {
  const big = write('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x41));
  const read = await readSource(big);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.reason).toMatch(/too large/);
});
