/**
 * Finds an item's sub-measure headings: numbered headings (一、…), enumerations (一是…), bold headings, and the
 * un-marked parallel headings bulletins use ("组织共建。…服务共享。…治理共抓。"): short sentences of the same
 * shape, recognised because they come as a set — one short sentence alone is just a short sentence.
 */
import type { Span } from '../types';

export interface SubMeasure {
  title: string;
  /** Offsets of the heading in the practice text. */
  start: number;
  end: number;
  /** 1 for the top headings of the item, 2 for enumerations under them. */
  level: 1 | 2;
}

export interface SubMeasureInput {
  text: string;
  /** Where the head sentence (the item title) ends: headings are looked for after it. */
  bodyStart: number;
  /** Bold ranges in `text`, in order. */
  emphasis: Span[];
  /** Parallel short sentences are recognised only in bulletin items, not in long speeches. */
  detectParallel: boolean;
  /** Sub-headings standing as paragraphs of their own (an article's), as ranges in `text`, in order. */
  headings?: Span[];
}

interface Sentence extends Span {
  body: string;
  emphasised: boolean;
}

const NUMBERED =
  /(^|\n)((?:[一二三四五六七八九十]{1,3}、)|(?:[（(][一二三四五六七八九十]{1,3}[）)]))([^。！？\n]{2,60})/g;
/** 一是…二是…, also run in after a colon or a comma (主要做法：一是…，二是…); the heading ends at the clause. */
const ENUMERATION = /(^|[。！？；：，\n])\s*([一二三四五六七八九十]{1,3}是)([^。！？；，,\n]{2,40})/g;
const MAX_HEADING = 26;
const MAX_PART = 13;

export function findSubMeasures(input: SubMeasureInput): SubMeasure[] {
  // Detectors run from the most specific; a heading another one already found (一是组织联建 → 组织联建) is not added twice.
  let found: SubMeasure[] = [];
  const add = (candidates: SubMeasure[]) => {
    found = mergeDisjoint(
      found,
      candidates.filter((m) => m.start >= input.bodyStart),
    );
  };
  const numbered = matches(input.text, NUMBERED);
  add(numbered.map((m) => ({ ...m, level: 1 })));
  const headings = (input.headings ?? []).map((h) => heading(input.text, h)).filter((h) => h.title !== '');
  add(headings.map((h) => ({ ...h, level: 1 })));
  const nested = numbered.length + headings.length > 0;
  add(matches(input.text, ENUMERATION).map((m) => ({ ...m, level: nested ? 2 : 1 })));
  const sentences = splitSentences(input.text, input.bodyStart, input.emphasis);
  add(
    sentences
      .filter((s) => s.emphasised && isHeadingLike(s.body))
      .map((s) => ({ title: s.body, start: s.start, end: s.end, level: 1 })),
  );
  if (input.detectParallel) {
    add(parallelHeadings(sentences).map((s) => ({ title: s.body, start: s.start, end: s.end, level: 1 })));
  }
  return found;
}

/** Adds the candidates (in order) that overlap nothing already found; both lists stay sorted, so this is one merge. */
function mergeDisjoint(found: SubMeasure[], candidates: SubMeasure[]): SubMeasure[] {
  const accepted: SubMeasure[] = [];
  let p = 0;
  for (const c of candidates) {
    while (p < found.length && (found[p] as SubMeasure).end <= c.start) p++;
    const next = found[p];
    const last = accepted[accepted.length - 1];
    if ((next && next.start < c.end) || (last && c.start < last.end)) continue;
    accepted.push(c);
  }
  const merged: SubMeasure[] = [];
  let a = 0;
  let b = 0;
  while (a < found.length || b < accepted.length) {
    const x = found[a];
    const y = accepted[b];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      merged.push(x as SubMeasure);
      a++;
    } else {
      merged.push(y);
      b++;
    }
  }
  return merged;
}

/** A sub-heading paragraph as a heading: its text without a closing full stop. */
function heading(text: string, span: Span): Omit<SubMeasure, 'level'> {
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const title = raw.trim().replace(/[。！!？?]+$/, '');
  return { title, start: span.start + lead, end: span.start + lead + title.length };
}

function matches(text: string, re: RegExp): Omit<SubMeasure, 'level'>[] {
  const out: Omit<SubMeasure, 'level'>[] = [];
  for (const m of text.matchAll(re)) {
    const heading = m[3] ?? '';
    const start = (m.index ?? 0) + m[0].length - heading.length;
    out.push({ title: heading.trim(), start, end: start + heading.length });
  }
  return out;
}

function splitSentences(text: string, from: number, emphasis: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？\n]+/g;
  re.lastIndex = from;
  let e = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    // Emphasis spans are disjoint and in order: one pointer serves every sentence.
    while (e < emphasis.length && (emphasis[e] as Span).end <= start) e++;
    const span = emphasis[e];
    out.push({ start, end, body, emphasised: span !== undefined && span.start < end });
  }
  return out;
}

function isHeadingLike(body: string): boolean {
  const parts = body.split(/[，,]/);
  return (
    unquoted(body).length <= MAX_HEADING &&
    parts.length <= 2 &&
    parts.every((p) => unquoted(p).length <= MAX_PART) &&
    !/[0-9的了；：、（）]/.test(body)
  );
}

/** The sentence's shape: lengths of its comma-separated parts, quotes not counted. */
function shape(body: string): number[] {
  return body.split(/[，,]/).map((p) => unquoted(p).length);
}

/**
 * Sentences of the same shape (each comma part within one character) that come as a set: three or more, or two when
 * one of them is the item's first sentence or bold. Shapes have at most two parts, so the sentences of a shape's
 * neighbourhood are counted from a table of exact shapes instead of comparing every pair.
 */
function parallelHeadings(sentences: Sentence[]): Sentence[] {
  // The last sentence closes the item; it is never a heading.
  const candidates = sentences.slice(0, -1).filter((s) => isHeadingLike(s.body));
  const first = sentences[0];
  const counts = new Map<string, number>();
  const anchored = new Set<string>();
  for (const c of candidates) {
    const key = shape(c.body).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (c === first || c.emphasised) anchored.add(key);
  }
  return candidates.filter((c) => {
    let size = 0;
    let isAnchored = false;
    for (const key of neighbourShapes(shape(c.body))) {
      size += counts.get(key) ?? 0;
      isAnchored = isAnchored || anchored.has(key);
    }
    return size >= 3 || (size === 2 && isAnchored);
  });
}

/** Every shape within one character of `parts` in each part (the shapes counted as the same). */
function neighbourShapes(parts: number[]): string[] {
  let keys: number[][] = [[]];
  for (const n of parts)
    keys = keys.flatMap((prefix) => [n - 1, n, n + 1].filter((v) => v >= 0).map((v) => [...prefix, v]));
  return keys.map((k) => k.join(','));
}

function unquoted(text: string): string {
  return text.replace(/[“”‘’"'《》\s]/g, '');
}
