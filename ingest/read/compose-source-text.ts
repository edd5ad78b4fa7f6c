/**
 * Paragraphs of a paged or flowing source → SourceText's text conventions (see `SourceText`): a blank line between
 * paragraphs, the typeset two-character indent at the start of each (not on a paragraph continued from the previous
 * page), `**…**` around bold runs, and a form feed line between pages.
 */

export interface TextSegment {
  text: string;
  bold: boolean;
}

export interface SourceParagraph {
  segments: TextSegment[];
  /** The paragraph goes on from the previous page: no indent, so the clean stage joins the two halves. */
  continued?: boolean;
}

const INDENT = '\u3000\u3000';

export function composeSourceText(pages: SourceParagraph[][]): string {
  return pages
    .map((paragraphs) =>
      paragraphs
        .map((p) => ({ text: paragraphText(p.segments), continued: p.continued === true }))
        .filter((p) => p.text !== '')
        .map((p) => (p.continued ? p.text : INDENT + p.text))
        .join('\n\n'),
    )
    .join('\n\f\n');
}

/** Segments → text: bold runs wrapped in `**`, lines trimmed, empty lines dropped. */
function paragraphText(segments: TextSegment[]): string {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && (last.bold === segment.bold || segment.text.trim() === '')) last.text += segment.text;
    else merged.push({ ...segment });
  }
  const text = merged.map((s) => (s.bold ? boldRun(s.text) : s.text)).join('');
  return text
    .split('\n')
    .map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
    .filter((line) => line !== '' && line !== '****')
    .join('\n');
}

/** `**` hugs the text: whitespace and line breaks stay outside the markers, where the clean stage expects them. */
function boldRun(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const core = line.trim();
      if (core === '') return line;
      const start = line.indexOf(core);
      return `${line.slice(0, start)}**${core}**${line.slice(start + core.length)}`;
    })
    .join('\n');
}
