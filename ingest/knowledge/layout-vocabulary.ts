/** Loads and validates `layout.json`: the bulletin layout words (markers, footers, sections) the clean and structure stages use. */
import { readFileSync } from 'fs';
import path from 'path';
import { loadArticleLayout, type ArticleLayout } from './article-layout';

export interface LayoutVocabulary {
  itemMarkers: string[];
  footerPrefixes: string[];
  footerPatterns: RegExp[];
  sectionNames: string[];
  sectionSuffixes: string[];
  editorNoteHeads: string[];
  leaderInstructionHeads: string[];
  exchangeMaterialWords: string[];
  exchangeSectionName: string;
  bulletinTitleWords: string[];
  publisherWords: string[];
  /** Words after a publisher's name on the masthead (中共某县委组织部编). */
  publisherTrailers: string[];
  /** Words after the organization in an attribution (（某县委组织部 供稿）). */
  attributionCredits: string[];
  /** Labels before the organization in an attribution (（来源：某县委组织部）). */
  attributionSources: string[];
  /** A person's byline in an attribution (通讯员 李明): it and what follows name no organization. */
  bylineWords: string[];
  authorLineSuffixes: string[];
  localityUnitSuffixes: string[];
  /** Matches a run of administrative units at the start of a sentence (酒泉市金塔县…), built from the suffixes. */
  leadingLocality: RegExp;
  /** The words of articles and web pages: source lines, bylines, datelines, page marks, catalogue fields. */
  article: ArticleLayout;
}

export const DEFAULT_LAYOUT_PATH = path.join(__dirname, 'layout.json');

const LIST_FIELDS = [
  'itemMarkers',
  'footerPrefixes',
  'footerPatterns',
  'sectionNames',
  'sectionSuffixes',
  'editorNoteHeads',
  'leaderInstructionHeads',
  'exchangeMaterialWords',
  'bulletinTitleWords',
  'publisherWords',
  'publisherTrailers',
  'attributionCredits',
  'attributionSources',
  'bylineWords',
  'authorLineSuffixes',
  'localityUnitSuffixes',
] as const;

export function loadLayoutVocabulary(file: string = DEFAULT_LAYOUT_PATH): LayoutVocabulary {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`loadLayoutVocabulary: ${file}: ${(error as Error).message}`);
  }
  const lists: Record<string, string[]> = {};
  for (const field of LIST_FIELDS) {
    const value = raw[field];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
      throw new Error(`loadLayoutVocabulary: ${file}: "${field}" must be a list of non-empty strings`);
    }
    lists[field] = value as string[];
  }
  if (typeof raw.exchangeSectionName !== 'string') {
    throw new Error(`loadLayoutVocabulary: ${file}: "exchangeSectionName" must be a string`);
  }
  const footerPatterns = (lists.footerPatterns ?? []).map((source) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new Error(`loadLayoutVocabulary: ${file}: bad footer pattern ${source}: ${(error as Error).message}`);
    }
  });
  const maxUnit = raw.localityUnitMaxLength;
  if (typeof maxUnit !== 'number' || maxUnit < 1) {
    throw new Error(`loadLayoutVocabulary: ${file}: "localityUnitMaxLength" must be a positive number`);
  }
  const suffixes = [...(lists.localityUnitSuffixes ?? [])].sort((a, b) => b.length - a.length).join('|');
  const leadingLocality = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,${maxUnit}}?(?:${suffixes}))+`);
  return {
    ...(lists as unknown as LayoutVocabulary),
    footerPatterns,
    exchangeSectionName: raw.exchangeSectionName,
    leadingLocality,
    article: loadArticleLayout(raw, file),
  };
}
