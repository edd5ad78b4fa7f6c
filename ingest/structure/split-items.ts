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

export function splitItems({ paragraphs, kinds, skip, vocab }: SplitInput): SplitResult {
  const speechStarts = findSpeeches(kinds, skip);
  const hasMarkers = kinds.some((k) => OPENERS.includes(k));
  const startsPlace = (i: number): boolean => vocab.leadingLocality.exec((paragraphs[i] ?? '').trim())?.index === 0;
  const headlines = !hasMarkers && speechStarts.size === 0 && hasHeadlineArticles(kinds, skip, startsPlace);
  const numberedOpen = !hasMarkers && speechStarts.size === 0;
  const opensArticle = (i: number): boolean => kinds[i] === 'heading' && BODY.includes(nextKind(kinds, skip, i) ?? 'heading');
  const items: RawItem[] = [];
  let current: RawItem | null = null;
  let section: string | null = null;
  let inFooter = false;
  const close = () => {
    if (current && current.paragraphs.length > 0) items.push(current);
    current = null;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    if (skip.has(i)) continue;
    const kind = kinds[i] as ParagraphKind;
    const text = (paragraphs[i] ?? '').trim();
    const speech = speechStarts.get(i);
    if (speech) {
      close();
      inFooter = false;
      current = { form: 'speech', section, paragraphs: [...speech.title, speech.author], titleParagraphs: speech.title, authorParagraph: speech.author };
      i = speech.author;
      continue;
    }
    if (headlines && !inFooter) {
      // Articles: a headline opens one, its attribution closes it; headings and numbered parts inside are its
      // sub-measures. A headline that starts with a place opens the next article even when the previous one was
      // not signed.
      if (kind === 'attribution' && current) {
        (current as RawItem).paragraphs.push(i);
        close();
        continue;
      }
      if (opensArticle(i) && (!current || startsPlace(i)) || (!current && kind === 'numbered')) {
        close();
        current = { form: kind === 'numbered' ? 'numbered' : 'headline', section, paragraphs: [i], titleParagraphs: [], authorParagraph: null };
        continue;
      }
      if (kind === 'numbered' || kind === 'heading') {
        if (current) (current as RawItem).paragraphs.push(i);
        continue;
      }
    }
    switch (kind) {
      case 'footer':
        close();
        inFooter = true;
        continue;
      case 'section':
        close();
        inFooter = false;
        section = text;
        continue;
      case 'bracketSection':
        close();
        inFooter = false;
        section = text.slice(1, -1).replace(/[“”"]/g, '');
        continue;
      case 'editorNote':
        close();
        if (vocab.exchangeMaterialWords.some((w) => text.includes(w))) section = vocab.exchangeSectionName;
        continue;
      case 'leaderInstruction':
        close();
        continue;
      case 'marker':
      case 'bracketItem':
        close();
        inFooter = false;
        current = { form: kind === 'marker' ? 'marker' : 'bracket', section, paragraphs: [i], titleParagraphs: [], authorParagraph: null };
        continue;
      case 'numbered':
        if (numberedOpen && !inFooter) {
          close();
          current = { form: 'numbered', section, paragraphs: [i], titleParagraphs: [], authorParagraph: null };
          continue;
        }
        // 二、抓党建促乡村振兴 over marked items: a numbered heading that groups them is their section.
        if (!PROSE_MARK.test(text) && OPENERS.includes(nextKind(kinds, skip, i) ?? 'prose')) {
          close();
          inFooter = false;
          section = text.replace(NUMBERED, '').trim();
          continue;
        }
        break;
      default:
        break;
    }
    // Between items (front matter such as a table of contents) and after a footer, text belongs to no practice.
    if (current && !inFooter) (current as RawItem).paragraphs.push(i);
  }
  close();
  if (items.length > 0) return { items, fallback: false };
  return { items: paragraphGroups(kinds, skip, paragraphs), fallback: true };
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
export function hasHeadlineArticles(kinds: ParagraphKind[], skip: Set<number>, startsPlace: (i: number) => boolean): boolean {
  const headlines = kinds.map((kind, i) => i).filter((i) => kinds[i] === 'heading' && !skip.has(i) && BODY.includes(nextKind(kinds, skip, i) ?? 'heading'));
  const signed = kinds.some((kind, i) => kind === 'attribution' && !skip.has(i));
  return headlines.length > 0 && (signed || headlines.filter(startsPlace).length >= 2);
}

/** A speech opens at one or two title lines standing right above an author line. */
export function findSpeeches(kinds: ParagraphKind[], skip: Set<number>): Map<number, { title: number[]; author: number }> {
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
