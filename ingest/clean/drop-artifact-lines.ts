/**
 * Removes lines that PDF extraction adds and that are not part of the text: page marks (— 3 —, - 3 -, 第 3 页),
 * bare page numbers, and table-of-contents entries with dot leaders and page numbers.
 */

export interface SourceLine {
  text: string;
  /** Started with full-width or double spaces: typeset indentation, which begins a paragraph. */
  indented: boolean;
}

const PAGE_MARK = [
  /^[—–\-－~～_]+\s*\d{1,4}\s*[—–\-－~～_]+$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^\d{1,3}$/,
];
const DOT_LEADER = /(?:[.．·•…]{3,}|(?:\.\s){3,}|…{2,})\s*\d{1,4}\s*$/;
const ONLY_DOT_LEADER = /^(?:[.．·•…\s]{3,})\d{1,4}$/;

/** The page number a printed page mark (— 3 —, 第 3 页, 3 / 10, a bare 3) shows; null when the line is not one. */
export function pageMarkNumber(line: string): number | null {
  if (!PAGE_MARK.some((re) => re.test(line))) return null;
  return Number(/\d+/.exec(line)?.[0]);
}

export function dropArtifactLines(lines: string[]): SourceLine[] {
  const kept: SourceLine[] = [];
  for (const raw of lines) {
    const text = raw.trim();
    if (text === '') {
      kept.push({ text: '', indented: false });
      continue;
    }
    if (pageMarkNumber(text) !== null) continue;
    if (ONLY_DOT_LEADER.test(text)) {
      // The entry's own text sits on the line before its leader: it belongs to the contents too.
      dropLastNonBlank(kept);
      continue;
    }
    if (DOT_LEADER.test(text)) continue;
    kept.push({ text, indented: /^(\u3000|\s{2,})\S/.test(raw) });
  }
  return kept;
}

function dropLastNonBlank(lines: SourceLine[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]?.text !== '') {
      lines.splice(i, 1);
      return;
    }
  }
}
