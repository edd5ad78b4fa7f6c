/**
 * Recognises the lines of an article or web page that are its metadata, not its text: source lines (来源：… 发布时间：…
 * 责任编辑：…), catalogue fields (题名/作者/摘要/关键词 …), bylines, datelines (本报讯（记者 张三）), page marks (第07版:要闻),
 * date lines (2024-03-07 09:12:45, 2024年3月7日 星期四, （2025-11-20）), outlet names, widgets (字号 大 中 小, 分享到, 打印)
 * and breadcrumbs. A line is metadata only when such pieces cover all of it, so a sentence never is. The clean stage
 * takes these lines out of the text and keeps them beside it for the structure stage (dates, titles, publishers).
 */
import type { FieldRole } from '../knowledge/article-layout';
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import { findPrintedDates, type PrintedDate } from './find-printed-dates';
import { readByline } from './read-byline';

export type MetadataKind = 'fields' | 'byline' | 'dateline' | 'date' | 'pageMark' | 'outlet' | 'widget' | 'navigation';

export interface MetadataField {
  role: FieldRole;
  label: string;
  value: string;
}

export interface MetadataLine {
  kind: MetadataKind;
  /** What was taken out of the text: the whole line, or a run-in dateline or field label. */
  text: string;
  fields: MetadataField[];
  /** Dates printed on the line (YYYY-MM-DD), in order. */
  dates: string[];
  /** An outlet the line names (《人民日报》, 湖南日报). */
  outlet: string | null;
  /** The section a page mark names (第07版:要闻 → 要闻). */
  section: string | null;
  /** Persons and units a byline credits. */
  credits: string[];
}

export interface MetadataRead {
  line: MetadataLine;
  /** Where the text that stays begins (after a run-in dateline or an abstract's label); null when all of it is metadata. */
  keepFrom: number | null;
}

/** Separators, brackets and punctuation that sit between metadata pieces. */
const FILLER = /[\s|｜丨/\\·•:：,，;；、()（）【】[\]<>《》"“”'‘’\-—_~～]+/g;
/** A posting line's names beside its date: an account, a place and an author at most, each short. */
const POSTING_NAMES = 3;
const POSTING_NAME_LENGTH = 10;
const CLOCK_TIME = /\d{1,2}[:：]\d{2}/;
/** Marks of running prose (a clock time's colon is not one). */
const SENTENCE_MARKS = /[，。；！？、,;!?]/;
const PARENTHESIZED = /^[（(]([^（）()]+)[）)]$/;
/** Fields whose value is one name: it ends at a space or a date. */
const NAME_ROLES: FieldRole[] = ['source', 'publisher', 'publication'];

export function readMetadataLine(text: string, vocab: LayoutVocabulary): MetadataRead | null {
  const lead = leadingMarkers(text, vocab);
  const body = text.slice(lead).trimEnd();
  if (body === '') return null;
  // 本报通讯员 陈洁 is a byline, not the dateline 本报…讯.
  const credits = readByline(body, vocab);
  if (credits) return { line: { ...emptyLine('byline', body), credits }, keepFrom: null };
  const dateline = vocab.article.dateline.exec(body);
  if (dateline) {
    const line = emptyLine('dateline', dateline[0].trim());
    line.dates = findPrintedDates(dateline[0]).map((d) => d.iso);
    return { line, keepFrom: dateline[0].length === body.length ? null : lead + dateline[0].length };
  }
  const abstract = abstractLabel(body, vocab);
  if (abstract) {
    const line = emptyLine('fields', body.slice(0, abstract.length).trim());
    line.fields = [{ role: 'abstract', label: abstract.label, value: '' }];
    return { line, keepFrom: lead + abstract.length };
  }
  if (body.length > vocab.article.metadataLineMaxLength) return null;
  if (vocab.footerPrefixes.some((p) => body.startsWith(p)) || vocab.footerPatterns.some((re) => re.test(body)))
    return null;
  const inner = PARENTHESIZED.exec(body)?.[1];
  if (inner !== undefined) {
    // （来源：某县委组织部） and （记者 张三） close an item as its attribution; only editor lines and dates are metadata.
    const read = coveredLine(inner, vocab);
    const attributive = read?.fields.some((f) => f.role !== 'editor' && f.role !== 'date' && f.role !== 'other');
    return read && !attributive && read.kind !== 'byline' ? { line: { ...read, text: body }, keepFrom: null } : null;
  }
  const read = coveredLine(body, vocab) ?? navigationLine(body, vocab);
  return read ? { line: read, keepFrom: null } : null;
}

function emptyLine(kind: MetadataKind, text: string): MetadataLine {
  return { kind, text, fields: [], dates: [], outlet: null, section: null, credits: [] };
}

/** Item markers set before a byline (□ 本报记者 张三) are part of it. */
function leadingMarkers(text: string, vocab: LayoutVocabulary): number {
  let n = 0;
  for (;;) {
    while (/\s/.test(text[n] ?? '')) n++;
    const marker = vocab.itemMarkers.find((m) => text.startsWith(m, n));
    if (marker === undefined) return n;
    n += marker.length;
  }
}

/** 摘要：… / 【摘要】… / Summary-摘要: …: the label, when the paragraph opens with an abstract's. */
function abstractLabel(body: string, vocab: LayoutVocabulary): { label: string; length: number } | null {
  const m = vocab.article.fieldLabelAtStart.exec(body);
  const label = normalLabel(m?.[1] ?? m?.[2] ?? '');
  return m && vocab.article.fieldRoles.get(label) === 'abstract' ? { label, length: m[0].length } : null;
}

/** A line all of whose pieces are labelled fields, dates, page marks, outlets, weekdays, widgets and separators. */
function coveredLine(body: string, vocab: LayoutVocabulary): MetadataLine | null {
  const { article } = vocab;
  const fields = labelledFields(body, vocab);
  if (fields === null) return null;
  let rest = fields.rest;
  const dates = findPrintedDates(rest);
  rest = blank(rest, dates);
  const line = emptyLine('fields', body);
  line.fields = fields.fields;
  line.dates = [
    ...fields.fields.flatMap((f) => findPrintedDates(f.value).map((d) => d.iso)),
    ...dates.map((d) => d.iso),
  ];
  for (const re of article.pageMarks) {
    rest = rest.replace(re, (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined> | undefined;
      line.section ??= groups?.section ?? null;
      line.kind = 'pageMark';
      return ' ';
    });
  }
  rest = rest.replace(article.outlet, (name: string) => {
    line.outlet ??= name.replace(/[《》\s]/g, '');
    return ' ';
  });
  rest = rest.replace(article.weekday, ' ');
  let widgets = 0;
  rest = rest.replace(article.pageWidget, () => {
    widgets++;
    return ' ';
  });
  if (rest.replace(FILLER, '') !== '') return isPostingLine(body, rest, dates) ? { ...line, kind: 'date' } : null;
  if (line.kind === 'pageMark') return line;
  if (fields.fields.length > 0) return line;
  if (dates.length > 0) return { ...line, kind: 'date' };
  if (line.outlet !== null) return { ...line, kind: 'outlet' };
  return widgets > 0 ? { ...line, kind: 'widget' } : null;
}

/**
 * 苍溪组工 2024-09-12 18:30 四川: a date with its clock time among a few short names (an account, a place) and no prose
 * punctuation is when and by whom a page was posted, as social and news apps print it.
 */
function isPostingLine(body: string, rest: string, dates: PrintedDate[]): boolean {
  if (SENTENCE_MARKS.test(body) || !dates.some((d) => CLOCK_TIME.test(body.slice(d.start, d.end)))) return false;
  const names = rest.split(FILLER).filter((piece) => piece !== '');
  return names.length <= POSTING_NAMES && names.every((name) => name.length <= POSTING_NAME_LENGTH);
}

/**
 * Cuts the labelled fields out of a line: each runs from its label to the next label, a wide gap or a separator bar.
 * Null when a field cannot be metadata (a 时间/日期 label whose value holds no date: 时间：每周三下午).
 */
function labelledFields(body: string, vocab: LayoutVocabulary): { fields: MetadataField[]; rest: string } | null {
  const re = vocab.article.fieldLabel;
  re.lastIndex = 0;
  const found = [...body.matchAll(re)];
  const fields: MetadataField[] = [];
  let rest = body;
  found.forEach((m, k) => {
    const start = m.index ?? 0;
    const limit = found[k + 1]?.index ?? body.length;
    const from = start + m[0].length;
    const raw = body.slice(from, limit);
    const label = normalLabel(m[1] ?? m[2] ?? '');
    const role = vocab.article.fieldRoles.get(label) ?? 'other';
    const value = fieldValue(raw, role);
    fields.push({ role, label, value: value.trim() });
    const end = from + value.length;
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  });
  if (fields.some((f) => f.role === 'date' && findPrintedDates(f.value).length === 0)) return null;
  return { fields, rest };
}

/**
 * A field's value as printed: up to a wide gap or a separator bar; a name (来源, 出版物) also ends at a space or a date,
 * which belong to the fields and widgets after it (来源：人民网 2024-03-07 打印).
 */
function fieldValue(raw: string, role: FieldRole): string {
  const lead = raw.length - raw.trimStart().length;
  let end = raw.slice(lead).search(/\s{2,}|\u3000|[|｜丨【】[\]]/);
  end = end < 0 ? raw.length : lead + end;
  if (NAME_ROLES.includes(role)) {
    const space = raw.slice(lead, end).search(/\s/);
    if (space >= 0) end = lead + space;
    const date = findPrintedDates(raw.slice(0, end))[0];
    if (date) end = date.start;
  }
  return raw.slice(0, end);
}

function navigationLine(body: string, vocab: LayoutVocabulary): MetadataLine | null {
  const { navigationHeads, navigationSeparators } = vocab.article;
  if (!navigationHeads.some((h) => body.startsWith(h))) return null;
  return navigationSeparators.some((s) => body.includes(s)) && !/[。！？]/.test(body)
    ? emptyLine('navigation', body)
    : null;
}

function normalLabel(label: string): string {
  return label.replace(/\s+/g, '');
}

function blank(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
