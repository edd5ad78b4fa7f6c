/** The web-page reader (.html, .htm, .shtml): decode in the declared charset, then take the article. */
import type { ReaderInput, ReaderResult } from '../format-readers';
import { decodeHtml } from './decode-html';
import { htmlSource } from './html-source';

export async function readHtml({ bytes, reading }: ReaderInput): Promise<ReaderResult> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  return htmlSource({ html: decoded.text, encoding: decoded.encoding, metaNames: reading.html });
}
