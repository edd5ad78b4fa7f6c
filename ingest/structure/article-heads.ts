/**
 * The headlines of articles: short lines without a closing full stop standing over body text — a kicker (引题), the
 * headline and its subtitle (——…) at most. Within an article the same shape is a sub-heading; the article splitter
 * decides which by what surrounds it.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import { NUMBERED, type ParagraphKind } from './classify-paragraph';

export interface HeadBlock {
  /** The headline-like paragraphs, in order (kicker, headline, subtitle). */
  lines: number[];
  /** The headline proper: the line the file's title names, else the longest line that is not a subtitle. */
  main: number;
  /** The subtitle under it (——…), or null. */
  subtitle: number | null;
  /** The first body paragraph under the block. */
  body: number;
}

export interface ArticleHeads {
  headlineLike: boolean[];
  /** The head block starting at paragraph i, or null when i does not start one. */
  blockAt(i: number): HeadBlock | null;
  isBody(i: number): boolean;
  /** The paragraph starts with a place (韶山市推行…, 浏阳市：…), after its number if it has one. */
  startsPlace(i: number): boolean;
  /** The paragraph heads a page's related links (相关新闻, 上一篇：…). */
  isRelatedHead(i: number): boolean;
}

const BLOCK_MAX = 3;
const BODY_KINDS: ParagraphKind[] = ['prose', 'numbered', 'marker', 'bracketItem', 'listBullet', 'editorNote'];
const HEADLINE_KINDS: ParagraphKind[] = ['heading', 'prose', 'section'];

export interface HeadsInput {
  paragraphs: string[];
  kinds: ParagraphKind[];
  skip: Set<number>;
  vocab: LayoutVocabulary;
  /** The file's own title: the line of a head block that it names is the headline (not a kicker above it). */
  titleHint: string | null;
}

export function articleHeads({ paragraphs, kinds, skip, vocab, titleHint }: HeadsInput): ArticleHeads {
  const max = vocab.article.headlineMaxLength;
  const headlineLike = paragraphs.map((raw, i) => {
    const text = raw.trim();
    return (
      !skip.has(i) &&
      HEADLINE_KINDS.includes(kinds[i] as ParagraphKind) &&
      text.length <= max &&
      !/[。；;：:]$/.test(text) &&
      !/[。；;]/.test(text.slice(0, -1)) &&
      !NUMBERED.test(text) &&
      !vocab.sectionNames.includes(text)
    );
  });
  const isBody = (i: number): boolean =>
    !skip.has(i) && !headlineLike[i] && BODY_KINDS.includes(kinds[i] as ParagraphKind);
  const isSubtitle = (i: number): boolean =>
    vocab.article.subtitleOpeners.some((o) => (paragraphs[i] ?? '').trim().startsWith(o));
  const blockAt = (i: number): HeadBlock | null => {
    if (!headlineLike[i] || isSubtitle(i)) return null;
    const lines: number[] = [];
    let k = i;
    for (; k < paragraphs.length && lines.length < BLOCK_MAX; k++) {
      if (skip.has(k)) continue;
      if (!headlineLike[k]) break;
      lines.push(k);
    }
    // An office signing under the headline (中共某县委组织部) stands between it and the body.
    while (k < paragraphs.length && (skip.has(k) || kinds[k] === 'authorLine')) k++;
    if (!isBody(k)) return null;
    const candidates = lines.filter((l) => !isSubtitle(l));
    const named = candidates.find((l) => titleHint !== null && sameTitle(paragraphs[l] ?? '', titleHint));
    const main =
      named ??
      candidates.reduce((best, l) =>
        (paragraphs[l] ?? '').trim().length > (paragraphs[best] ?? '').trim().length ? l : best,
      );
    const next = lines[lines.indexOf(main) + 1];
    return { lines, main, subtitle: next !== undefined && isSubtitle(next) ? next : null, body: k };
  };
  const startsPlace = (i: number): boolean => {
    const text = (paragraphs[i] ?? '').trim();
    const number = NUMBERED.exec(text)?.[0].length ?? 0;
    return vocab.leadingLocality.exec(text.slice(number).trim())?.index === 0;
  };
  const isRelatedHead = (i: number): boolean => {
    const text = (paragraphs[i] ?? '').trim();
    return text.length <= max && vocab.article.relatedHeads.some((h) => text.startsWith(h));
  };
  return { headlineLike, blockAt, isBody, startsPlace, isRelatedHead };
}

/** A headline line and a file title name the same thing (spacing, bold markers and quote styles aside). */
function sameTitle(line: string, title: string): boolean {
  const plain = (t: string) => t.replace(/[\s*“”"'‘’]/g, '');
  const a = plain(line);
  return a.length >= 4 && plain(title).startsWith(a);
}
