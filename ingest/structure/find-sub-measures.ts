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
  /** Bold ranges in `text`. */
  emphasis: Span[];
  /** Parallel short sentences are recognised only in bulletin items, not in long speeches. */
  detectParallel: boolean;
}

interface Sentence extends Span {
  body: string;
}

const NUMBERED = /(^|\n)((?:[一二三四五六七八九十]{1,3}、)|(?:[（(][一二三四五六七八九十]{1,3}[）)]))([^。！？\n]{2,60})/g;
const ENUMERATION = /(^|[。！？；\n])\s*([一二三四五六七八九十]{1,3}是)([^。！？；\n]{2,40})/g;
const MAX_HEADING = 26;
const MAX_PART = 13;

export function findSubMeasures(input: SubMeasureInput): SubMeasure[] {
  const found = new Map<number, SubMeasure>();
  // Detectors run from the most specific; a heading another one already found (一是组织联建 → 组织联建) is not added twice.
  const add = (m: SubMeasure) => {
    if (m.start < input.bodyStart) return;
    for (const f of found.values()) if (m.start < f.end && f.start < m.end) return;
    found.set(m.start, m);
  };
  const numbered = matches(input.text, NUMBERED);
  for (const m of numbered) add({ ...m, level: 1 });
  for (const m of matches(input.text, ENUMERATION)) add({ ...m, level: numbered.length > 0 ? 2 : 1 });
  const sentences = splitSentences(input.text, input.bodyStart);
  for (const s of sentences) {
    if (input.emphasis.some((e) => e.start < s.end && s.start < e.end) && isHeadingLike(s.body)) {
      add({ title: s.body, start: s.start, end: s.end, level: 1 });
    }
  }
  if (input.detectParallel) {
    for (const s of parallelHeadings(sentences, input.emphasis)) add({ title: s.body, start: s.start, end: s.end, level: 1 });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
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

function splitSentences(text: string, from: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, body });
  }
  return out;
}

function isHeadingLike(body: string): boolean {
  const parts = body.split(/[，,]/);
  return (
    unquoted(body).length <= MAX_HEADING && parts.length <= 2 && parts.every((p) => unquoted(p).length <= MAX_PART) &&
    !/[0-9的了；：、（）]/.test(body)
  );
}

/** The sentence's shape: lengths of its comma-separated parts, quotes not counted. */
function shape(body: string): number[] {
  return body.split(/[，,]/).map((p) => unquoted(p).length);
}

function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => Math.abs(n - (b[i] ?? 0)) <= 1);
}

function parallelHeadings(sentences: Sentence[], emphasis: Span[]): Sentence[] {
  // The last sentence closes the item; it is never a heading.
  const candidates = sentences.slice(0, -1).filter((s) => isHeadingLike(s.body));
  const first = sentences[0];
  const headings: Sentence[] = [];
  for (const c of candidates) {
    const group = candidates.filter((o) => sameShape(shape(o.body), shape(c.body)));
    const anchored = group.some((o) => o === first || emphasis.some((e) => e.start < o.end && o.start < e.end));
    if (group.length >= 3 || (group.length === 2 && anchored)) headings.push(c);
  }
  return headings;
}

function unquoted(text: string): string {
  return text.replace(/[“”‘’"'《》\s]/g, '');
}
