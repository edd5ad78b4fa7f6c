/**
 * The document's own fields — title, issue, date, publisher — from its masthead; where the masthead does not print
 * one (an article, a web page, a catalogue record), from its metadata lines (page mark, source line, dateline,
 * catalogue fields) or a single article's closing attribution (（来源：三明日报）), then from what the file's reader found
 * (SourceText.metadata). The title of a single article is its headline (else the file's title).
 */
import type { DocumentKind } from '../../graph/schema';
import type { PlacedMetadataLine } from '../clean/clean-text';
import { isoDate } from '../clean/find-printed-dates';
import type { SourceMetadata } from '../read/read-source';
import type { PracticeItem } from './build-item';
import type { BulletinHeader } from './parse-header';

export interface FactsInput {
  masthead: BulletinHeader;
  kind: DocumentKind;
  items: PracticeItem[];
  /** Metadata lines before the first item (the document's own). */
  head: PlacedMetadataLine[];
  /** Every metadata line of the document, in order. */
  all: PlacedMetadataLine[];
  metadata: SourceMetadata;
}

const PUBLISHER_ROLES = ['source', 'publisher', 'publication'];

export function documentFacts({ masthead, kind, items, head, all, metadata }: FactsInput): BulletinHeader {
  const only = items.length === 1 ? items[0] : undefined;
  return {
    title: masthead.title ?? (kind === 'article' && only?.title ? only.title : null) ?? nonEmpty(metadata.title),
    issue: masthead.issue,
    date: masthead.date ?? head.flatMap((m) => m.dates)[0] ?? only?.date ?? validDate(metadata.date),
    publisher:
      masthead.publisher ??
      publisherOf(all) ??
      (kind === 'article' ? only?.closingSource : undefined) ??
      nonEmpty(metadata.publisher),
  };
}

/** The first outlet or source the metadata lines name: 来源：某某新闻网, 出版物：《中国农村观察》, 湖南日报 on a page mark. */
function publisherOf(lines: PlacedMetadataLine[]): string | null {
  for (const line of lines) {
    const field = line.fields.find((f) => PUBLISHER_ROLES.includes(f.role) && f.value !== '');
    // 来源：《中国农村观察》2023年第4期 → 中国农村观察.
    const value = field?.value ?? '';
    const name = (/《([^《》]+)》/.exec(value)?.[1] ?? value).trim() || line.outlet;
    if (name) return name;
  }
  return null;
}

function nonEmpty(text: string | undefined): string | null {
  return text?.trim() || null;
}

function validDate(date: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return m ? isoDate({ year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' }) : null;
}
