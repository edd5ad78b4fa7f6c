/**
 * The Word 97–2003 reader (.doc, also as saved by WPS): word-extractor reads the body text from the OLE container.
 * The binary format keeps no bold flag that word-extractor reports, so paragraphs come without emphasis.
 */
import WordExtractor from 'word-extractor';
import { composeSourceText } from '../compose-source-text';
import type { ReaderInput, ReaderResult } from '../format-readers';
import { errorDetails, readFailure } from '../read-failure';

/** An encrypted DOCX is an OLE container holding this stream instead of a Word document. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export async function readDoc({ bytes }: ReaderInput): Promise<ReaderResult> {
  if (bytes.includes(ENCRYPTED_PACKAGE))
    return readFailure('ENCRYPTED', 'encrypted Word document: it needs a password to open');
  let body: string;
  try {
    // Unfiltered: word-extractor's filter would turn “” into ASCII quotes and — into a hyphen, which names rely on.
    body = (await new WordExtractor().extract(bytes)).getBody({ filterUnicode: false });
  } catch (error) {
    return readFailure('CORRUPT', `broken Word document: ${errorDetails(error).message}`);
  }
  const paragraphs = body.split(/\n/).map((line) => ({ segments: [{ text: line.replace(/\t+/g, ' '), bold: false }] }));
  return { ok: true, text: composeSourceText([paragraphs]), format: 'doc', encoding: 'embedded' };
}
