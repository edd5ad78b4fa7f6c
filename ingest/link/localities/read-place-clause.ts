/**
 * The places a clause is about: a clause that opens with a place framed by 在…， or 以…为例，, or with places that act
 * (湖州市推行…, 天水、平凉等地推行…), is that place's own text — a report citing several places' experience gives each
 * its own clause. Words are data (`shortNameContext` in locality-suffixes.json: clauseOpeners, frames, listSeparators,
 * listEnds, clauseBreaks, adverbs, subjectVerbs).
 */
import type { LocalityMention, MentionReader } from './find-locality-mentions';
import type { LocalityContext } from './locality-context';
import type { ContextWords } from './locality-words';

/** A clause of `text` read from `pos` with the mention reader of that text. */
export interface PlaceClauseInput {
  text: string;
  pos: number;
  reader: MentionReader;
  words: ContextWords;
  context: LocalityContext;
}

/** More items than this make a list of places to visit or compare, not the subjects of one clause. */
const MAX_LIST = 8;

/** The places named from `pos` on, joined by list separators; `end` is where the list stops. */
function readList(input: PlaceClauseInput, pos: number): { places: LocalityMention[]; end: number } {
  const { text, reader, words } = input;
  const places: LocalityMention[] = [];
  let at = pos;
  for (;;) {
    const mention = reader.at(at);
    if (mention === null) break;
    places.push(mention);
    at = mention.end;
    const separator = words.listSeparators.find((s) => text.startsWith(s, at));
    if (separator === undefined || places.length >= MAX_LIST || reader.at(at + separator.length) === null) break;
    at += separator.length;
  }
  const end = places.length === 0 ? pos : (places[places.length - 1] as LocalityMention).end;
  const close = words.listEnds.find((w) => text.startsWith(w, end));
  return { places, end: close === undefined ? end : end + close.length };
}

/** The places the clause starting at `pos` is about (in text order), or none. */
export function readPlaceClause(input: PlaceClauseInput): LocalityMention[] {
  const { text, pos, words } = input;
  const opener = words.clauseOpeners.find((w) => text.startsWith(w, pos));
  if (opener !== undefined) {
    // 在浙江省安吉县，… : the place, then the clause goes on (在北京召开… is a place named inside a clause).
    const { places, end } = readList(input, pos + opener.length);
    if (places.length > 0 && words.breaks.has(text.charAt(end))) return places;
  }
  for (const [open, close] of words.frames) {
    if (!text.startsWith(open, pos)) continue;
    const { places, end } = readList(input, pos + open.length);
    if (places.length > 0 && text.startsWith(close, end) && words.breaks.has(text.charAt(end + close.length)))
      return places;
  }
  const { places, end } = readList(input, pos);
  return places.length > 0 && input.context.actsAfter(text, end) ? places : [];
}
