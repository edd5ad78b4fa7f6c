/**
 * Decides what a document is — bulletin, briefing, article or other — and how it divides into practices, from its own
 * shape and the layout words (LAYOUT.md, "Document kinds"):
 *   kind: a numbered masthead → bulletin; a masthead titled 简报/交流材料 … → briefing; another masthead → bulletin;
 *         article metadata (source lines, bylines, datelines, page marks, catalogue fields, widgets) → article;
 *         bulletin item forms (markers, 【】 items, speeches, sections, items led by a place, headline items signed
 *         more than once) → bulletin;
 *         a headline over body text, or a lead over numbered parts → article; else other.
 *   split: bulletin item forms (marked, bracketed, speech, signed or place-led headline items, place-led numbered
 *          items) → items; an article shape → articles; else items, which falls back to one practice per paragraph.
 */
import type { DocumentKind } from '../../graph/schema';
import type { PlacedMetadataLine } from '../clean/clean-text';
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { ArticleHeads } from './article-heads';
import { isSectionName, type ParagraphKind } from './classify-paragraph';
import type { BulletinHeader } from './parse-header';
import { findSpeeches, hasHeadlineArticles, OPENERS } from './split-items';

export interface LayoutInput {
  /** The masthead's fields (all null when the document has none). */
  header: BulletinHeader;
  paragraphs: string[];
  kinds: ParagraphKind[];
  /** The masthead's paragraphs. */
  skip: Set<number>;
  heads: ArticleHeads;
  metadata: PlacedMetadataLine[];
  /** The file has a title of its own (its reader found one). */
  fileTitle: boolean;
  vocab: LayoutVocabulary;
}

export interface LayoutDecision {
  kind: DocumentKind;
  split: 'items' | 'articles';
}

export function documentLayout(input: LayoutInput): LayoutDecision {
  const { header, kinds, skip, heads, vocab } = input;
  const open = (i: number) => !skip.has(i);
  const articleMetadata = input.metadata.some((m) => m.kind !== 'date');
  const markers = kinds.filter((k, i) => open(i) && OPENERS.includes(k)).length;
  const placeMarkers = kinds.filter((k, i) => open(i) && OPENERS.includes(k) && heads.startsPlace(i)).length;
  const speeches = findSpeeches(kinds, skip).size > 0;
  const numbered = kinds.map((_, i) => i).filter((i) => open(i) && kinds[i] === 'numbered');
  const placeLed = numbered.filter((i) => heads.startsPlace(i)).length;
  const placeNumbered = placeLed >= 2 && placeLed * 2 >= numbered.length;
  const sections = kinds.some((k, i) => open(i) && (k === 'section' || k === 'bracketSection'));
  const masthead = header.issue !== null || header.title !== null;
  const headlineItems = !markers && !speeches && hasHeadlineArticles({ kinds, skip, startsPlace: heads.startsPlace });
  // One article signed at its end (（来源：某县委组织部）) is no bulletin of signed items.
  const signatures = kinds.filter((k, i) => open(i) && k === 'attribution').length;
  const placeHeadlines = kinds.filter((k, i) => open(i) && k === 'heading' && heads.startsPlace(i)).length;
  const headlineBulletin = headlineItems && (signatures >= 2 || placeHeadlines >= 2);
  const articleShape = hasArticleShape(input);
  // A news article may set its sub-headings with ◆ or ■; markers make items there only when they lead with places.
  const itemForms =
    (markers > 0 && (!articleMetadata || masthead || placeMarkers >= 2)) ||
    speeches ||
    placeNumbered ||
    (masthead && headlineItems);
  const split = itemForms || !articleShape ? 'items' : 'articles';
  return {
    kind: kindOf({
      header,
      masthead,
      articleMetadata,
      bulletinForms: itemForms || sections || headlineBulletin,
      articleShape,
      vocab,
    }),
    split,
  };
}

interface KindInput {
  header: BulletinHeader;
  masthead: boolean;
  articleMetadata: boolean;
  bulletinForms: boolean;
  articleShape: boolean;
  vocab: LayoutVocabulary;
}

function kindOf(k: KindInput): DocumentKind {
  if (k.header.issue !== null) return 'bulletin';
  const title = k.header.title ?? '';
  if (k.masthead && k.vocab.article.briefingTitleWords.some((w) => title.endsWith(w))) return 'briefing';
  if (k.masthead) return 'bulletin';
  if (k.articleMetadata) return 'article';
  if (k.bulletinForms) return 'bulletin';
  return k.articleShape ? 'article' : 'other';
}

/**
 * The shapes of an article: a headline over body text; a lead paragraph over numbered parts that do not lead with a
 * place (an untitled write-up); a catalogue record's title; or body text under a title the file itself carries.
 */
function hasArticleShape(input: LayoutInput): boolean {
  const { paragraphs, kinds, skip, heads, vocab } = input;
  if (input.metadata.some((m) => m.fields.some((f) => f.role === 'title' || f.role === 'abstract'))) return true;
  const top = paragraphs.findIndex((_, i) => !skip.has(i));
  if (top >= 0 && heads.blockAt(top)) return true;
  const first = paragraphs.findIndex((_, i) => !skip.has(i) && !isSectionName((paragraphs[i] ?? '').trim(), vocab));
  if (first < 0) return false;
  if (heads.blockAt(first)) return true;
  if (!heads.isBody(first) || kinds[first] !== 'prose') return false;
  if (input.fileTitle) return true;
  const numbered = kinds.map((_, i) => i).filter((i) => i > first && !skip.has(i) && kinds[i] === 'numbered');
  return numbered.length >= 2 && numbered.filter((i) => heads.startsPlace(i)).length < 2;
}
