/** The structure stage: cleaned bulletin text → masthead fields and practice items, with warnings. */
import type { DocumentKind } from '../../graph/schema';
import type { CleanText } from '../clean/clean-text';
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { IngestMessage } from '../types';
import { buildItem, type PracticeItem } from './build-item';
import { parseHeader, type BulletinHeader } from './parse-header';
import { splitItems } from './split-items';

export interface BulletinStructure {
  /** What the document is; the shape of its text decides (a numbered masthead makes a bulletin). */
  kind: DocumentKind;
  header: BulletinHeader;
  items: PracticeItem[];
  messages: IngestMessage[];
}

export function structureBulletin(clean: CleanText, file: string, vocab: LayoutVocabulary): BulletinStructure {
  const paragraphs = clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));
  const { header, paragraphs: headerParagraphs } = parseHeader(paragraphs, vocab);
  const { items: rawItems, fallback } = splitItems(paragraphs, new Set(headerParagraphs), vocab);
  const ctx = { text: clean.text, paragraphs: clean.paragraphs, emphasis: clean.emphasis, vocab };
  const built = rawItems.map((raw, index) => buildItem(raw, index + 1, ctx)).filter((item) => item.text.trim() !== '');
  const items = withoutContentsEntries(built);
  items.forEach((item, index) => (item.ordinal = index + 1));
  const messages: IngestMessage[] = [];
  if (fallback && items.length > 0) {
    messages.push({
      level: 'warning', stage: 'structure', file,
      message: `no item markers, numbered items or speeches found: took ${items.length} paragraph(s) as practices`,
    });
  }
  if (items.length === 0) {
    messages.push({ level: 'warning', stage: 'structure', file, message: 'no practice text found (only masthead, contents or footer)' });
  }
  for (const item of items) {
    if (item.title === '') {
      messages.push({ level: 'warning', stage: 'structure', file, message: `item ${item.ordinal} has no title`, offset: item.offset });
    }
  }
  return { kind: 'bulletin', header, items, messages };
}

/**
 * A table of contents set with the items' own markers (★ 某县… over ★ 某县… again below) yields items that are only
 * a title: such an item is a contents entry when a later item has the same title.
 */
function withoutContentsEntries(items: PracticeItem[]): PracticeItem[] {
  return items.filter((item, index) => {
    const titleOnly = item.text.trim().length <= item.titleSpan.end + 1;
    return !(titleOnly && items.slice(index + 1).some((later) => later.title === item.title));
  });
}
