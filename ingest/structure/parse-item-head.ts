/**
 * Splits an item's opening sentence into the locality phrase as written and the title:
 * "潜山市：做实党员“双报到”，激活社区“微治理”。" → 潜山市 / 做实党员“双报到”，激活社区“微治理”;
 * "岳西县将党支部联系点建为示范点。" → 岳西县 / the whole sentence (the place is part of it).
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';

export interface ItemHead {
  localityPhrase: string | null;
  title: string;
  /** Where the title sits in the text given. */
  titleSpan: Span;
  /** Where the head sentence ends (after its full stop): the body starts here. */
  headEnd: number;
}

const SENTENCE_END = /[。！？!?]/;
const COLON = /[：:]/;
const HEAD_MAX = 30;

/** `text` starts right after the item marker. */
export function parseItemHead(text: string, vocab: LayoutVocabulary): ItemHead {
  const endMatch = SENTENCE_END.exec(text);
  const newline = text.indexOf('\n');
  let sentenceEnd = endMatch ? endMatch.index : text.length;
  if (newline >= 0 && newline < sentenceEnd) sentenceEnd = newline;
  const headEnd = endMatch && endMatch.index === sentenceEnd ? sentenceEnd + 1 : sentenceEnd;
  const sentence = text.slice(0, sentenceEnd);
  const colon = COLON.exec(sentence);
  if (colon && colon.index > 0 && colon.index <= HEAD_MAX && !/[，,。；、]/.test(sentence.slice(0, colon.index))) {
    const start = skipSpaces(text, colon.index + 1);
    return {
      localityPhrase: sentence.slice(0, colon.index).trim(),
      title: trimTitle(text.slice(start, sentenceEnd)),
      titleSpan: { start, end: start + trimTitle(text.slice(start, sentenceEnd)).length },
      headEnd,
    };
  }
  const units = vocab.leadingLocality.exec(sentence);
  const title = trimTitle(sentence);
  return {
    localityPhrase: units && units[0].length < sentence.length ? units[0] : null,
    title,
    titleSpan: { start: 0, end: title.length },
    headEnd,
  };
}

function skipSpaces(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
}

function trimTitle(title: string): string {
  return title.replace(/\s+$/, '');
}
