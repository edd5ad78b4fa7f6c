/** Whether search text should also be read as pinyin (kept apart from pinyin-match so the dictionary loads lazily). */
const PINYIN_QUERY = /^[a-z][a-z0-9' ]*$/i;

export function isPinyinQuery(text: string): boolean {
  return PINYIN_QUERY.test(text.trim());
}
