/**
 * Where a mechanism is reported, or any member of its family: the adopting places at one level with their distinct
 * practices and first report. One mechanism is its `diffusion`; a family is the adoption matrix of its members (rows
 * count distinct practices, so a practice using two members counts once) with first reports from each member's
 * diffusion (the earliest wins).
 */
import type { RollupLevel } from '../../graph/schema';
import { compareDates } from '../../graph/store/first-reports';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';

export interface SpreadPlace {
  code: string;
  name: string;
  practices: number;
  firstReported: string | null;
}

export interface Spread {
  level: RollupLevel;
  mechanisms: string[];
  familyName: string | null;
  places: SpreadPlace[];
  trimmed: boolean;
}

/** Null for an unknown mechanism. */
export async function spread({
  store,
  request,
  options,
}: {
  store: GraphStore;
  request: { mechanism: string; family: boolean; level: RollupLevel };
  options?: ReadOptions;
}): Promise<Spread | null> {
  const family = request.family ? await store.mechanismFamily(request.mechanism, options) : null;
  if (!family) {
    const diffusion = await store.diffusion(
      { mechanism: request.mechanism, level: request.level, limit: READ_CAPS.adoptionLocalities },
      options,
    );
    if (!diffusion) return null;
    return {
      level: request.level,
      mechanisms: [String(diffusion.mechanism.properties['name'] ?? request.mechanism)],
      familyName: null,
      places: diffusion.events.map((event) => ({
        code: String(event.locality.properties['code'] ?? ''),
        name: String(event.locality.properties['name'] ?? ''),
        practices: event.practices,
        firstReported: event.firstReported,
      })),
      trimmed: diffusion.trimmed,
    };
  }
  const members = family.members
    .map((member) => String(member.mechanism.properties['name'] ?? member.mechanism.id))
    .slice(0, READ_CAPS.adoptionMechanisms);
  const matrix = await store.adoption(
    {
      level: request.level,
      mechanisms: members,
      limitMechanisms: members.length,
      limitLocalities: READ_CAPS.adoptionLocalities,
    },
    options,
  );
  const first = new Map<string, string | null>();
  for (const member of members) {
    const diffusion = await store.diffusion(
      { mechanism: member, level: request.level, limit: READ_CAPS.adoptionLocalities },
      options,
    );
    for (const event of diffusion?.events ?? []) {
      const code = String(event.locality.properties['code'] ?? '');
      if (!first.has(code) || compareDates(event.firstReported, first.get(code) ?? null) < 0)
        first.set(code, event.firstReported);
    }
  }
  return {
    level: request.level,
    mechanisms: members,
    familyName: family.name,
    places: matrix.localities
      .map((row) => ({
        code: row.code,
        name: row.name,
        practices: row.practices,
        firstReported: first.get(row.code) ?? null,
      }))
      .sort(
        (a, b) => compareDates(a.firstReported, b.firstReported) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      ),
    trimmed: matrix.trimmed,
  };
}
