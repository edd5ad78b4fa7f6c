/**
 * The localities an article is about besides (or instead of) its main one: a report citing several places'
 * experience gives each its own clause (在浙江省安吉县，…；在四川省彭州市，…, 湖州市推行…。江门市则探索…, 邛崃市、湄潭县
 * 等地推行…: see read-place-clause). Every such place is linked, with its clause's sentence as evidence, unless it is
 * the main locality, inside or above one already linked, or inside a main locality that acts itself (湖州市推行…，吴兴区
 * 还推行… stays 湖州市). A main locality that was only named (记者在四川采访…) and acts in no clause of its own was the
 * report's scope: the places inside it replace it. See LOCALITIES.md.
 */
import { mentionReader } from './find-locality-mentions';
import { CORE_LEVELS, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { narrowLocalityCandidates } from './narrow-locality-candidates';
import { readPlaceClause } from './read-place-clause';
import type { LocalityResolution } from './resolve-locality';
import { sentenceSpan } from '../text-reading/sentence-span';

/** More would mean a list of places, not places the practice is about. */
const MAX_OTHERS = 8;

export interface OtherLocalities {
  /** The place that replaces the main locality (it was only the report's scope), or null to keep it. */
  main: LocalityResolution | null;
  others: LocalityResolution[];
}

const inside = (gazetteer: Gazetteer, inner: GazetteerEntry, outer: GazetteerEntry): boolean =>
  inner.code !== outer.code && gazetteer.chain(inner.code).some((e) => e.code === outer.code);
const related = (gazetteer: Gazetteer, a: GazetteerEntry, b: GazetteerEntry): boolean =>
  a.code === b.code || inside(gazetteer, a, b) || inside(gazetteer, b, a);

/** Every place some clause is about, once each, in text order, with its sentence. */
function clausePlaces(input: {
  text: string;
  main: GazetteerEntry;
  region: GazetteerEntry | null;
  gazetteer: Gazetteer;
}): LocalityResolution[] {
  const { text, main, region, gazetteer } = input;
  const reader = mentionReader({ text, gazetteer, levels: CORE_LEVELS });
  const out: LocalityResolution[] = [];
  // Only clause starts are read: a long article costs one lookup per clause, not one per character.
  const { context, words } = gazetteer;
  for (let pos = 0; pos < text.length && out.length <= MAX_OTHERS; pos = context.nextClauseStart(text, pos)) {
    for (const mention of readPlaceClause({ text, pos, reader, words: words.context, context })) {
      const last = mention.segments[mention.segments.length - 1];
      const known = [main, ...out.map((r) => r.locality as GazetteerEntry)];
      const chosen = last
        ? narrowLocalityCandidates({ matches: last.matches, context: { text, region, others: known }, gazetteer })
            .chosen
        : null;
      if (!chosen || out.some((r) => r.locality?.code === chosen.code)) continue;
      const sentence = sentenceSpan(text, mention);
      out.push({
        locality: chosen,
        chain: gazetteer.chain(chosen.code),
        extra: [],
        evidence: text.slice(sentence.start, sentence.end),
        warnings: [],
      });
    }
  }
  return out;
}

export function findOtherLocalities(input: {
  text: string;
  main: GazetteerEntry;
  region: GazetteerEntry | null;
  gazetteer: Gazetteer;
}): OtherLocalities {
  const { main, gazetteer } = input;
  const places = clausePlaces(input);
  // The main locality acts in a clause of its own, or was only named: then it was the scope of what follows.
  const scope = !places.some((p) => p.locality?.code === main.code);
  const kept: LocalityResolution[] = [];
  for (const place of places) {
    const entry = place.locality as GazetteerEntry;
    if (kept.some((k) => related(gazetteer, k.locality as GazetteerEntry, entry))) continue;
    if (related(gazetteer, main, entry) && !(scope && inside(gazetteer, entry, main))) continue;
    kept.push(place);
    if (kept.length >= MAX_OTHERS) break;
  }
  const replaced = scope && kept.some((k) => inside(gazetteer, k.locality as GazetteerEntry, main));
  return replaced ? { main: kept[0] ?? null, others: kept.slice(1) } : { main: null, others: kept };
}
