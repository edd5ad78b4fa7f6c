/**
 * Encoding detection and decoding: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312).
 * Government files arrive in all of these; guessing wrong silently would corrupt every later stage,
 * so anything that fits none of them is rejected with a reason.
 */
import { isUtf8 } from 'buffer';
import iconv from 'iconv-lite';
import { readFailure, type ReadFailure } from './read-failure';

/**
 * How a source's text was encoded. `big5` occurs in web pages that declare it; `embedded` stands for formats that
 * carry their own text encoding (PDF fonts, Word's internal Unicode).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'embedded';

export type DecodeResult = { ok: true; text: string; encoding: TextEncoding } | ReadFailure;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return readFailure('EMPTY', 'empty file');
  if (onlyWhitespace(bytes)) return readFailure('EMPTY', 'empty file (only whitespace)');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return readFailure('BINARY', 'binary content (NUL or control bytes), not a text file');
  const asUtf8 = decodeUtf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  if (asUtf8.code === 'TRUNCATED') return asUtf8;
  return decodeGb18030(bytes);
}

/** Validates natively first: a fatal TextDecoder is several times slower than isUtf8 plus toString on bulletins. */
function decodeUtf8(bytes: Uint8Array, encoding: TextEncoding): DecodeResult {
  if (isUtf8(bytes))
    return finish(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding);
  const valid = validUtf8Prefix(bytes);
  if (valid.truncatedAtEnd) {
    return readFailure(
      'TRUNCATED',
      `truncated UTF-8: the file ends inside a multi-byte character at byte ${valid.length}`,
    );
  }
  return readFailure('UNDECODABLE', `invalid UTF-8 at byte ${valid.length}`);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (bytes.length % 2 !== 0) {
    return readFailure('TRUNCATED', `truncated ${encoding.toUpperCase()}: odd number of bytes (${bytes.length + 2})`);
  }
  const text = iconv.decode(Buffer.from(bytes), encoding === 'utf-16le' ? 'utf16le' : 'utf16be');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)) {
    return readFailure('TRUNCATED', `truncated ${encoding.toUpperCase()}: unpaired surrogate`);
  }
  return finish(text, encoding);
}

function decodeGb18030(bytes: Uint8Array): DecodeResult {
  const last = bytes[bytes.length - 1] ?? 0;
  if (last >= 0x81 && last <= 0xfe && !endsOnCompleteGbChar(bytes)) {
    return readFailure(
      'TRUNCATED',
      `truncated GB18030/GBK: the file ends inside a double-byte character at byte ${bytes.length - 1}`,
    );
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (text.includes('\uFFFD'))
    return readFailure('UNDECODABLE', 'undecodable: neither UTF-8, UTF-16 with BOM nor GB18030/GBK');
  // Random bytes also decode as GB18030; real Chinese text is mostly common ideographs and punctuation.
  const nonAscii = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
  const cjk = nonAscii.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u201f]/.test(c));
  if (nonAscii.length > 0 && cjk.length / nonAscii.length < 0.9) {
    return readFailure(
      'UNDECODABLE',
      'undecodable: bytes are not valid UTF-8 and do not read as Chinese text in GB18030/GBK',
    );
  }
  return finish(text, 'gb18030');
}

function finish(text: string, encoding: TextEncoding): DecodeResult {
  if (text.trim().length === 0) return readFailure('EMPTY', 'empty file (only whitespace)');
  // eslint-disable-next-line no-control-regex -- control characters in decoded text are what marks a binary file
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.replace(/\u001b/g, ''))) {
    return readFailure('BINARY', `binary content: control characters in ${encoding} text`);
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}

const WHITESPACE_BYTES = new Set([
  0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x30, 0x80, 0x8b, 0xa0, 0xa1, 0xbb, 0xbf, 0xc2, 0xe2, 0xe3, 0xef, 0xfe,
  0xff,
]);

/**
 * Whitespace in any of the encodings above (ASCII blanks, tabs, CR/LF, form feeds, BOMs, and U+3000 or NBSP in
 * UTF-8, GBK and UTF-16): such a file is empty, and must not be mistaken for undecodable bytes (issue 19). Checked
 * on the bytes, before any decoding, because a lone 0xA1 0xA1 (GBK's U+3000) is not valid UTF-8.
 */
function onlyWhitespace(bytes: Uint8Array): boolean {
  // Every byte of such a file is one of these (the bytes of the blanks in every encoding): text fails at its first letter.
  for (const b of bytes) if (!WHITESPACE_BYTES.has(b)) return false;
  for (const encoding of ['utf8', 'gb18030', 'utf16le', 'utf16be'] as const) {
    if (encoding.startsWith('utf16') && bytes.length % 2 !== 0) continue;
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    if (!text.includes('\uFFFD') && /^[\s\u200b\ufeff]*$/.test(text)) return true;
  }
  return false;
}

/** NUL bytes never occur in UTF-8 or GB18030 text, and many C0 controls mean a binary format. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return controls / length > 0.02;
}

/** Length of the longest valid UTF-8 prefix, and whether the failure is an incomplete sequence at the very end. */
function validUtf8Prefix(bytes: Uint8Array): { length: number; truncatedAtEnd: boolean } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { length: i, truncatedAtEnd: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return { length: i, truncatedAtEnd: true };
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return { length: i, truncatedAtEnd: false };
    }
    i += need + 1;
  }
  return { length: i, truncatedAtEnd: false };
}

/** Walks GB18030 units (1, 2 or 4 bytes) to see whether the last one is complete. */
function endsOnCompleteGbChar(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) i += 1;
    else {
      const second = bytes[i + 1];
      if (second === undefined) return false;
      i += second >= 0x30 && second <= 0x39 ? 4 : 2;
    }
  }
  return i === bytes.length;
}
