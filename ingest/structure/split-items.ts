/**
 * Walks the classified paragraphs of a bulletin and cuts them into practice items: marker items (△ □ ■ …),
 * 【…】-headed items, speeches (a title over an author line such as 中共桐城市委), headline articles closed by an
 * attribution line (（武侯区委组织部）), and numbered items (一、…) when the bulletin has no other item form. Mastheads, tables of contents, editor's notes, leader-instruction
 * headings and distribution footers never become items. Sections (市内信息, 【专题】, exchange material after
 * an editor's note) are carried onto the items under them.
 */
import type { PlacedMetadataLine } from '../clean/clean-text';
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import { NUMBERED, type ParagraphKind } from './classify-paragraph';

export type ItemForm = 'marker' | 'bracket' | 'speech' | 'headline' | 'numbered' | 'article' | 'paragraph';

export interface RawItem {
  form: ItemForm;
  section: string | null;
  /** Paragraph indexes of the item, in order. */
  paragraphs: number[];
  /** For speeches: the title paragraphs and the author line. */
  titleParagraphs: number[];
  authorParagraph: number | null;
  /** Articles: a title printed apart from the text (a catalogue record's 题名) or the file's own title; else null. */
  title?: string | null;
  /** Articles: the metadata lines that belong to it (source line, byline, dateline …). */
  metadata?: PlacedMetadataLine[];
  /** Articles: sub-headings standing as paragraphs of their own, or opening one after an item marker (◆织密网格。…). */
  headingParagraphs?: number[];
}

export interface SplitResult {
  items: RawItem[];
  /** True when no item form was found and items are paragraph groups. */
  fallback: boolean;
}

export const OPENERS: ParagraphKind[] = ['marker', 'bracketItem'];
const PROSE_MARK = /[，。；！？,;!?]/;

export interface SplitInput {
  paragraphs: string[];
  kinds: ParagraphKind[];
  /** Paragraphs that belong to no item (the masthead). */
  skip: Set<number>;
  vocab: LayoutVocabulary;
}

export function splitItems(input: SplitInput): SplitResult {
  const { paragraphs, kinds, skip } = input;
  const cursor = new ItemCursor(input);
  for (let i = 0; i < paragraphs.length; i++) if (!skip.has(i)) i = cursor.paragraph(i, kinds[i] as ParagraphKind);
  const items = cursor.finish();
  if (items.length > 0) return { items, fallback: false };
  return { items: paragraphGroups(kinds, skip, paragraphs), fallback: true };
}

/** The items so far, the one being read, the section they stand in and whether a footer began. */
class ItemCursor {
  private readonly items: RawItem[] = [];
  private current: RawItem | null = null;
  private section: string | null = null;
  private inFooter = false;
  private readonly speechStarts: Map<number, { title: number[]; author: number }>;
  private readonly headlines: boolean;
  private readonly numberedOpen: boolean;

  constructor(private readonly input: SplitInput) {
    const { kinds, skip } = input;
    this.speechStarts = findSpeeches(kinds, skip);
    const hasMarkers = kinds.some((k) => OPENERS.includes(k));
    this.numberedOpen = !hasMarkers && this.speechStarts.size === 0;
    this.headlines = this.numberedOpen && hasHeadlineArticles({ kinds, skip, startsPlace: (i) => this.startsPlace(i) });
  }

  /** Reads paragraph `i`; answers the last paragraph it took (a speech takes its title and author lines). */
  paragraph(i: number, kind: ParagraphKind): number {
    const speech = this.speechStarts.get(i);
    if (speech) {
      this.open({
        form: 'speech',
        section: this.section,
        paragraphs: [...speech.title, speech.author],
        titleParagraphs: speech.title,
        authorParagraph: speech.author,
      });
      this.inFooter = false;
      return speech.author;
    }
    if (this.headlines && !this.inFooter && this.article(i, kind)) return i;
    const text = (this.input.paragraphs[i] ?? '').trim();
    // Between items (front matter such as a table of contents) and after a footer, text belongs to no practice.
    if (!this.layout(i, kind, text) && this.current && !this.inFooter) this.current.paragraphs.push(i);
    return i;
  }

  finish(): RawItem[] {
    this.close();
    return this.items;
  }

  /**
   * Articles: a headline opens one, its attribution closes it; headings and numbered parts inside are its
   * sub-measures. A headline that starts with a place opens the next article even when the previous one was not
   * signed. Answers whether the paragraph was taken.
   */
  private article(i: number, kind: ParagraphKind): boolean {
    const { kinds, skip } = this.input;
    if (kind === 'attribution' && this.current) {
      this.current.paragraphs.push(i);
      this.close();
      return true;
    }
    const opensArticle = kinds[i] === 'heading' && BODY.includes(nextKind(kinds, skip, i) ?? 'heading');
    if ((opensArticle && (!this.current || this.startsPlace(i))) || (!this.current && kind === 'numbered')) {
      this.open({
        form: kind === 'numbered' ? 'numbered' : 'headline',
        section: this.section,
        paragraphs: [i],
        titleParagraphs: [],
        authorParagraph: null,
      });
      return true;
    }
    if (kind === 'numbered' || kind === 'heading') {
      this.current?.paragraphs.push(i);
      return true;
    }
    return false;
  }

  /** Layout lines: footers, sections, editor's notes, item openers. Answers whether the paragraph was taken. */
  private layout(i: number, kind: ParagraphKind, text: string): boolean {
    const { vocab, kinds, skip } = this.input;
    switch (kind) {
      case 'footer':
        this.close();
        this.inFooter = true;
        return true;
      case 'section':
        this.startSection(text);
        return true;
      case 'bracketSection':
        this.startSection(text.slice(1, -1).replace(/[“”"]/g, ''));
        return true;
      case 'editorNote':
        this.close();
        if (vocab.exchangeMaterialWords.some((w) => text.includes(w))) this.section = vocab.exchangeSectionName;
        return true;
      case 'leaderInstruction':
        this.close();
        return true;
      case 'marker':
      case 'bracketItem':
        this.open({
          form: kind === 'marker' ? 'marker' : 'bracket',
          section: this.section,
          paragraphs: [i],
          titleParagraphs: [],
          authorParagraph: null,
        });
        this.inFooter = false;
        return true;
      case 'numbered':
        if (this.numberedOpen && !this.inFooter) {
          this.open({
            form: 'numbered',
            section: this.section,
            paragraphs: [i],
            titleParagraphs: [],
            authorParagraph: null,
          });
          return true;
        }
        // 二、抓党建促乡村振兴 over marked items: a numbered heading that groups them is their section.
        if (!PROSE_MARK.test(text) && OPENERS.includes(nextKind(kinds, skip, i) ?? 'prose')) {
          this.startSection(text.replace(NUMBERED, '').trim());
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  private startSection(name: string): void {
    this.close();
    this.inFooter = false;
    this.section = name;
  }

  private open(item: RawItem): void {
    this.close();
    this.current = item;
  }

  private close(): void {
    if (this.current && this.current.paragraphs.length > 0) this.items.push(this.current);
    this.current = null;
  }

  private startsPlace(i: number): boolean {
    return this.input.vocab.leadingLocality.exec((this.input.paragraphs[i] ?? '').trim())?.index === 0;
  }
}

const BODY: ParagraphKind[] = ['prose', 'numbered'];

function nextKind(kinds: ParagraphKind[], skip: Set<number>, i: number): ParagraphKind | undefined {
  for (let k = i + 1; k < kinds.length; k++) if (!skip.has(k)) return kinds[k];
  return undefined;
}

/**
 * Articles: headlines (headings over body text) with attribution lines standing alone, or — unsigned — at least two
 * headlines that start with a place (韶山市推行…, 湘乡市探索…), which sub-headings inside an article rarely do.
 */
export function hasHeadlineArticles({
  kinds,
  skip,
  startsPlace,
}: {
  kinds: ParagraphKind[];
  skip: Set<number>;
  startsPlace: (i: number) => boolean;
}): boolean {
  const headlines = kinds
    .map((kind, i) => i)
    .filter((i) => kinds[i] === 'heading' && !skip.has(i) && BODY.includes(nextKind(kinds, skip, i) ?? 'heading'));
  const signed = kinds.some((kind, i) => kind === 'attribution' && !skip.has(i));
  return headlines.length > 0 && (signed || headlines.filter(startsPlace).length >= 2);
}

/** A speech opens at one or two title lines standing right above an author line. */
export function findSpeeches(
  kinds: ParagraphKind[],
  skip: Set<number>,
): Map<number, { title: number[]; author: number }> {
  const starts = new Map<number, { title: number[]; author: number }>();
  kinds.forEach((kind, i) => {
    if (kind !== 'authorLine' || skip.has(i) || kinds[i + 1] !== 'prose') return;
    const title: number[] = [];
    for (let k = i - 1; k >= 0 && title.length < 3 && kinds[k] === 'heading' && !skip.has(k); k--) title.unshift(k);
    if (title.length > 0) starts.set(title[0] as number, { title, author: i });
  });
  return starts;
}

/** Fallback for files without any recognisable item form: each run of prose paragraphs is one practice. */
function paragraphGroups(kinds: ParagraphKind[], skip: Set<number>, paragraphs: string[]): RawItem[] {
  const items: RawItem[] = [];
  let section: string | null = null;
  let inFooter = false;
  kinds.forEach((kind, i) => {
    if (skip.has(i)) return;
    if (kind === 'footer') inFooter = true;
    if (kind === 'section') section = (paragraphs[i] ?? '').trim();
    if (inFooter || !['prose', 'numbered'].includes(kind)) return;
    items.push({ form: 'paragraph', section, paragraphs: [i], titleParagraphs: [], authorParagraph: null });
  });
  return items;
}
