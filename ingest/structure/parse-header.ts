/**
 * Reads the masthead of a bulletin — title (安庆组工信息), issue (第 37 期), date (2023 年 12 月 12 日),
 * publisher (中共安庆市委组织部研究室) — from the paragraphs before the first content. A field that is not
 * printed stays null: nothing is guessed from the file name or the items.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
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
const DATE = new RegExp(`(${NUM}{4})\\s*年\\s*(${NUM}{1,3})\\s*月\\s*(${NUM}{1,3})\\s*日`);
const DATE_ISO = /(20\d{2}|19\d{2})[-./](\d{1,2})[-./](\d{1,2})/;
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
    const date = DATE.exec(rest) ?? DATE_ISO.exec(rest);
    if (date && header.date === null) {
      header.date = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '');
      rest = rest.replace(date[0], ' ');
      matched = matched || header.date !== null;
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
  return text.length <= 16 && !/[，,：:]/.test(text) && !vocab.sectionNames.includes(text) && vocab.bulletinTitleWords.some((w) => text.endsWith(w));
}

/** 中共某县委组织部编 → 中共某县委组织部. */
function withoutTrailer(text: string, vocab: LayoutVocabulary): string {
  const trailer = vocab.publisherTrailers.find((t) => text.endsWith(t) && text.length > t.length + 1);
  return trailer === undefined ? text : text.slice(0, -trailer.length);
}

function isPublisher(text: string, vocab: LayoutVocabulary): boolean {
  return text.length <= 30 && !/[，,：:]/.test(text) && vocab.publisherWords.some((w) => text.endsWith(w));
}

function isoDate(y: string, m: string, d: string): string | null {
  const [year, month, day] = [y, m, d].map((part) => parseChineseNumeral(toAsciiDigits(part)));
  if (year == null || month == null || day == null) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}
