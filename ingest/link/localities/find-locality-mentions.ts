/** Finds locality names in free text, in order: official names and aliases only, extended by their written children. */
import type { Gazetteer } from './gazetteer';
import type { LocalityLevel } from './locality-levels';
import { type PhraseSegment, segmentLocalityPhrase } from './segment-locality-phrase';

export interface LocalityMention {
  start: number;
  end: number;
  /** The chain as written (酒泉市金塔县 → two segments); the last one is the mention's most specific name. */
  segments: PhraseSegment[];
}

/** Reads locality mentions at chosen offsets of one text; see findLocalityMentions for what is trusted. */
export interface MentionReader {
  /** The mention starting exactly at `pos`, or null. */
  at(pos: number): LocalityMention | null;
}

/** What to read mentions in: a text, with the gazetteer levels a mention may name. */
export interface MentionSource {
  text: string;
  gazetteer: Gazetteer;
  levels: readonly LocalityLevel[];
}

export function mentionReader(source: MentionSource): MentionReader {
  const { text, gazetteer, levels } = source;
  // Short names, and two-character official names (新县, 泾县), when the context vouches for them; never towns.
  const shortLevels = levels.filter((l) => l !== 'town');
  const shortAt = (pos: number) =>
    segmentLocalityPhrase({
      text,
      gazetteer,
      levels: shortLevels,
      start: pos,
      firstKinds: ['short', 'name', 'alias'],
      minFirstLength: 2,
    });
  const fullAt = (pos: number) =>
    segmentLocalityPhrase({ text, gazetteer, levels, start: pos, firstKinds: ['name', 'alias'], minFirstLength: 3 });
  const { numberUnit, numberBefore } = gazetteer.words;
  const { shortNameMayStart, shortNameTrusted } = gazetteer.context;
  const isPlaceAt = (pos: number): boolean => shortAt(pos).segments.length > 0 || fullAt(pos).segments.length > 0;
  return {
    at(pos) {
      if (numberUnit.test(text[pos] ?? '') && numberBefore.test(text.slice(Math.max(0, pos - 3), pos))) return null;
      let reading = fullAt(pos);
      if (reading.segments.length === 0 && shortNameMayStart(text, pos)) {
        const short = shortAt(pos);
        if (short.segments.length > 0 && shortNameTrusted({ text, start: pos, end: short.end }, isPlaceAt))
          reading = short;
      }
      return reading.segments.length === 0 ? null : { start: pos, end: reading.end, segments: reading.segments };
    },
  };
}

/**
 * Scans `text` left to right. Bare short names are trusted in prose only where the words around them make them a
 * place (在天水, 以沙市为例, 甘州坚持…, 天水、平凉等地: see locality-context), since 长安, 和平, 大同 are also words;
 * two-character official names (成县 in 形成县委, 范县 in 示范县) need such a context too, and a name starting with a
 * number unit after a number (6 万山区群众) is not trusted; generic names (城区, 街道) never start a mention. Mentions do
 * not overlap. Lazy: callers stop at the first one they need.
 */
export function* findLocalityMentions(source: MentionSource): Generator<LocalityMention, void, undefined> {
  const { text } = source;
  const reader = mentionReader(source);
  for (let pos = 0; pos < text.length;) {
    const mention = reader.at(pos);
    if (mention === null) {
      pos += 1;
      continue;
    }
    yield mention;
    pos = mention.end;
  }
}
