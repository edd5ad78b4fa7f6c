/**
 * Cuts a document without bulletin item forms into articles — one article, one practice. A headline opens the first
 * article; a later headline opens another only when the text says so: metadata under it (a byline, a source line, a
 * dateline), the article before it closed (an attribution, an editor's line, a footer), or headlines that start with
 * a place. Otherwise it is a sub-heading of the article it stands in. A catalogue record's 题名 opens an article whose
 * text is the 摘要. Text before any headline (an untitled write-up) is an article of its own; kicker lines above a
 * headline, anything after a closed article and a page's related links (相关新闻 …) stay outside.
 */
import type { PlacedMetadataLine } from '../clean/clean-text';
import type { MetadataKind } from '../clean/read-metadata-line';
import type { ArticleHeads, HeadBlock } from './article-heads';
import type { ParagraphKind } from './classify-paragraph';
import type { RawItem } from './split-items';

export interface ArticleSplitInput {
  paragraphs: string[];
  kinds: ParagraphKind[];
  skip: Set<number>;
  heads: ArticleHeads;
  /** The metadata lines standing before each paragraph; the last entry holds those after all paragraphs. */
  before: PlacedMetadataLine[][];
  /** The file's own title (from its reader): the title of a first article printed without a headline. */
  fileTitle: string | null;
}

export interface ArticleSplit {
  items: RawItem[];
  /** Metadata lines before the first article: the document's own (page mark, outlet, date). */
  head: PlacedMetadataLine[];
}

/** Metadata under a headline that marks it as a new article's. */
const OPENING: MetadataKind[] = ['fields', 'byline', 'dateline', 'date', 'pageMark', 'outlet'];

export function splitArticles(input: ArticleSplitInput): ArticleSplit {
  const { paragraphs, kinds, skip, heads, before } = input;
  const items: RawItem[] = [];
  const head: PlacedMetadataLine[] = [];
  let current: RawItem | null = null;
  let closed = false;
  let related = false;
  let section: string | null = null;
  const blocks = paragraphs.map((_, i) => heads.blockAt(i));
  const placeHeadlines = blocks.filter((b) => b !== null && heads.startsPlace(b.main)).length;
  const hasBody = (item: RawItem) => item.paragraphs.length > item.titleParagraphs.length;
  const open = (item: RawItem) => {
    if (current) items.push(current);
    current = item;
    closed = false;
    related = false;
  };
  const article = (paragraphList: number[], titleParagraphs: number[], title: string | null): RawItem => ({
    form: 'article', section, paragraphs: paragraphList, titleParagraphs, authorParagraph: null, title, metadata: [], headingParagraphs: [],
  });
  const take = (records: PlacedMetadataLine[]) => {
    for (const record of records) {
      section = record.section ?? section;
      const title = record.fields.find((f) => f.role === 'title')?.value;
      if (title) open(article([], [], title));
      const owner = current as RawItem | null;
      if (!owner) {
        head.push(record);
        continue;
      }
      owner.metadata?.push(record);
      if (hasBody(owner) && record.fields.some((f) => f.role === 'editor')) closed = true;
    }
  };
  const signalled = (block: HeadBlock) => {
    for (let k = block.lines[0] as number; k < block.body; k++) {
      if ((before[k + 1] ?? []).some((r) => OPENING.includes(r.kind))) return true;
    }
    return false;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    take(before[i] ?? []);
    if (skip.has(i)) continue;
    const kind = kinds[i] as ParagraphKind;
    if (kind === 'footer') {
      closed = current !== null;
      continue;
    }
    if (heads.isRelatedHead(i)) {
      // A page's related links end the article; only a headline with its own metadata opens another after them.
      closed = current !== null;
      related = true;
      continue;
    }
    const block = blocks[i];
    if (block) {
      const owner = current as RawItem | null;
      const opens = related ? signalled(block) : !owner || closed || signalled(block) || (placeHeadlines >= 2 && heads.startsPlace(block.main));
      const last = block.lines[block.lines.length - 1] as number;
      if (opens) {
        // Kicker lines above the headline are no part of the article (a site's or a column's name, an 引题).
        const titleParagraphs = block.subtitle === null ? [block.main] : [block.main, block.subtitle];
        const lines = block.lines.filter((l) => l >= block.main);
        if (owner && !hasBody(owner) && owner.title && !owner.titleParagraphs.length) {
          // A catalogue record's 题名 already opened this article: the headline under it is its printed title.
          owner.paragraphs.push(...lines);
          owner.titleParagraphs.push(...titleParagraphs);
        } else open(article(lines, titleParagraphs, null));
        for (let k = i + 1; k <= last; k++) take(before[k] ?? []);
        i = last;
        continue;
      }
      if (!closed && owner) {
        owner.paragraphs.push(i);
        owner.headingParagraphs?.push(i);
      }
      continue;
    }
    if (kind === 'attribution') {
      const owner = current as RawItem | null;
      if (owner && !closed) owner.paragraphs.push(i);
      closed = true;
      continue;
    }
    if (closed || related) continue;
    const owner = current as RawItem | null;
    if (owner) {
      owner.paragraphs.push(i);
      // ◆织密网格。…: a news article sets its sub-headings with the markers bulletins open items with.
      if (kind === 'marker') owner.headingParagraphs?.push(i);
    } else if (heads.isBody(i)) {
      open(article([i], [], items.length === 0 ? input.fileTitle : null));
    }
  }
  take(before[paragraphs.length] ?? []);
  if (current) items.push(current);
  return { items: items.filter((item) => item.paragraphs.length > 0), head };
}
