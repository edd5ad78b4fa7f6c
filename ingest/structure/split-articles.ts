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
  const { paragraphs, kinds, skip, before } = input;
  const cursor = new ArticleCursor(input);
  for (let i = 0; i < paragraphs.length; i++) {
    cursor.take(before[i] ?? []);
    if (!skip.has(i)) i = cursor.paragraph(i, kinds[i] as ParagraphKind);
  }
  cursor.take(before[paragraphs.length] ?? []);
  return cursor.finish();
}

/** The articles so far and the one being read: whether it is closed, whether a page's related links began. */
class ArticleCursor {
  private readonly items: RawItem[] = [];
  private readonly head: PlacedMetadataLine[] = [];
  private current: RawItem | null = null;
  private closed = false;
  private related = false;
  private section: string | null = null;
  private readonly blocks: (HeadBlock | null)[];
  private readonly placeHeadlines: number;

  constructor(private readonly input: ArticleSplitInput) {
    this.blocks = input.paragraphs.map((_, i) => input.heads.blockAt(i));
    this.placeHeadlines = this.blocks.filter((b) => b !== null && input.heads.startsPlace(b.main)).length;
  }

  /** Metadata lines: a record's 题名 opens an article; each line joins the article it stands in, else the document's head. */
  take(records: readonly PlacedMetadataLine[]): void {
    for (const record of records) {
      this.section = record.section ?? this.section;
      const title = record.fields.find((f) => f.role === 'title')?.value;
      if (title) this.open(this.article([], [], title));
      const owner = this.current;
      if (!owner) {
        this.head.push(record);
        continue;
      }
      owner.metadata?.push(record);
      if (hasBody(owner) && record.fields.some((f) => f.role === 'editor')) this.closed = true;
    }
  }

  /** Reads paragraph `i`; answers the last paragraph it took (a headline takes its whole block). */
  paragraph(i: number, kind: ParagraphKind): number {
    if (kind === 'footer') {
      this.closed = this.current !== null;
      return i;
    }
    if (this.input.heads.isRelatedHead(i)) {
      // A page's related links end the article; only a headline with its own metadata opens another after them.
      this.closed = this.current !== null;
      this.related = true;
      return i;
    }
    const block = this.blocks[i];
    if (block) return this.headline(i, block);
    if (kind === 'attribution') {
      if (this.current && !this.closed) this.current.paragraphs.push(i);
      this.closed = true;
      return i;
    }
    if (!this.closed && !this.related) this.body(i, kind);
    return i;
  }

  finish(): ArticleSplit {
    if (this.current) this.items.push(this.current);
    return { items: this.items.filter((item) => item.paragraphs.length > 0), head: this.head };
  }

  private headline(i: number, block: HeadBlock): number {
    const owner = this.current;
    const opens = this.related
      ? this.signalled(block)
      : !owner ||
        this.closed ||
        this.signalled(block) ||
        (this.placeHeadlines >= 2 && this.input.heads.startsPlace(block.main));
    if (!opens) {
      if (!this.closed && owner) {
        owner.paragraphs.push(i);
        owner.headingParagraphs?.push(i);
      }
      return i;
    }
    const last = block.lines[block.lines.length - 1] as number;
    // Kicker lines above the headline are no part of the article (a site's or a column's name, an 引题).
    const titleParagraphs = block.subtitle === null ? [block.main] : [block.main, block.subtitle];
    const lines = block.lines.filter((l) => l >= block.main);
    if (owner && !hasBody(owner) && owner.title && !owner.titleParagraphs.length) {
      // A catalogue record's 题名 already opened this article: the headline under it is its printed title.
      owner.paragraphs.push(...lines);
      owner.titleParagraphs.push(...titleParagraphs);
    } else this.open(this.article(lines, titleParagraphs, null));
    for (let k = i + 1; k <= last; k++) this.take(this.input.before[k] ?? []);
    return last;
  }

  private body(i: number, kind: ParagraphKind): void {
    const owner = this.current;
    if (owner) {
      owner.paragraphs.push(i);
      // ◆织密网格。…: a news article sets its sub-headings with the markers bulletins open items with.
      if (kind === 'marker') owner.headingParagraphs?.push(i);
    } else if (this.input.heads.isBody(i)) {
      this.open(this.article([i], [], this.items.length === 0 ? this.input.fileTitle : null));
    }
  }

  /** Metadata under the headline's lines marks it as a new article's. */
  private signalled(block: HeadBlock): boolean {
    for (let k = block.lines[0] as number; k < block.body; k++) {
      if ((this.input.before[k + 1] ?? []).some((r) => OPENING.includes(r.kind))) return true;
    }
    return false;
  }

  private open(item: RawItem): void {
    if (this.current) this.items.push(this.current);
    this.current = item;
    this.closed = false;
    this.related = false;
  }

  private article(paragraphs: number[], titleParagraphs: number[], title: string | null): RawItem {
    return {
      form: 'article',
      section: this.section,
      paragraphs,
      titleParagraphs,
      authorParagraph: null,
      title,
      metadata: [],
      headingParagraphs: [],
    };
  }
}

function hasBody(item: RawItem): boolean {
  return item.paragraphs.length > item.titleParagraphs.length;
}
