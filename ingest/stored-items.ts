/**
 * A stored bulletin (store.storedBulletins) back into what the link and build stages read: its source facts, masthead
 * and kind, and each practice as an item — text, head facts, title span — laid end to end, with the pages that begin
 * in each (Practice.page, pageBreaks) placed at the same offsets. Offsets inside every text are the stored ones, so
 * what is linked from them cites the same spans and pages as at ingest.
 */
import type { GraphNode, PropertyValue } from '../graph/graph-document';
import { DOCUMENT_KINDS, SOURCE_FORMATS, type DocumentKind, type SourceFormat } from '../graph/schema';
import type { StoredBulletin } from '../graph/store/graph-store';
import type { PageStart } from './clean/locate-pages';
import type { SourceText } from './read/read-source';
import type { LinkableItem } from './structure/build-item';
import type { BulletinHeader } from './structure/parse-header';
import type { ItemForm } from './structure/split-items';

export interface StoredItems {
  source: Pick<SourceText, 'file' | 'format' | 'encoding' | 'traditional'>;
  kind: DocumentKind;
  header: BulletinHeader;
  items: LinkableItem[];
  pages: PageStart[];
}

const FORMS: readonly ItemForm[] = ['marker', 'bracket', 'speech', 'headline', 'numbered', 'article', 'paragraph'];

export function storedItems(stored: StoredBulletin): StoredItems {
  const b = reader(stored.bulletin);
  const items: LinkableItem[] = [];
  const pages: PageStart[] = [];
  let offset = 0;
  for (const { practice } of stored.practices) {
    const p = reader(practice);
    const text = p.text('text');
    const title = p.text('title');
    const page = p.int('page');
    if (page !== null) pages.push({ start: offset, page });
    for (const mark of p.list('pageBreaks')) {
      const [at, number] = mark.split(':').map(Number);
      if (Number.isSafeInteger(at) && Number.isSafeInteger(number))
        pages.push({ start: offset + (at as number), page: number as number });
    }
    items.push({
      ordinal: p.int('ordinal') ?? items.length + 1,
      form: p.oneOf('form', FORMS, 'paragraph'),
      section: p.optional('section'),
      title,
      localityPhrase: p.optional('localityPhrase'),
      reportedBy: p.optional('reportedBy'),
      text,
      offset,
      titleSpan: titleSpan(p.int('titleStart'), p.int('titleEnd'), text, title),
      subMeasures: p.list('subMeasures').map((t) => ({ title: t })),
      date: p.optional('date'),
    });
    // One character apart, so no page start of one practice falls on the offset of the next.
    offset += text.length + 1;
  }
  return {
    source: {
      file: b.text('source'),
      format: b.oneOf<SourceFormat>('format', SOURCE_FORMATS, 'txt'),
      encoding: b.text('encoding') as SourceText['encoding'],
      traditional: b.flag('traditional'),
    },
    kind: b.oneOf<DocumentKind>('kind', DOCUMENT_KINDS, 'other'),
    header: {
      title: b.optional('title'),
      issue: b.int('issue'),
      date: b.optional('date'),
      publisher: b.optional('publisher'),
    },
    items,
    pages,
  };
}

/** The stored span; a practice stored before the span was kept: where its title stands in its text, if it does. */
function titleSpan(
  start: number | null,
  end: number | null,
  text: string,
  title: string,
): { start: number; end: number } {
  if (start !== null && end !== null) return { start, end };
  const at = title === '' ? -1 : text.indexOf(title);
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + title.length };
}

/** Typed access to a stored node's properties (the store returns schema values; anything else reads as absent). */
function reader(node: GraphNode) {
  const value = (key: string): PropertyValue | undefined => node.properties[key];
  return {
    text: (key: string): string => {
      const v = value(key);
      return typeof v === 'string' ? v : '';
    },
    optional: (key: string): string | null => {
      const v = value(key);
      return typeof v === 'string' ? v : null;
    },
    int: (key: string): number | null => {
      const v = value(key);
      return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
    },
    flag: (key: string): boolean => value(key) === true,
    list: (key: string): string[] => {
      const v = value(key);
      return Array.isArray(v) ? v : [];
    },
    oneOf: <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
      const v = value(key);
      return allowed.find((a) => a === v) ?? fallback;
    },
  };
}
