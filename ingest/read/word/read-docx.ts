/**
 * The DOCX reader: mammoth turns the document into HTML (paragraphs, headings, bold runs as <strong>, tables), which
 * becomes paragraphs like a web page's; the core properties give the metadata.
 */
import mammoth from 'mammoth';
import { composeSourceText } from '../compose-source-text';
import type { ReaderInput, ReaderResult } from '../format-readers';
import type { DomDocument } from '../html/dom-types';
import { htmlParagraphs } from '../html/html-paragraphs';
import { loadLinkedom } from '../html/load-linkedom';
import { errorDetails, readFailure } from '../read-failure';
import { docxProperties } from './docx-properties';

export async function readDocx({ bytes }: ReaderInput): Promise<ReaderResult> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    return readFailure('CORRUPT', `broken DOCX: ${errorDetails(error).message}`);
  }
  const document = loadLinkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as DomDocument;
  if (!document.body) return readFailure('CORRUPT', 'broken DOCX: no document body');
  const text = composeSourceText([htmlParagraphs(document.body)]);
  const metadata = await docxProperties(bytes).catch(() => undefined);
  return { ok: true, text, format: 'docx', encoding: 'utf-8', ...(metadata ? { metadata } : {}) };
}
