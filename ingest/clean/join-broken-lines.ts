/**
 * Rebuilds paragraphs from PDF-extracted lines. A line break is not a paragraph break: text was wrapped at
 * the page width, often with blank lines between every line. A paragraph ends where a line stops short of
 * the width after closing a sentence, where a heading-like short line stands alone, where a line is set in two
 * columns, or where the next line starts something new (an item marker, a numbered heading, a footer, a section name,
 * a line of the document's metadata).
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import { displayWidth, PARAGRAPH_END, PROSE_PUNCTUATION } from './char-classes';
import type { SourceLine } from './drop-artifact-lines';
import { readMetadataLine } from './read-metadata-line';

/** Half-width cells a wrapped line may fall short of the width (wide quotes, digits and kerning vary). */
const WIDTH_SLACK = 5;
const NEIGHBOURHOOD = 4;
/** Share of lines that must sit at the common width for the text to count as wrapped. */
const WRAPPED_SHARE = 0.35;
/** Lines wider than the common width that wrapped text may still have (two-column masthead lines), per line at it. */
const WIDER_SHARE = 0.1;

const LIST_BULLET = /^[-•·*]\s/;
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;
/** Text, a wide gap, text: two columns set on one line (publisher … date in a masthead), never a wrapped sentence. */
const COLUMN_GAP = /\S(?: {4,}|\u3000{2,}|\t)\S/;
/**
 * A quotation opened near the line's end and not closed: at most 12 characters after the opening mark, none of them a
 * mark or sentence punctuation (a long quoted speech may run on over paragraphs, each opening with “ and none closed).
 */
const OPEN_NAME_AT_END = /[“「『][^“”「」『』，。；！？,;!?：:]{1,12}$/;
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d))/;

export function joinBrokenLines(lines: SourceLine[], vocab: LayoutVocabulary): string[] {
  const content = lines.filter((l) => l.text !== '');
  const widths = content.map((l) => displayWidth(l.text));
  const wrapped = isWrappedLayout(widths);
  // Metadata lines (source lines, bylines, datelines …) stand alone, and a run-in dateline starts a paragraph.
  const metadata = content.map((l) => readMetadataLine(l.text.replace(/\*\*/g, ''), vocab));
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as SourceLine;
    current = current === '' ? line.text : glue(current, line.text);
    const next = content[i + 1];
    const alone = metadata[i]?.keepFrom === null || metadata[i + 1] != null;
    if (!next || alone || !continues(line.text, widths, i, next, wrapped, vocab)) {
      paragraphs.push(current);
      current = '';
    }
  }
  return paragraphs;
}

function continues(
  text: string,
  widths: number[],
  i: number,
  next: SourceLine,
  wrapped: boolean,
  vocab: LayoutVocabulary,
): boolean {
  if (next.indented || startsStructure(next.text, vocab)) return false;
  if (COLUMN_GAP.test(text) || COLUMN_GAP.test(next.text)) return false;
  // “屋场恳谈 | 会”让群众…: a short quotation left open at the line's end is a name broken by the wrap, whatever the width.
  if (OPEN_NAME_AT_END.test(text)) return true;
  if (startsStructure(text, vocab) && isShortHeading(text, vocab)) return false;
  const width = widths[i] ?? 0;
  const full = wrapped && width >= localWidth(widths, i) - WIDTH_SLACK;
  // ◇ 沙县区：“小吃+党建”助推乡村振兴 — a marked headline short of the width, with no sentence punctuation, stands alone.
  if (!full && startsStructure(text, vocab) && !SENTENCE_PUNCTUATION.test(text)) return false;
  if (PARAGRAPH_END.test(text)) return full;
  if (full) return true;
  // A short line without prose punctuation is a heading, a title or a signature, not a broken sentence.
  return PROSE_PUNCTUATION.test(text) || width >= 40;
}

function startsStructure(text: string, vocab: LayoutVocabulary): boolean {
  const bare = text.replace(/^\*\*/, '');
  if (vocab.itemMarkers.some((m) => bare.startsWith(m))) return true;
  if (bare.startsWith('【') || NUMBERED_HEADING.test(bare) || LIST_BULLET.test(bare)) return true;
  if (vocab.footerPrefixes.some((p) => bare.startsWith(p))) return true;
  if (vocab.editorNoteHeads.some((h) => bare.startsWith(h))) return true;
  if (vocab.leaderInstructionHeads.some((h) => bare.startsWith(h))) return true;
  if (/^[（(][^（）()]{2,30}[）)]$/.test(bare)) return true;
  return vocab.sectionNames.includes(bare);
}

function isShortHeading(text: string, vocab: LayoutVocabulary): boolean {
  return vocab.sectionNames.includes(text) || vocab.leaderInstructionHeads.includes(text) || /^[（(].*[）)]$/.test(text);
}

/** The widest of the surrounding lines: the page (or column) width in force around line i. */
function localWidth(widths: number[], i: number): number {
  let max = 0;
  for (let k = Math.max(0, i - NEIGHBOURHOOD); k <= Math.min(widths.length - 1, i + NEIGHBOURHOOD); k++) {
    max = Math.max(max, widths[k] ?? 0);
  }
  return max;
}

/** Wrapped text has many lines of (nearly) the same width and hardly any wider; one-paragraph-per-line text does not. */
function isWrappedLayout(widths: number[]): boolean {
  const long = widths.filter((w) => w >= 20);
  if (long.length < 4) return false;
  const counts = new Map<number, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let mode = 0;
  for (const [w, n] of counts) {
    if (n > best) [best, mode] = [n, w];
  }
  const near = long.filter((w) => Math.abs(w - mode) <= WIDTH_SLACK).length;
  // Wrapped text has (almost) no line wider than its width; one paragraph per line has many, among a few headings
  // that happen to share a width.
  const wider = long.filter((w) => w > mode + 2 * WIDTH_SLACK).length;
  return near / widths.length >= WRAPPED_SHARE && wider <= near * WIDER_SHARE;
}

/** Joins a wrapped line to its predecessor: no space between CJK text, one between two Latin words. */
function glue(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}
