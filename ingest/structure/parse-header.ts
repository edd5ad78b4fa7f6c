/**
 * Reads the masthead of a bulletin — title (安庆组工信息), issue (第 37 期), date (2023 年 12 月 12 日),
 * publisher (中共安庆市委组织部研究室) — from the paragraphs before the first content, also letter-spaced (组 工 简 报,
 * 天长 组工信息) and with the issue in any common form (第3期, 总第126期, 2024年第3期). A field the masthead does not
 * print stays null here; the structure stage then looks at the document's metadata lines and the file's metadata.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import { findPrintedDates, toAsciiDigits } from '../clean/find-printed-dates';
import { parseChineseNumeral } from './chinese-numerals';

export interface BulletinHeader {
  title: string | null;
  issue: number | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  publisher: string | null;
}

export interface ParsedHeader {
  header: BulletinHeader;
  /** Indexes of the paragraphs the masthead occupies. */
  paragraphs: number[];
}

const NUM = '[0-9０-９一二三四五六七八九十百零〇○]';
const ISSUE = new RegExp(`(?:总\\s*第\\s*${NUM}+\\s*期\\s*)?第\\s*(${NUM}+)\\s*期`);
/** The masthead is short; anything this far down is content. */
const MAX_HEADER_PARAGRAPHS = 8;
const MAX_HEADER_LENGTH = 40;

export function parseHeader(paragraphs: string[], vocab: LayoutVocabulary): ParsedHeader {
  const header: BulletinHeader = { title: null, issue: null, date: null, publisher: null };
  const used: number[] = [];
  for (let i = 0; i < Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS); i++) {
    const text = closeLetterSpacing((paragraphs[i] ?? '').trim());
    if (text.length > MAX_HEADER_LENGTH || /[。；！？]/.test(text)) break;
    let rest = text;
    let matched = false;
    const issue = ISSUE.exec(rest);
    if (issue && header.issue === null) {
      header.issue = parseChineseNumeral(toAsciiDigits(issue[1] ?? ''));
      rest = rest.replace(issue[0], ' ');
      matched = true;
    }
    const date = findPrintedDates(rest)[0];
    if (date && header.date === null) {
      header.date = date.iso;
      rest = `${rest.slice(0, date.start)} ${rest.slice(date.end)}`;
      matched = true;
    }
    // 天长 组工信息 / 天 长 组工 信 息: a title printed with spaces inside it.
    const closed = rest.trim().replace(/[ \u3000]+/g, '');
    if (header.title === null && /^[\p{Script=Han} \u3000]+$/u.test(rest.trim()) && isTitle(closed, vocab)) {
      header.title = closed;
      rest = '';
      matched = true;
    }
    for (const part of rest.split(/\s+/).filter((p) => p.length >= 2)) {
      const publisher = withoutTrailer(part, vocab);
      if (header.publisher === null && isPublisher(publisher, vocab)) {
        header.publisher = publisher;
        matched = true;
      } else if (header.title === null && isTitle(part, vocab)) {
        header.title = part;
        matched = true;
      }
    }
    if (!matched) break;
    used.push(i);
  }
  return { header, paragraphs: used };
}

/** Mastheads space out their title: 组 工 简 报 → 组工简报 (only when every character stands alone). */
function closeLetterSpacing(text: string): string {
  return /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){2,}$/u.test(text) ? text.replace(/[ \u3000]+/g, '') : text;
}

function isTitle(text: string, vocab: LayoutVocabulary): boolean {
  return (
    text.length <= 16 &&
    !/[，,：:]/.test(text) &&
    !vocab.sectionNames.includes(text) &&
    vocab.bulletinTitleWords.some((w) => text.endsWith(w))
  );
}

/** 中共某县委组织部编 → 中共某县委组织部. */
function withoutTrailer(text: string, vocab: LayoutVocabulary): string {
  const trailer = vocab.publisherTrailers.find((t) => text.endsWith(t) && text.length > t.length + 1);
  return trailer === undefined ? text : text.slice(0, -trailer.length);
}

function isPublisher(text: string, vocab: LayoutVocabulary): boolean {
  return text.length <= 30 && !/[，,：:]/.test(text) && vocab.publisherWords.some((w) => text.endsWith(w));
}
