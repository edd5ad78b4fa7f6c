/**
 * A web page's bytes → text, in the charset its `<meta charset>` or `http-equiv` Content-Type declares (GBK, GB2312
 * and GB18030 are read as GB18030, their superset; Big5 as Big5). Undeclared pages, and pages whose declaration is
 * wrong (re-saved as UTF-8 with the old meta left in), are detected like text files.
 */
import { isUtf8 } from 'buffer';
import iconv from 'iconv-lite';
import { decodeBytes, type DecodeResult, type TextEncoding } from '../decode-bytes';

/** Browsers look for the declaration in the first 1024 bytes; saved pages sometimes put comments first. */
const HEAD_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return null;
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|csgb2312|chinese)$/.test(label)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/.test(label)) return 'big5';
  if (/^utf-?8$/.test(label)) return 'utf-8';
  return null;
}

export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const declared = declaredCharset(bytes);
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if ((declared === 'gb18030' || declared === 'big5') && !hasBom) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = iconv.decode(buffer, declared);
    if (!text.includes('\uFFFD')) return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding: declared };
    if (isUtf8(bytes)) return { ok: true, text: buffer.toString('utf8').replace(/\r\n?/g, '\n'), encoding: 'utf-8' };
  }
  return decodeBytes(bytes);
}
