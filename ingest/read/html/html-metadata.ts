/** A web page's own metadata → SourceMetadata: the `<meta>` names of reading.json, then what Readability found. */
import type { SourceMetadata } from '../read-source';
import type { ReadingKnowledge } from '../reading-knowledge';
import type { DomDocument } from './dom-types';

/** The page's meta tags by lower-cased name or property (the first of each wins). */
export function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (key !== '' && content !== '' && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export interface PageFacts {
  tags: Map<string, string>;
  /** The `<title>` element, and Readability's title, byline, site name and published time where it found them. */
  documentTitle: string;
  articleTitle?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export function htmlMetadata(names: ReadingKnowledge['html'], facts: PageFacts): SourceMetadata {
  const first = (keys: string[]) => keys.map((k) => facts.tags.get(k)).find((v) => v !== undefined);
  const metadata: SourceMetadata = {};
  const title = first(names.titleMeta) ?? nonEmpty(facts.articleTitle) ?? nonEmpty(facts.documentTitle);
  if (title) metadata.title = title.replace(/\s+/g, ' ').trim();
  const date = isoDate(first(names.dateMeta) ?? facts.publishedTime ?? '');
  if (date) metadata.date = date;
  const publisher = first(names.publisherMeta) ?? nonEmpty(facts.siteName);
  if (publisher) metadata.publisher = publisher;
  const author = first(names.authorMeta) ?? nonEmpty(facts.byline);
  if (author) metadata.author = author;
  const url = first(names.urlMeta);
  if (url) metadata.url = url;
  return metadata;
}

/** 2024-03-07T09:12:00+08:00, 2024/3/7 09:12, 2024年3月7日 → 2024-03-07 (the date as written, no time-zone shift). */
export function isoDate(value: string): string | undefined {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
