/**
 * The places a clause is about: a clause that opens with a place framed by 在…， or 以…为例，, or with places that act
 * (湖州市推行…, 天水、平凉等地推行…), is that place's own text — a report citing several places' experience gives each
 * its own clause. Words are data (`shortNameContext` in locality-suffixes.json: clauseOpeners, frames, listSeparators,
 * listEnds, clauseBreaks, adverbs, subjectVerbs).
 */
import type { LocalityMention, MentionReader } from './find-locality-mentions';
import { LOCALITY_KNOWLEDGE } from './gazetteer-names';
import { actsAfter } from './locality-context';

const CTX = LOCALITY_KNOWLEDGE.shortNameContext;
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const OPENERS = [...CTX.clauseOpeners].sort(byLengthDesc);
const SEPARATORS = [...CTX.listSeparators].sort(byLengthDesc);
const LIST_ENDS = [...CTX.listEnds].sort(byLengthDesc);
const BREAKS = new Set(CTX.clauseBreaks);
/** More items than this make a list of places to visit or compare, not the subjects of one clause. */
const MAX_LIST = 8;

/** The places named from `pos` on, joined by list separators; `end` is where the list stops. */
function readList(text: string, pos: number, reader: MentionReader): { places: LocalityMention[]; end: number } {
  const places: LocalityMention[] = [];
  let at = pos;
  for (;;) {
    const mention = reader.at(at);
    if (mention === null) break;
    places.push(mention);
    at = mention.end;
    const separator = SEPARATORS.find((s) => text.startsWith(s, at));
    if (separator === undefined || places.length >= MAX_LIST || reader.at(at + separator.length) === null) break;
    at += separator.length;
  }
  const end = places.length === 0 ? pos : (places[places.length - 1] as LocalityMention).end;
  const close = LIST_ENDS.find((w) => text.startsWith(w, end));
  return { places, end: close === undefined ? end : end + close.length };
}

/** The places the clause starting at `pos` is about (in text order), or none. */
export function readPlaceClause(text: string, pos: number, reader: MentionReader): LocalityMention[] {
  const opener = OPENERS.find((w) => text.startsWith(w, pos));
  if (opener !== undefined) {
    // 在浙江省安吉县，… : the place, then the clause goes on (在北京召开… is a place named inside a clause).
    const { places, end } = readList(text, pos + opener.length, reader);
    if (places.length > 0 && BREAKS.has(text.charAt(end))) return places;
  }
  for (const [open, close] of CTX.frames) {
    if (!text.startsWith(open, pos)) continue;
    const { places, end } = readList(text, pos + open.length, reader);
    if (places.length > 0 && text.startsWith(close, end) && BREAKS.has(text.charAt(end + close.length))) return places;
  }
  const { places, end } = readList(text, pos, reader);
  return places.length > 0 && actsAfter(text, end) ? places : [];
}
