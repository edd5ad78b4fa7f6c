/**
 * Radical code points → the ideographs they look like. PDF fonts (Chromium's and many Office exports of CJK fonts)
 * map some glyphs to the Kangxi radicals (⼯ U+2F2F for 工, ⽉ for 月) or the radicals supplement (⻓ for 长) in their
 * ToUnicode tables; read as is, 工作 and 长 would never match a lexicon, a place or a date. Kangxi radicals all have a
 * compatibility mapping (NFKC); the supplement's whole-character radicals are listed in reading.json. Nothing else is
 * normalized, so full-width punctuation keeps its form.
 */

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

export function normalizeIdeographs(text: string, supplement: ReadonlyMap<string, string>): string {
  return text.replace(RADICALS, (ch) => supplement.get(ch) ?? ch.normalize('NFKC'));
}
