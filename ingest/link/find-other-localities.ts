/**
 * The further localities an article is about, beyond its main one: a report citing two cities' experience
 * (浙江省湖州市推行…。广东省江门市则探索…). A place counts when it acts in its own sentence — it opens a clause and a
 * verb follows (after an optional 还/则/也) — and is neither the main locality, nor its ancestor or descendant, nor
 * one already found. Each comes with the sentence that names it, as evidence. See LOCALITIES.md.
 */
import { mentionReader } from './find-locality-mentions';
import { CORE_LEVELS, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { actsAfter, nextClauseStart } from './locality-context';
import { narrowLocalityCandidates } from './narrow-locality-candidates';
import type { LocalityResolution } from './resolve-locality';
import { sentenceSpan } from './sentence-span';

/** More would mean a list of places, not places the practice is about. */
const MAX_OTHERS = 8;

function related(gazetteer: Gazetteer, a: GazetteerEntry, b: GazetteerEntry): boolean {
  return gazetteer.chain(a.code).some((e) => e.code === b.code) || gazetteer.chain(b.code).some((e) => e.code === a.code);
}

export function findOtherLocalities(input: {
  text: string;
  main: GazetteerEntry;
  region: GazetteerEntry | null;
  gazetteer: Gazetteer;
}): LocalityResolution[] {
  const { text, main, region, gazetteer } = input;
  const found: GazetteerEntry[] = [main];
  const out: LocalityResolution[] = [];
  const reader = mentionReader(text, gazetteer, CORE_LEVELS);
  // Only clause starts are read: a long article costs one lookup per clause, not one per character.
  for (let pos = 0; pos < text.length; pos = nextClauseStart(text, pos)) {
    const mention = reader.at(pos);
    if (mention === null || !actsAfter(text, mention.end)) continue;
    const last = mention.segments[mention.segments.length - 1];
    const chosen = last ? narrowLocalityCandidates(last.matches, { text, region, others: found }, gazetteer).chosen : null;
    if (!chosen || found.some((f) => related(gazetteer, f, chosen))) continue;
    found.push(chosen);
    const sentence = sentenceSpan(text, mention);
    out.push({ locality: chosen, chain: gazetteer.chain(chosen.code), extra: [], evidence: text.slice(sentence.start, sentence.end), warnings: [] });
    if (out.length >= MAX_OTHERS) break;
  }
  return out;
}
