/** Turns one raw item (its paragraphs) into a practice item: text slice, title, locality phrase, attribution, sub-measures. */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';
import { NUMBERED } from './classify-paragraph';
import { findSubMeasures, type SubMeasure } from './find-sub-measures';
import { articleHead } from './article-head';
import { parseItemHead } from './parse-item-head';
import type { ItemForm, RawItem } from './split-items';

export interface PracticeItem {
  /** 1-based position among the bulletin's items. */
  ordinal: number;
  form: ItemForm;
  section: string | null;
  title: string;
  localityPhrase: string | null;
  reportedBy: string | null;
  /** Cleaned text of the item; every offset of this practice refers to it. */
  text: string;
  /** Where `text` starts in the cleaned bulletin text. */
  offset: number;
  titleSpan: Span;
  subMeasures: SubMeasure[];
  /** ISO date (YYYY-MM-DD): the item's own printed date (an article's source line or dateline), else the document's. */
  date: string | null;
  /** What a closing labelled attribution names, outlet or office: （来源：三明日报） → 三明日报. */
  closingSource?: string;
}

/**
 * What the link and build stages read of an item: a practice item, its sub-measures by title only — all a stored
 * practice keeps of them, so a practice read back from the store (`kg relink`) is linked and built as one just cut.
 */
export type LinkableItem = Omit<PracticeItem, 'subMeasures'> & { subMeasures: readonly Pick<SubMeasure, 'title'>[] };

export interface ItemContext {
  text: string;
  paragraphs: Span[];
  emphasis: Span[];
  vocab: LayoutVocabulary;
}

const ATTRIBUTION = /[（(]([^（）()\n]{2,40})[）)]\s*$/;
/** Words that make a bracketed tail a source attribution rather than a remark. */
const ATTRIBUTION_WORDS =
  /(组织部|宣传部|党委|党工委|党组|委员会|委|办公室|办|局|中心|政府|街道|供稿|来源|通讯员|报道组)[^（）()]*$/;
const AUTHOR_ORG = /^(?:中共)?(.+?)(?:委员会|党工委|党委|委)$/;

/** The practice item of a raw item: its text without marker and attribution, head facts, title, sub-measures. */
export function buildItem({ raw, ordinal, ctx }: { raw: RawItem; ordinal: number; ctx: ItemContext }): PracticeItem {
  const spanOf = (index: number): Span => ctx.paragraphs[index] as Span;
  const first = spanOf(raw.paragraphs[0] as number);
  const last = spanOf(raw.paragraphs[raw.paragraphs.length - 1] as number);
  let start = first.start;
  if (raw.form === 'marker') start += markerLength(ctx.text.slice(first.start, first.end), ctx.vocab);
  let end = last.end;
  let reportedBy: string | null = null;
  let closingSource: string | null = null;
  const tail = ATTRIBUTION.exec(ctx.text.slice(start, end));
  if (raw.form !== 'speech' && tail && ATTRIBUTION_WORDS.test(tail[1] ?? '')) {
    reportedBy = attributionOrganization(tail[1] ?? '', ctx.vocab);
    if (sourceLabel(tail[1] ?? '', ctx.vocab) !== undefined) closingSource = reportedBy;
    end = start + (tail.index ?? 0);
  }
  while (end > start && /\s/.test(ctx.text[end - 1] ?? '')) end--;
  const text = ctx.text.slice(start, end);
  const emphasis = spansWithin(ctx.emphasis, start, end);
  const head = headOf(raw, ctx, start, text);
  const headings = (raw.headingParagraphs ?? []).map((i) => headingSpan(ctx, ctx.paragraphs[i] as Span, start));
  return {
    ordinal,
    form: raw.form,
    section: raw.section,
    title: head.title,
    localityPhrase: head.localityPhrase,
    reportedBy: raw.form === 'speech' ? head.author : (reportedBy ?? head.reportedBy ?? null),
    text,
    offset: start,
    titleSpan: head.titleSpan,
    subMeasures: findSubMeasures({
      text,
      bodyStart: head.bodyStart,
      emphasis,
      headings,
      detectParallel: raw.form !== 'speech' && raw.form !== 'article',
    }),
    date: (raw.metadata ?? []).flatMap((m) => m.dates)[0] ?? null,
    ...(closingSource ? { closingSource } : {}),
  };
}

/** A sub-heading paragraph's heading, relative to the item: after its marker, up to its first sentence end. */
function headingSpan(ctx: ItemContext, paragraph: Span, start: number): Span {
  const text = ctx.text.slice(paragraph.start, paragraph.end);
  const from = markerLength(text, ctx.vocab);
  const end = /[。！？!?]/.exec(text.slice(from));
  return {
    start: paragraph.start + from - start,
    end: paragraph.start + from + (end ? end.index : text.length - from) - start,
  };
}

function headOf(raw: RawItem, ctx: ItemContext, start: number, text: string): Head {
  if (raw.form === 'speech') return speechHead(raw, ctx, start);
  if (raw.form === 'article') return { ...articleHead({ raw, ctx, start, text }), author: null };
  return itemHead(raw.form, text, ctx.vocab);
}

/** The ranges of `spans` (disjoint, in order) inside [start, end), relative to start: found by a binary search. */
function spansWithin(spans: Span[], start: number, end: number): Span[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < spans.length && (spans[k] as Span).start < end; k++) {
    const s = spans[k] as Span;
    out.push({ start: Math.max(0, s.start - start), end: Math.min(end, s.end) - start });
  }
  return out;
}

interface Head {
  title: string;
  localityPhrase: string | null;
  titleSpan: Span;
  bodyStart: number;
  author: string | null;
  /** An article's source line naming an office. */
  reportedBy?: string | null;
}

function itemHead(form: ItemForm, text: string, vocab: LayoutVocabulary): Head {
  let skip = 0;
  let bracketTitle: string | null = null;
  let bracketPlace: string | null = null;
  if (form === 'numbered') {
    const number = NUMBERED.exec(text)?.[0].length ?? 0;
    skip = number + (/^\s*/.exec(text.slice(number))?.[0].length ?? 0);
  }
  if (form === 'bracket') {
    const close = text.indexOf('】');
    const inner = text.slice(1, close).trim();
    const place = vocab.leadingLocality.exec(inner);
    if (place && place[0] === inner) bracketPlace = inner;
    else bracketTitle = inner;
    skip = close + 1;
  }
  const head = parseItemHead(text.slice(skip), vocab);
  const localityPhrase = bracketPlace ?? head.localityPhrase;
  if (bracketTitle !== null) {
    return {
      title: bracketTitle,
      localityPhrase,
      titleSpan: { start: 1, end: 1 + bracketTitle.length },
      bodyStart: skip,
      author: null,
    };
  }
  return {
    title: head.title,
    localityPhrase,
    titleSpan: { start: skip + head.titleSpan.start, end: skip + head.titleSpan.end },
    bodyStart: skip + head.headEnd,
    author: null,
  };
}

/** A speech's title is its title lines; its author line (中共桐城市委) names the reporting body and the place. */
function speechHead(raw: RawItem, ctx: ItemContext, start: number): Head {
  const titleParts = raw.titleParagraphs.map((i) =>
    ctx.text.slice(ctx.paragraphs[i]?.start, ctx.paragraphs[i]?.end).trim(),
  );
  const lastTitle = ctx.paragraphs[raw.titleParagraphs[raw.titleParagraphs.length - 1] as number] as Span;
  const authorSpan = ctx.paragraphs[raw.authorParagraph as number] as Span;
  const author = ctx.text.slice(authorSpan.start, authorSpan.end).trim();
  // 中共桐城市委 → 桐城市; 淮阴区委组织部 → 淮阴区 (the place an office's name starts with).
  const org = AUTHOR_ORG.exec(author)?.[1] ?? null;
  const place = org ? ctx.vocab.leadingLocality.exec(org) : ctx.vocab.leadingLocality.exec(author.replace(/^中共/, ''));
  return {
    title: titleParts.join(' '),
    localityPhrase: org ? (place && place[0] === org ? org : null) : (place?.[0] ?? null),
    titleSpan: { start: 0, end: lastTitle.end - start },
    bodyStart: authorSpan.end - start,
    author,
  };
}

/**
 * The organization an attribution names, without source labels, credit words or a person's byline:
 * 来源：某县委组织部 / 某县委组织部 供稿 / 某县委组织部 通讯员 李明 → 某县委组织部; 通讯员 李明 → null.
 */
function attributionOrganization(attribution: string, vocab: LayoutVocabulary): string | null {
  let text = attribution.trim();
  const source = sourceLabel(text, vocab);
  if (source !== undefined) text = text.slice(source.length).replace(/^\s*[：:]\s*/, '');
  const byline = Math.min(...vocab.bylineWords.map((w) => text.indexOf(w)).filter((i) => i >= 0));
  if (Number.isFinite(byline)) text = text.slice(0, byline);
  text = text.replace(/[\s，,、]+$/, '');
  const credit = vocab.attributionCredits.find((w) => text.endsWith(w) && text.length > w.length);
  if (credit !== undefined) text = text.slice(0, -credit.length).replace(/\s+$/, '');
  return text === '' ? null : text;
}

/** The source label (来源, 供稿单位 …) an attribution opens with, followed by a colon. */
function sourceLabel(attribution: string, vocab: LayoutVocabulary): string | undefined {
  return vocab.attributionSources.find((w) => new RegExp(`^${w}\\s*[：:]`).test(attribution.trim()));
}

function markerLength(paragraph: string, vocab: LayoutVocabulary): number {
  const marker = vocab.itemMarkers.find((m) => paragraph.startsWith(m)) ?? '';
  let n = marker.length;
  while (/\s/.test(paragraph[n] ?? '')) n++;
  return n;
}
