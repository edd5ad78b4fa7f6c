/**
 * Raw text → its lines without artifacts (dropArtifactLines), and where each source page begins, counted in "ink":
 * characters other than whitespace and bold markers, which every later cleaning step keeps. Pages are physical
 * where the reader marked them with form feeds (PDF); otherwise printed page marks (— 3 —, 第 3 页) end their page,
 * so the text after mark 3 is page 4 and the text before it page 3.
 */
import { dropArtifactLines, pageMarkNumber, type SourceLine } from './drop-artifact-lines';

/** The page that begins at the `ink`-th ink character of the cleaned text. */
export interface InkPageStart {
  ink: number;
  page: number;
}

export interface PagedLines {
  lines: SourceLine[];
  pages: InkPageStart[];
}

export function readPages(raw: string): PagedLines {
  const lines: SourceLine[] = [];
  const pages: InkPageStart[] = [];
  let ink = 0;
  for (const chunk of pageChunks(raw)) {
    const kept = dropArtifactLines(chunk.lines);
    if (chunk.page !== null) pages.push({ ink, page: chunk.page });
    for (const line of kept) ink += inkLength(line.text);
    lines.push(...kept);
  }
  return { lines, pages };
}

/** Characters that survive cleaning: all but whitespace and the `**` bold markers. */
export function inkLength(text: string): number {
  return text.replace(/\*\*/g, '').replace(/\s+/g, '').length;
}

function pageChunks(raw: string): { lines: string[]; page: number | null }[] {
  if (raw.includes('\f')) return raw.split('\f').map((chunk, i) => ({ lines: chunk.split('\n'), page: i + 1 }));
  const chunks: { lines: string[]; mark: number | null }[] = [{ lines: [], mark: null }];
  let lastMark = 0;
  for (const line of raw.split('\n')) {
    const current = chunks[chunks.length - 1] as { lines: string[]; mark: number | null };
    current.lines.push(line);
    const mark = pageMarkNumber(line.trim());
    // Only a rising number is a page's end: a stray number in the text is no page break.
    if (mark !== null && mark > lastMark) {
      current.mark = mark;
      lastMark = mark;
      chunks.push({ lines: [], mark: null });
    }
  }
  if (lastMark === 0) return [{ lines: raw.split('\n'), page: null }];
  let previous = 0;
  return chunks.map((chunk) => {
    const page = chunk.mark ?? previous + 1;
    previous = page;
    return { lines: chunk.lines, page };
  });
}

/** A run of `length` ink characters, starting at the `at`-th, that a later cleaning step took out of the text. */
export interface RemovedInk {
  at: number;
  length: number;
}

/** Page starts with the removed ink counted out: a page that began inside a removed run begins where the run was. */
export function withoutRemovedInk(pages: readonly InkPageStart[], removed: readonly RemovedInk[]): InkPageStart[] {
  if (removed.length === 0) return [...pages];
  let r = 0;
  let before = 0;
  return pages.map(({ ink, page }) => {
    while (r < removed.length && (removed[r] as RemovedInk).at + (removed[r] as RemovedInk).length <= ink) {
      before += (removed[r] as RemovedInk).length;
      r++;
    }
    const inside = r < removed.length && (removed[r] as RemovedInk).at < ink ? ink - (removed[r] as RemovedInk).at : 0;
    return { ink: ink - before - inside, page };
  });
}
