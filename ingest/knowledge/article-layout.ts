/**
 * The article words of `layout.json` — labelled source and catalogue fields, bylines, datelines, page marks, widgets,
 * headline limits — checked and compiled once into the patterns the clean and structure stages match with.
 */
import { jsonChecks, type Json } from './json-checks';

/** What a labelled field on a source line or catalogue record holds; the code reads each role its own way. */
export const FIELD_ROLES = [
  'source',
  'publisher',
  'author',
  'date',
  'editor',
  'title',
  'abstract',
  'publication',
  'other',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

export interface ArticleLayout {
  briefingTitleWords: string[];
  /** Field label → its role (来源 → source, 题名 → title, 摘要 → abstract …). */
  fieldRoles: Map<string, FieldRole>;
  /** A field label with its colon (来源：) or in brackets (【摘要】); global; group 1 is the label. */
  fieldLabel: RegExp;
  /** The same, anchored at the start of a line (not global). */
  fieldLabelAtStart: RegExp;
  /** Page widgets (打印, 关闭, 分享到, 大 中 小 …), longest first; global. */
  pageWidget: RegExp;
  /** A breadcrumb's head (当前位置, 首页) and its separators (>, »). */
  navigationHeads: string[];
  navigationSeparators: string[];
  /** Heads of a page's related-links block (相关新闻, 上一篇): the article ends there. */
  relatedHeads: string[];
  /** Weekdays printed after a date (星期四, 周四); global. */
  weekday: RegExp;
  /** Page marks (第07版:要闻); global, with a `section` group where the page names its section. */
  pageMarks: RegExp[];
  /** An outlet's name: 《…》, or a short name ending with an outlet suffix (湖南日报); global. */
  outlet: RegExp;
  /** Words of a byline (本报记者, 通讯员, 文/图), longest first. */
  reporterWords: string[];
  bylineTrailers: string[];
  /** News agencies and the paper itself (本报, 新华社): they open datelines and bylines (新华社记者 张三). */
  agencies: string[];
  /** A dateline at the start of a paragraph: 本报讯（记者 张三）, 新华社北京8月2日电, 本报浏阳3月6日讯. */
  dateline: RegExp;
  subtitleOpeners: string[];
  /** What separates a headline from the site's name in a page's title (…一池春水_嘉兴在线). */
  fileTitleSeparators: string[];
  /** What office software leaves in a file's title (Microsoft Word - …, .docx): removed. */
  fileTitleNoise: string[];
  /** Clauses that open a lead before its subject (近年来, 今年以来, 为深入推进…): never an untitled article's title. */
  leadPrefaceClauses: string[];
  leadPrefaceEndings: string[];
  leadPrefaceOpeners: string[];
  metadataLineMaxLength: number;
  headlineMaxLength: number;
  maxParagraphLength: number;
}

const checks = jsonChecks('loadLayoutVocabulary');
const HAN = '\\u4e00-\\u9fff';
const MONTH_DAY = `[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日`;

export function loadArticleLayout(raw: Json, file: string): ArticleLayout {
  const list = (field: string) => checks.strings(file, raw[field], `"${field}"`);
  const labels = checks.record(file, raw.fieldLabels, '"fieldLabels"');
  const fieldRoles = new Map<string, FieldRole>();
  for (const role of FIELD_ROLES) {
    for (const label of checks.strings(file, labels[role], `"fieldLabels.${role}"`)) fieldRoles.set(label, role);
  }
  const unknown = Object.keys(labels).filter((role) => !(FIELD_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0)
    checks.fail(file, `"fieldLabels" has unknown roles: ${unknown.join(', ')} (known: ${FIELD_ROLES.join(', ')})`);
  const labelAlternatives = alternatives([...fieldRoles.keys()].map((l) => [...l].map(escapeRegExp).join('\\s*')));
  // CNKI exports prefix the English name: Title-题名: …, Summary-摘要: ….
  const english = '(?:[A-Za-z]+\\s*-\\s*)?';
  const fieldLabel = `[【\\[]\\s*${english}(${labelAlternatives})\\s*[】\\]]|${english}(${labelAlternatives})\\s*[:：]`;
  const outletSuffixes = list('outletSuffixes');
  const agencies = alternatives(list('datelineAgencies').map(escapeRegExp));
  const outletName = `[${HAN}]{2,10}?(?:${alternatives(outletSuffixes.map(escapeRegExp))})`;
  const ends = alternatives(list('datelineEnds').map(escapeRegExp));
  const reporterWords = longestFirst(list('reporterWords'));
  // 本报讯 记者张三 通讯员李四 报道：… — reporters run in without brackets; a name ends at a space, 报道 or a colon.
  const reporters = `(?:\\s*(?:${alternatives(reporterWords.map(escapeRegExp))})\\s*[${HAN}·]{2,4}(?=\\s|报道|[:：]))*(?:\\s*报道)?`;
  const datelineHead = `(?:${agencies}|${outletName})(?:[${HAN}]{0,8}?(?:[0-9０-９]{4}年)?${MONTH_DAY}(?:${ends})|(?:${ends})|[${HAN}]{1,6}讯)`;
  return {
    briefingTitleWords: list('briefingTitleWords'),
    fieldRoles,
    fieldLabel: new RegExp(fieldLabel, 'g'),
    fieldLabelAtStart: new RegExp(`^(?:${fieldLabel})`),
    pageWidget: new RegExp(alternatives(list('pageWidgets').map(escapeRegExp)), 'g'),
    navigationHeads: list('navigationHeads'),
    navigationSeparators: list('navigationSeparators'),
    relatedHeads: list('relatedHeads'),
    weekday: new RegExp(alternatives(list('weekdayWords').map(escapeRegExp)), 'g'),
    pageMarks: list('pageMarkPatterns').map((source) => compile(file, source, 'g')),
    outlet: new RegExp(`《[^《》]{1,20}》|${outletName}`, 'g'),
    reporterWords,
    agencies: longestFirst(list('datelineAgencies')),
    bylineTrailers: longestFirst(list('bylineTrailers')),
    // 本报讯 / 【本报讯】 / 本报浏阳讯 / 本报北京8月2日电 / 湖南日报3月6日讯, then the reporters in brackets: a place before 电
    // needs its date.
    dateline: new RegExp(
      `^(?:【${datelineHead}】|\\[${datelineHead}\\]|${datelineHead})(?:\\s*[（(][^（）()]{0,40}[）)])?${reporters}[\\s:：]*`,
    ),
    subtitleOpeners: longestFirst(list('subtitleOpeners')),
    fileTitleSeparators: list('fileTitleSeparators'),
    fileTitleNoise: list('fileTitleNoise'),
    leadPrefaceClauses: list('leadPrefaceClauses'),
    leadPrefaceEndings: list('leadPrefaceEndings'),
    leadPrefaceOpeners: list('leadPrefaceOpeners'),
    metadataLineMaxLength: positive(raw, 'metadataLineMaxLength', file),
    headlineMaxLength: positive(raw, 'headlineMaxLength', file),
    maxParagraphLength: positive(raw, 'maxParagraphLength', file),
  };
}

function positive(raw: Json, field: string, file: string): number {
  const value = raw[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    checks.fail(file, `"${field}" must be a positive integer`);
  return value as number;
}

function compile(file: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return checks.fail(file, `bad pattern ${source}: ${(error as Error).message}`);
  }
}

function longestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** Alternatives longest first, so 责任编辑 wins over 编辑 at the same place. */
function alternatives(sources: string[]): string {
  return [...sources].sort((a, b) => b.length - a.length).join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
