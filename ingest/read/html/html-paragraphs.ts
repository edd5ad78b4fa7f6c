/**
 * An HTML element's content → paragraphs with bold runs: block elements (p, div, li, headings, table rows…) end a
 * paragraph, <br> breaks a line, headings h1–h4 and <strong>/<b> (or an inline bold font weight) are bold; scripts,
 * styles, forms and media are skipped. Used for web pages and for DOCX, which mammoth turns into HTML.
 */
import type { SourceParagraph, TextSegment } from '../compose-source-text';
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom-types';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'IMG',
  'HEAD',
]);
const BOLD = new Set(['B', 'STRONG', 'H1', 'H2', 'H3', 'H4']);
const CELLS = new Set(['TD', 'TH']);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;

export function htmlParagraphs(root: DomNode): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let current: TextSegment[] = [];
  const flush = () => {
    if (current.some((s) => s.text.trim() !== '')) paragraphs.push({ segments: current });
    current = [];
  };
  const walk = (node: DomNode, bold: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      // HTML collapses runs of ASCII whitespace; U+3000 and no-break spaces are text and stay.
      current.push({ text: (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '), bold });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current.push({ text: '\n', bold: false });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const inBold = bold || BOLD.has(tag) || BOLD_STYLE.test(node.getAttribute?.('style') ?? '');
    for (const child of Array.from(node.childNodes)) walk(child, inBold);
    if (CELLS.has(tag)) current.push({ text: ' ', bold: false });
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs;
}
