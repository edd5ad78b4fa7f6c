/** Tells what a cleaned paragraph is in the bulletin's layout: a masthead line, a section name, an item start, a footer… */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';

export type ParagraphKind =
  | 'marker' // △ / □ / ■ … item start
  | 'bracketItem' // 【潜山市】… item start with a bracketed head
  | 'bracketSection' // 【“基层治理”专题】 alone
  | 'numbered' // 一、… / （一）… / 1.… / （1）…
  | 'listBullet' // - … (tables of contents)
  | 'section' // 市内信息, 市外参考 …
  | 'editorNote' // 编者按：…
  | 'leaderInstruction' // 领导批示：…
  | 'footer' // 报：… 送：… 发：…
  | 'attribution' // （潜山市委组织部）
  | 'authorLine' // 中共桐城市委 (under a speech title)
  | 'heading' // a short line without prose punctuation
  | 'prose';

/**
 * The number that opens a numbered paragraph: 一、 （一） and Arabic 1. 1、 （1） — a digit right after the dot is a
 * decimal or a date (1.2万, 5.20), not a number. Shared by the structure stage (items, sections, titles).
 */
export const NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])/;
const ATTRIBUTION = /^[（(][^（）()]{2,40}[）)]$/;
const PROSE = /[，。；！？,;!?]/;
const HEADING_MAX = 36;

export function classifyParagraph(text: string, vocab: LayoutVocabulary): ParagraphKind {
  const bare = text.replace(/^\*\*/, '').trim();
  if (vocab.itemMarkers.some((m) => bare.startsWith(m))) return 'marker';
  if (vocab.footerPrefixes.some((p) => bare.startsWith(p)) || vocab.footerPatterns.some((re) => re.test(bare)))
    return 'footer';
  if (vocab.editorNoteHeads.some((h) => bare.startsWith(h))) return 'editorNote';
  if (vocab.leaderInstructionHeads.some((h) => bare.startsWith(h))) return 'leaderInstruction';
  if (/^【[^】]+】$/.test(bare)) return 'bracketSection';
  if (/^【[^】]{1,30}】./.test(bare)) return 'bracketItem';
  if (isSectionName(bare, vocab)) return 'section';
  if (NUMBERED.test(bare)) return 'numbered';
  if (/^[-•·*]/.test(bare) && bare.length <= 60) return 'listBullet';
  if (ATTRIBUTION.test(bare)) return 'attribution';
  if (bare.length <= HEADING_MAX && !PROSE.test(bare)) {
    return isAuthorLine(bare, vocab) ? 'authorLine' : 'heading';
  }
  return 'prose';
}

export function isSectionName(text: string, vocab: LayoutVocabulary): boolean {
  if (vocab.sectionNames.includes(text)) return true;
  return (
    text.length >= 4 &&
    text.length <= 8 &&
    !PROSE.test(text) &&
    !/\s/.test(text) &&
    vocab.sectionSuffixes.some((s) => text.endsWith(s) && text.length > s.length + 1) &&
    !vocab.bulletinTitleWords.some((w) => w.length >= 4 && text.endsWith(w))
  );
}

/** A signature such as 中共桐城市委 / 市金融局: short, no spaces, ending with an organization word. */
function isAuthorLine(text: string, vocab: LayoutVocabulary): boolean {
  return text.length <= 20 && !/\s/.test(text) && vocab.authorLineSuffixes.some((s) => text.endsWith(s));
}
