/**
 * The structure stage: cleaned text → what the document is (bulletin, briefing, article, other), its masthead fields
 * and its practice items, with warnings. Bulletins split into their items; articles into one practice each.
 */
import type { DocumentKind } from '../../graph/schema';
import type { CleanText, PlacedMetadataLine } from '../clean/clean-text';
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { SourceMetadata } from '../read/read-source';
import type { Span, StageMessage } from '../types';
import { articleHeads } from './article-heads';
import { buildItem, type PracticeItem } from './build-item';
import { classifyParagraph } from './classify-paragraph';
import { documentFacts } from './document-facts';
import { documentLayout } from './document-layout';
import { fileTitle } from './file-title';
import { parseHeader, type BulletinHeader, type ParsedHeader } from './parse-header';
import { splitArticles } from './split-articles';
import { splitItems, type RawItem } from './split-items';

export interface BulletinStructure {
  /** What the document is, decided by its own shape and layout words (document-layout.ts). */
  kind: DocumentKind;
  /** Masthead fields, else what the document's metadata lines and the file's own metadata say. */
  header: BulletinHeader;
  items: PracticeItem[];
  messages: StageMessage[];
}

export interface StructureInput {
  clean: CleanText;
  file: string;
  vocab: LayoutVocabulary;
  /** What the file's reader found in its own metadata (HTML title and meta tags, DOCX properties, PDF info). */
  metadata?: SourceMetadata;
}

export function structureBulletin({ clean, file, vocab, metadata = {} }: StructureInput): BulletinStructure {
  const paragraphs = clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));
  const { masthead, skip } = mastheadOf(parseHeader(paragraphs, vocab), clean.metadata);
  const kinds = paragraphs.map((p) => classifyParagraph(p, vocab));
  const title = fileTitle(metadata, vocab);
  const heads = articleHeads({ paragraphs, kinds, skip, vocab, titleHint: title });
  const layout = documentLayout({
    header: masthead,
    paragraphs,
    kinds,
    skip,
    heads,
    metadata: clean.metadata,
    fileTitle: title !== null,
    vocab,
  });
  let rawItems: RawItem[];
  let head: PlacedMetadataLine[];
  let fallback = false;
  if (layout.split === 'articles') {
    const before = metadataBefore(clean.metadata, paragraphs.length);
    ({ items: rawItems, head } = splitArticles({ paragraphs, kinds, skip, heads, before, fileTitle: title }));
  } else {
    ({ items: rawItems, fallback } = splitItems({ paragraphs, kinds, skip, vocab }));
    head = assignMetadata(rawItems, clean.metadata);
  }
  const ctx = { text: clean.text, paragraphs: clean.paragraphs, emphasis: clean.emphasis, vocab };
  const built = rawItems
    .map((raw, index) => buildItem({ raw, ordinal: index + 1, ctx }))
    .filter((item) => item.text.trim() !== '');
  const items = withoutContentsEntries(built);
  items.forEach((item, index) => (item.ordinal = index + 1));
  const header = documentFacts({
    masthead,
    kind: layout.kind,
    items,
    head,
    all: clean.metadata,
    metadata: { ...metadata, title: title ?? undefined },
  });
  for (const item of items) item.date ??= header.date;
  return { kind: layout.kind, header, items, messages: messagesOf({ file, items, fallback, clean, vocab }) };
}

/**
 * A masthead is a numbered one, or a title with no article metadata around it (or with its own publisher or date):
 * a headline that happens to end like a masthead title (基层治理新动态) over a source line is an article's headline.
 */
function mastheadOf(
  parsed: ParsedHeader,
  metadata: PlacedMetadataLine[],
): { masthead: BulletinHeader; skip: Set<number> } {
  const { header } = parsed;
  const articleMetadata = metadata.some((m) => m.kind !== 'date');
  const printed =
    header.issue !== null ||
    (header.title !== null && (!articleMetadata || header.publisher !== null || header.date !== null));
  if (printed || header.title === null) return { masthead: header, skip: new Set(parsed.paragraphs) };
  return { masthead: { title: null, issue: null, date: null, publisher: null }, skip: new Set() };
}

interface MessageInput {
  file: string;
  items: PracticeItem[];
  fallback: boolean;
  clean: CleanText;
  vocab: LayoutVocabulary;
}

function messagesOf({ file, items, fallback, clean, vocab }: MessageInput): StageMessage[] {
  const messages: StageMessage[] = [];
  // A message about the document as a whole spans its whole text.
  const warn = (message: string, span: Span = { start: 0, end: clean.text.length }) =>
    messages.push({ level: 'warning', stage: 'structure', file, message, start: span.start, end: span.end });
  if (clean.splitParagraphs > 0) {
    warn(
      `${clean.splitParagraphs} paragraph(s) longer than ${vocab.article.maxParagraphLength} characters (layout.json maxParagraphLength) were split at sentence ends`,
    );
  }
  if (fallback && items.length > 0) {
    warn(
      `no item markers, numbered items, speeches or article shape found: took ${items.length} paragraph(s) as practices`,
    );
  }
  if (items.length === 0) warn('no practice text found (only masthead, contents, metadata or footer)');
  for (const item of items)
    if (item.title === '')
      warn(`item ${item.ordinal} has no title`, { start: item.offset, end: item.offset + item.text.length });
  return messages;
}

/** The metadata lines standing before each paragraph; the last entry holds those after every paragraph. */
function metadataBefore(metadata: PlacedMetadataLine[], count: number): PlacedMetadataLine[][] {
  const before: PlacedMetadataLine[][] = Array.from({ length: count + 1 }, () => []);
  for (const line of metadata) before[Math.min(line.beforeParagraph, count)]?.push(line);
  return before;
}

/**
 * Gives each item of a bulletin the metadata lines that stand inside it or right after it (a date under a speech);
 * those before the first item are the document's own, returned.
 */
function assignMetadata(items: RawItem[], metadata: PlacedMetadataLine[]): PlacedMetadataLine[] {
  const head: PlacedMetadataLine[] = [];
  let k = -1;
  for (const line of metadata) {
    while (k + 1 < items.length && (items[k + 1]?.paragraphs[0] ?? Infinity) < line.beforeParagraph) k++;
    const owner = items[k];
    if (!owner) head.push(line);
    else (owner.metadata ??= []).push(line);
  }
  return head;
}

/**
 * A table of contents set with the items' own markers (★ 某县… over ★ 某县… again below) yields items that are only
 * a title: such an item is a contents entry when a later item has the same title.
 */
function withoutContentsEntries(items: PracticeItem[]): PracticeItem[] {
  const lastWithTitle = new Map<string, number>();
  items.forEach((item, index) => lastWithTitle.set(item.title, index));
  return items.filter((item, index) => {
    const titleOnly = item.text.trim().length <= item.titleSpan.end + 1;
    return !(titleOnly && (lastWithTitle.get(item.title) ?? -1) > index);
  });
}
