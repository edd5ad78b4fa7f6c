/**
 * A decoded web page → SourceText fields: the article, not the site (Mozilla's Readability over a linkedom
 * document drops navigation, share widgets, related links and footers), its headline as the first, bold paragraph,
 * and the page's metadata. Shared by the HTML and MHTML readers.
 */
import { Readability } from '@mozilla/readability';
import { composeSourceText, type SourceParagraph } from '../compose-source-text';
import type { TextEncoding } from '../decode-bytes';
import type { ReaderResult } from '../format-readers';
import { readFailure } from '../read-failure';
import type { DomDocument, DomNode } from './dom-types';
import type { ReadingKnowledge } from '../reading-knowledge';
import { htmlMetadata, metaTags } from './html-metadata';
import { htmlParagraphs } from './html-paragraphs';
import { loadLinkedom } from './load-linkedom';

/** Chinese says in 200 characters what Readability's default threshold (500, set for English) expects. */
const CHAR_THRESHOLD = 200;
/** Readability's own document type (the DOM library's Document where that library is loaded); linkedom's fits it. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
/** Fewer characters than a sentence are what is left of a page without an article (a home page, an index). */
const MIN_ARTICLE_CHARS = 30;

export interface HtmlPage {
  html: string;
  /** What the page was written in (its declared charset). */
  encoding: TextEncoding;
  /** Where it was saved from (an MHTML snapshot's location), when known. */
  url?: string;
  /** The meta names read as metadata (reading.json). */
  metaNames: ReadingKnowledge['html'];
}

export function htmlSource({ html, encoding, url, metaNames }: HtmlPage): ReaderResult {
  const document = loadLinkedom().parseHTML(html).document as unknown as DomDocument;
  const tags = metaTags(document);
  const documentTitle = document.title ?? '';
  // The serializer hands back the article's element itself: no second parse of its HTML.
  const article = new Readability<DomNode>(document as unknown as ReadabilityDocument, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node: DomNode) => node,
  }).parse();
  const articleChars = (article?.textContent ?? '').replace(/\s+/g, '').length;
  if (!article?.content || articleChars < MIN_ARTICLE_CHARS)
    return readFailure('NO_ARTICLE', 'no article text found in the page');
  const metadata = htmlMetadata(metaNames, {
    tags,
    documentTitle,
    articleTitle: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
  });
  if (url && !metadata.url) metadata.url = url;
  const paragraphs = withHeadline(htmlParagraphs(article.content), metadata.title);
  const text = composeSourceText([paragraphs]);
  if (text.trim() === '') return readFailure('NO_ARTICLE', 'no article text found in the page');
  return { ok: true, text, format: 'html', encoding, metadata };
}

/** Readability removes a headline that repeats the page title; the structure stage needs it as the text's first line. */
function withHeadline(paragraphs: SourceParagraph[], title: string | undefined): SourceParagraph[] {
  if (!title) return paragraphs;
  const squeeze = (s: string) => s.replace(/[\s*]/g, '');
  const first = paragraphs[0]?.segments.map((s) => s.text).join('') ?? '';
  if (squeeze(first).includes(squeeze(title))) return paragraphs;
  return [{ segments: [{ text: title, bold: true }] }, ...paragraphs];
}
