/** The source page on which an offset of the cleaned text stands, from the clean stage's page starts. */
import type { PageStart } from '../clean/locate-pages';

/** Null when the source has no pages; offsets before the first start belong to the first page. */
export function pageAt(pages: readonly PageStart[], offset: number): number | null {
  if (pages.length === 0) return null;
  let low = 0;
  let high = pages.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pages[mid] as PageStart).start <= offset) low = mid;
    else high = mid - 1;
  }
  return (pages[low] as PageStart).page;
}
