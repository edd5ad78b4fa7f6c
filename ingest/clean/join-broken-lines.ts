/**
 * Rebuilds paragraphs from PDF-extracted lines. A line break is not a paragraph break: text was wrapped at
 * the page width, often with blank lines between every line. A paragraph ends where a line stops short of
 * the width after closing a sentence, where a heading-like short line stands alone, where a line is set in two
 * columns, or where the next line starts something new (an item marker, a numbered heading, a footer, a section name,
 * a line of the document's metadata).
 * Text typed or pasted without any indentation has two more shapes: every line a whole paragraph (its long lines end
 * sentences, and the text is not wrapped at a width), then every line stands alone, a headline too; and blank lines
 * between some lines only (not between every line, as PDF extraction puts them), then a blank line ends a paragraph.
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
/** Share of the prose lines that must end a sentence for an unwrapped text's lines to be paragraphs. */
const WHOLE_LINE_SHARE = 0.8;
/** Below this share of line breaks with a blank line, blank lines separate paragraphs rather than every line. */
const BLANK_BREAK_SHARE = 0.5;
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d))/;

export function joinBrokenLines(lines: SourceLine[], vocab: LayoutVocabulary): string[] {
  const content = lines.filter((l) => l.text !== '');
  const widths = content.map((l) => displayWidth(l.text));
  const wrapped = isWrappedLayout(widths);
  // Indentation marks paragraphs where the text has it (PDF, Word and web readers set it); the shape is read without.
  const unindented = !content.some((l) => l.indented);
  const wholeLines = unindented && !wrapped && linesAreParagraphs(content);
  const blankAfter = blankLinesAfter(lines);
  const blankBreaks = unindented && separatesParagraphs(blankAfter);
  // Metadata lines (source lines, bylines, datelines …) stand alone, and a run-in dateline starts a paragraph.
  const metadata = content.map((l) => readMetadataLine(l.text.replace(/\*\*/g, ''), vocab));
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as SourceLine;
    current = current === '' ? line.text : glue(current, line.text);
    const next = content[i + 1];
    const alone =
      metadata[i]?.keepFrom === null ||
      metadata[i + 1] != null ||
      wholeLines ||
      (blankBreaks && blankAfter[i] === true);
    if (!next || alone || !continues({ text: line.text, at: i, next }, { widths, wrapped, vocab })) {
      paragraphs.push(current);
      current = '';
    }
  }
  return paragraphs;
}

/** The lines' shape, read once for the whole text: display widths by line, whether the text is wrapped at a width. */
interface TextShape {
  widths: number[];
  wrapped: boolean;
  vocab: LayoutVocabulary;
}

/** Whether the line `text` (at index `at`) runs on into `next`. */
function continues(
  { text, at: i, next }: { text: string; at: number; next: SourceLine },
  { widths, wrapped, vocab }: TextShape,
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
  // A line short of its neighbours without a comma or stop is a headline (城中区：“红色管家”管出新气象), not a broken
  // sentence; nor is a short line without prose punctuation (a heading, a title or a signature).
  if (!SENTENCE_PUNCTUATION.test(text) && width < localWidth(widths, i) - WIDTH_SLACK) return false;
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
  return (
    vocab.sectionNames.includes(text) || vocab.leaderInstructionHeads.includes(text) || /^[（(].*[）)]$/.test(text)
  );
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

/**
 * The lines of prose (with sentence punctuation) mostly end a sentence: the text was typed one paragraph per line, the
 * others being headlines and sub-headings. A line wrapped at a width ends inside a sentence, after a comma or none.
 */
function linesAreParagraphs(content: SourceLine[]): boolean {
  const prose = content.filter((l) => SENTENCE_PUNCTUATION.test(l.text));
  return prose.length > 0 && prose.filter((l) => PARAGRAPH_END.test(l.text)).length >= prose.length * WHOLE_LINE_SHARE;
}

/** For each content line, whether a blank line stands between it and the next content line. */
function blankLinesAfter(lines: SourceLine[]): boolean[] {
  const after: boolean[] = [];
  let pending = false;
  for (const line of lines) {
    if (line.text === '') {
      pending = true;
      continue;
    }
    if (after.length > 0) after[after.length - 1] = pending;
    after.push(false);
    pending = false;
  }
  return after;
}

/** Blank lines at some line breaks only: they part paragraphs. At (nearly) every break they are the extraction's. */
function separatesParagraphs(blankAfter: boolean[]): boolean {
  const breaks = blankAfter.slice(0, -1);
  const blank = breaks.filter(Boolean).length;
  return blank > 0 && blank < breaks.length * BLANK_BREAK_SHARE;
}

/** Joins a wrapped line to its predecessor: no space between CJK text, one between two Latin words. */
function glue(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}
