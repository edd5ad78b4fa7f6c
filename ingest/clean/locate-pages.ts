/** Page starts counted in ink characters (read-pages) → offsets in the cleaned text. */
import type { InkPageStart } from './read-pages';

/** A source page that begins at `start` in the cleaned text. */
export interface PageStart {
  start: number;
  page: number;
}

export function locatePages(text: string, starts: InkPageStart[]): PageStart[] {
  const pages: PageStart[] = [];
  let next = 0;
  let ink = 0;
  for (let offset = 0; offset < text.length && next < starts.length; offset++) {
    if (isSpace(text.charCodeAt(offset))) continue;
    while (next < starts.length && (starts[next] as InkPageStart).ink <= ink) {
      const page = (starts[next] as InkPageStart).page;
      // A page with no text of its own (blank, or only an image) begins where the next one does: the later wins.
      if (pages[pages.length - 1]?.start === offset) pages.pop();
      pages.push({ start: pages.length === 0 ? 0 : offset, page });
      next++;
    }
    ink++;
  }
  return pages;
}

/** The characters of the regular expression class \s, tested by code (this runs once per character of every text). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
