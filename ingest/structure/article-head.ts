/**
 * The head of an article: its title, the place the title starts with, where the title sits in the text and where the
 * body starts, and who reported it when a source line names an office.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';
import type { ItemContext } from './build-item';
import { leadTitle } from './lead-title';
import { parseItemHead } from './parse-item-head';
import type { RawItem } from './split-items';

export interface ArticleHeadInput {
  raw: RawItem;
  ctx: ItemContext;
  /** Where the article's text starts in the cleaned text. */
  start: number;
  text: string;
}

export interface ArticleHead {
  title: string;
  localityPhrase: string | null;
  titleSpan: Span;
  bodyStart: number;
  reportedBy: string | null;
}

/**
 * An article's title: its headline with the subtitle (——…) under it; else the title printed apart (a catalogue
 * record's 题名) or the file's own; else the first clause of its lead (lead-title.ts). Its place is the one the
 * title starts with (江油市：… → 江油市).
 */
export function articleHead({ raw, ctx, start, text }: ArticleHeadInput): ArticleHead {
  const reportedBy = sourceOrganization(raw, ctx.vocab);
  const place = (title: string): string | null => {
    const phrase = parseItemHead(title, ctx.vocab).localityPhrase;
    return phrase !== null && ctx.vocab.leadingLocality.exec(phrase)?.index === 0 ? phrase : null;
  };
  if (raw.titleParagraphs.length > 0) {
    const spans = raw.titleParagraphs.map((i) => ctx.paragraphs[i] as Span);
    const title = spans.map((s) => ctx.text.slice(s.start, s.end).trim()).join('');
    const end = (spans[spans.length - 1] as Span).end - start;
    return { title, localityPhrase: place(title), titleSpan: { start: 0, end }, bodyStart: end, reportedBy };
  }
  if (raw.title)
    return {
      title: raw.title,
      localityPhrase: place(raw.title),
      titleSpan: { start: 0, end: 0 },
      bodyStart: 0,
      reportedBy,
    };
  const lead = leadTitle(text, ctx.vocab);
  return { title: lead.title, localityPhrase: place(lead.title), titleSpan: lead.span, bodyStart: 0, reportedBy };
}

/** An article's source line naming an office (来源：浏阳市委组织部) says who reported it; an outlet (来源：人民网) does not. */
function sourceOrganization(raw: RawItem, vocab: LayoutVocabulary): string | null {
  const offices = [...vocab.publisherWords, ...vocab.authorLineSuffixes];
  for (const line of raw.metadata ?? []) {
    const source = line.fields.find((f) => f.role === 'source' || f.role === 'publisher')?.value;
    if (source && offices.some((w) => source.endsWith(w))) return source;
  }
  return null;
}
