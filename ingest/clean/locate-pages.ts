/** Page starts counted in ink characters (read-pages) → offsets in the cleaned text. */
import { isSpace } from './space-code';
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
