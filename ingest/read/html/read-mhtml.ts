/**
 * The saved-web-archive reader (.mhtml, .mht): a MIME multipart/related message whose HTML part is the page.
 * mailparser (nodemailer's, well kept) takes the message apart and decodes the part's transfer encoding and charset.
 */
import { simpleParser } from 'mailparser';
import type { TextEncoding } from '../decode-bytes';
import type { ReaderInput, ReaderResult } from '../format-readers';
import { errorDetails, readFailure } from '../read-failure';
import { declaredCharset } from './decode-html';
import { htmlSource } from './html-source';

export async function readMhtml({ bytes, reading }: ReaderInput): Promise<ReaderResult> {
  let parsed;
  try {
    parsed = await simpleParser(bytes, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
    });
  } catch (error) {
    return readFailure('CORRUPT', `broken MHTML: ${errorDetails(error).message}`);
  }
  if (typeof parsed.html !== 'string' || parsed.html.trim() === '') {
    return readFailure('CORRUPT', 'broken MHTML: no HTML part in the archive');
  }
  const location = parsed.headers.get('snapshot-content-location');
  // mailparser has already decoded the part; the page's own declaration says what it was written in.
  const encoding: TextEncoding = declaredCharset(Buffer.from(parsed.html.slice(0, 4096), 'latin1')) ?? 'utf-8';
  const url = typeof location === 'string' && /^https?:\/\//.test(location) ? location : undefined;
  return htmlSource({ html: parsed.html, encoding, url, metaNames: reading.html });
}
