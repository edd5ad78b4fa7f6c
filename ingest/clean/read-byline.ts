/**
 * Recognises a byline standing on its own line — 本报记者 张三 通讯员 李四, 记者 王五 报道, 文/图 赵六, 新华社记者 钱七,
 * 孙八 摄 — so it is kept out of the practice text. The line must start with a reporter word (or end with a trailer
 * such as 摄 after a space) and hold nothing but names, or a unit's name before them, between reporter words:
 * "记者从浏阳市委组织部获悉" is a sentence, not a byline.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';

const BYLINE_MAX = 60;
const SEPARATORS = /[\s、/／()（）]+/;
const PERSON = /^[\u4e00-\u9fff·]{2,5}$/;
const UNIT = /^[\u4e00-\u9fff]{3,14}$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z.-]{1,20}$/;

/** The names a byline credits (persons and units), or null when `text` is no byline. */
export function readByline(text: string, vocab: LayoutVocabulary): string[] | null {
  const { reporterWords, bylineTrailers } = vocab.article;
  if (text.length > BYLINE_MAX || /[。！？!?：:，,；;]/.test(text)) return null;
  // 新华社记者 张三: the agency names the paper, not a person.
  const agency = vocab.article.agencies.find(
    (a) => text.startsWith(a) && reporterWords.some((w) => text.startsWith(w, a.length)),
  );
  // 张 三: a two-character name set letter-spaced is one name.
  let rest = (agency === undefined ? text : text.slice(agency.length)).replace(
    /(^|\s)(\p{Script=Han}) (\p{Script=Han})(?=\s|$)/gu,
    '$1$2$3',
  );
  // 张三 李四 摄 / 王五报道: names closed by a trailer are a byline too.
  const trailed = /\s/.test(rest) && bylineTrailers.some((t) => rest.endsWith(t));
  if (!reporterWords.some((w) => rest.startsWith(w)) && !trailed) return null;
  for (const word of reporterWords) rest = rest.split(word).join(' ');
  const names: string[] = [];
  for (let token of rest.split(SEPARATORS)) {
    const trailer = bylineTrailers.find((t) => token.endsWith(t));
    if (trailer !== undefined) token = token.slice(0, -trailer.length);
    if (token === '') continue;
    if (!(PERSON.test(token) || LATIN_NAME.test(token) || (UNIT.test(token) && isUnit(token, vocab)))) return null;
    names.push(token);
  }
  return names.length > 0 ? names : null;
}

function isUnit(token: string, vocab: LayoutVocabulary): boolean {
  return [...vocab.publisherWords, ...vocab.authorLineSuffixes].some((w) => token.endsWith(w));
}
