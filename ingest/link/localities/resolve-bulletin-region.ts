/** Resolves the locality a bulletin speaks for (安庆组工信息 → 安庆市), from its header or, failing that, its items. */
import { CORE_LEVELS, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { LEVEL_DEPTH, type LocalityLevel } from './locality-levels';
import type { ResolvedLocality } from './resolve-locality';
import { mentionsTownLevel, segmentLocalityPhrase } from './segment-locality-phrase';

export interface BulletinRegionInput {
  /** e.g. 安庆组工信息, 天长组工信息. */
  title: string | null;
  /** e.g. 中共安庆市委组织部研究室. */
  publisher: string | null;
  /** The items' locality phrases as written. */
  itemPhrases: string[];
}

/** Candidates named at the start of a header or phrase (中共 and spaces dropped), without narrowing. */
function leadingCandidates(raw: string | null, gazetteer: Gazetteer): GazetteerEntry[] {
  if (!raw) return [];
  const text = gazetteer.names.stripOrgPrefix(raw.replace(/\s+/g, '')).text;
  const levels: readonly LocalityLevel[] = mentionsTownLevel(text, gazetteer.words)
    ? [...CORE_LEVELS, 'town']
    : CORE_LEVELS;
  const reading = segmentLocalityPhrase({ text, gazetteer, levels });
  const last = reading.segments[reading.segments.length - 1];
  return last ? [...new Map(last.matches.map((m) => [m.entry.code, m.entry])).values()] : [];
}

/** How many items have each province/city/county among the ancestors-or-self of one of their candidates. */
function countVotes(itemCandidates: GazetteerEntry[][], gazetteer: Gazetteer): Map<string, number> {
  const votes = new Map<string, number>();
  for (const candidates of itemCandidates) {
    const codes = new Set(
      candidates.flatMap((c) =>
        gazetteer
          .chain(c.code)
          .filter((e) => e.level !== 'town')
          .map((e) => e.code),
      ),
    );
    for (const code of codes) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  return votes;
}

/** Keeps the entries with the highest score when that score is unique-best; otherwise returns them all. */
function best(entries: GazetteerEntry[], score: (e: GazetteerEntry) => number): GazetteerEntry[] {
  const top = Math.max(...entries.map(score));
  return entries.filter((e) => score(e) === top);
}

/**
 * The bulletin's own locality. The publisher (full names: 中共安庆市委组织部) and the title (short names: 天长组工信息)
 * are read first, agreeing candidates preferred and ties broken by the items. Without a header, the items decide:
 * from county up to province, the unit holding at least two thirds of the items (and at least two) wins, so a reprinted
 * item from elsewhere (吉林安图县 among 安庆's counties) does not stop 安庆市. Returns null rather than guessing.
 */
export function resolveBulletinRegion(input: BulletinRegionInput, gazetteer: Gazetteer): ResolvedLocality | null {
  const itemCandidates = input.itemPhrases.map((p) => leadingCandidates(p, gazetteer)).filter((c) => c.length > 0);
  const votes = countVotes(itemCandidates, gazetteer);

  const fromPublisher = leadingCandidates(input.publisher, gazetteer);
  const fromTitle = leadingCandidates(input.title, gazetteer);
  const agreed = fromPublisher.filter((p) => fromTitle.some((t) => t.code === p.code));
  let header = agreed.length > 0 ? agreed : fromPublisher.length > 0 ? fromPublisher : fromTitle;
  if (header.length > 1) header = best(header, (e) => votes.get(e.code) ?? 0);
  if (header.length > 1) header = best(header, (e) => -LEVEL_DEPTH[e.level]);
  if (header.length === 1) return header[0] ?? null;
  if (fromPublisher.length > 0 || fromTitle.length > 0) return null;

  const threshold = Math.max(2, Math.ceil((itemCandidates.length * 2) / 3));
  for (const level of ['county', 'city', 'province'] as const) {
    const holding = [...votes.entries()]
      .map(([code, count]) => ({ entry: gazetteer.byCode(code), count }))
      .filter((v): v is { entry: GazetteerEntry; count: number } => v.entry?.level === level && v.count >= threshold);
    const top = Math.max(0, ...holding.map((h) => h.count));
    const winners = holding.filter((h) => h.count === top);
    if (winners.length === 1) return winners[0]?.entry ?? null;
  }
  return null;
}
