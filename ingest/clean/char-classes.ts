/** Character classes of Chinese typesetting that the cleaning rules reason about. */

/** Ideographs plus full-width punctuation and forms: characters that occupy a full cell in print. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2010 && c <= 0x2027) ||
    c >= 0x20000
  );
}

/** Printed width in half-width cells: PDF line wrapping happens at a fixed width in these units. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/** Punctuation that can end a paragraph (closing quotes and brackets count when they close a sentence). */
export const PARAGRAPH_END = /[。！？!?；;…”’」』）)】]$/;

/** Punctuation that shows a line is running prose rather than a heading. */
export const PROSE_PUNCTUATION = /[，。；：！？、,;:]/;

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
export const CJK_OR_PUNCT = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uff60\\u2018-\\u201f';
