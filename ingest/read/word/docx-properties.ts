/** A DOCX package's core properties (docProps/core.xml): title, author and creation date → SourceMetadata. */
import JSZip from 'jszip';
import { isoDate } from '../html/html-metadata';
import { loadLinkedom } from '../html/load-linkedom';
import type { SourceMetadata } from '../read-source';

interface XmlElement {
  textContent: string | null;
}
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export async function docxProperties(bytes: Uint8Array): Promise<SourceMetadata | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (!core) return undefined;
  const xml = new (loadLinkedom().DOMParser)().parseFromString(
    await core.async('string'),
    'text/xml',
  ) as unknown as XmlDocument;
  const field = (name: string) => xml.getElementsByTagName(name)[0]?.textContent?.trim() || undefined;
  const metadata: SourceMetadata = {};
  const title = field('dc:title');
  if (title) metadata.title = title;
  const author = field('dc:creator');
  if (author) metadata.author = author;
  const date = isoDate(field('dcterms:created') ?? '');
  if (date) metadata.date = date;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}
