/**
 * Encoding detection and decoding: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312).
 * Government files arrive in all of these; guessing wrong silently would corrupt every later stage,
 * so anything that fits none of them is rejected with a reason.
 */
import { isUtf8 } from 'buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL or control bytes), not a text file' };
  const asUtf8 = decodeUtf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  if (asUtf8.reason.startsWith('truncated')) return asUtf8;
  return decodeGb18030(bytes);
}

/** Validates natively first: a fatal TextDecoder is several times slower than isUtf8 plus toString on bulletins. */
function decodeUtf8(bytes: Uint8Array, encoding: TextEncoding): DecodeResult {
  if (isUtf8(bytes)) return finish(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding);
  const valid = validUtf8Prefix(bytes);
  if (valid.truncatedAtEnd) {
    return { ok: false, reason: `truncated UTF-8: the file ends inside a multi-byte character at byte ${valid.length}` };
  }
  return { ok: false, reason: `invalid UTF-8 at byte ${valid.length}` };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (bytes.length % 2 !== 0) {
    return { ok: false, reason: `truncated ${encoding.toUpperCase()}: odd number of bytes (${bytes.length + 2})` };
  }
  const text = iconv.decode(Buffer.from(bytes), encoding === 'utf-16le' ? 'utf16le' : 'utf16be');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)) {
    return { ok: false, reason: `truncated ${encoding.toUpperCase()}: unpaired surrogate` };
  }
  return finish(text, encoding);
}

function decodeGb18030(bytes: Uint8Array): DecodeResult {
  const last = bytes[bytes.length - 1] ?? 0;
  if (last >= 0x81 && last <= 0xfe && !endsOnCompleteGbChar(bytes)) {
    return { ok: false, reason: `truncated GB18030/GBK: the file ends inside a double-byte character at byte ${bytes.length - 1}` };
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (text.includes('\uFFFD')) return { ok: false, reason: 'undecodable: neither UTF-8, UTF-16 with BOM nor GB18030/GBK' };
  // Random bytes also decode as GB18030; real Chinese text is mostly common ideographs and punctuation.
  const nonAscii = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
  const cjk = nonAscii.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u201f]/.test(c));
  if (nonAscii.length > 0 && cjk.length / nonAscii.length < 0.9) {
    return { ok: false, reason: 'undecodable: bytes are not valid UTF-8 and do not read as Chinese text in GB18030/GBK' };
  }
  return finish(text, 'gb18030');
}

function finish(text: string, encoding: TextEncoding): DecodeResult {
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.replace(/\u001b/g, ''))) {
    return { ok: false, reason: `binary content: control characters in ${encoding} text` };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
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
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
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
