/**
 * The store contract's large fixture (graph/store/CONTRACT.md): the five sample bulletins as `kg ingest` builds them,
 * plus seeded synthetic bulletins recombined from them (bench/synthetic-graph.ts) — at least 2,000 practices in all —
 * with what the contract's rules turn on planted in them: counties whose name is also a county's in another province,
 * mechanisms shared by many practices across bulletins, bulletin dates spread over years with some undated (so
 * first reports tie and fall last), and, as analyses, reprints (one practice reprinted twice, one reprint of a
 * reprint) and similar practices with tied scores. The same seed gives the same documents on every run.
 */
import { relationshipId, type GraphDocument, type GraphRelationship } from '../../graph/graph-document';
import { seededRandom } from '../../graph/analytics/seeded-random';
import type { GraphAnalyses } from '../../graph/store/graph-store';
import { loadCounties, mechanismPool, mergeSamples, syntheticBulletin, type County } from '../../bench/synthetic-graph';
import { sampleDocuments } from '../store/store-contract';

export const FIXTURE_BULLETINS = 80;
/** Practices per generated bulletin: few bulletins keep the load into a store short. */
const PER_FIXTURE_BULLETIN = 25;
const SEED = 16;
/** Counties drawn besides the ambiguous ones: few enough that several practices share a county. */
const OTHER_COUNTIES = 160;
const FIRST_YEAR = 2019;
const YEARS = 6;
/** One bulletin in this many is undated. */
const UNDATED_EVERY = 9;

export interface ContractFixture {
  /** Every document, samples first, in the order they are written. */
  documents: GraphDocument[];
  analyses: GraphAnalyses;
  /** County names held by counties of two or more provinces. */
  ambiguousNames: string[];
}

export async function contractFixture(): Promise<ContractFixture> {
  const samples = await sampleDocuments();
  const merged = mergeSamples(samples);
  const random = seededRandom(SEED);
  const { counties, ambiguousNames } = fixtureCounties(random);
  const mechanisms = mechanismPool(merged.nodes.filter((n) => n.labels[0] === 'Mechanism'));
  const generated = Array.from({ length: FIXTURE_BULLETINS }, (_, i) =>
    dated(
      syntheticBulletin({ index: i + 1, samples: merged, counties, mechanisms, random, count: PER_FIXTURE_BULLETIN }),
      i,
      random,
    ),
  );
  const documents = [...samples, ...generated];
  return { documents, analyses: plantedAnalyses(documents), ambiguousNames };
}

/** Every county sharing its name with a county of another province, and a seeded draw of the others. */
function fixtureCounties(random: () => number): { counties: County[]; ambiguousNames: string[] } {
  const all = loadCounties();
  const provincesOf = new Map<string, Set<string>>();
  for (const county of all) {
    const name = String(county.chain[0]?.properties.name);
    provincesOf.set(name, (provincesOf.get(name) ?? new Set()).add(String(county.chain[2]?.id)));
  }
  const ambiguousNames = [...provincesOf]
    .filter(([, provinces]) => provinces.size > 1)
    .map(([name]) => name)
    .sort();
  const ambiguous = all.filter((c) => ambiguousNames.includes(String(c.chain[0]?.properties.name)));
  const others = all.filter((c) => !ambiguous.includes(c));
  const drawn: County[] = [];
  while (drawn.length < OTHER_COUNTIES) {
    const county = others[Math.floor(random() * others.length)] as County;
    if (!drawn.includes(county)) drawn.push(county);
  }
  return { counties: [...ambiguous, ...drawn], ambiguousNames };
}

/** The bulletin and its practices get one seeded date (day and month), or none for one bulletin in UNDATED_EVERY. */
function dated(document: GraphDocument, index: number, random: () => number): GraphDocument {
  const year = FIRST_YEAR + Math.floor(random() * YEARS);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = index % UNDATED_EVERY === UNDATED_EVERY - 1 ? null : `${year}-${pad(month)}-${pad(day)}`;
  for (const node of document.nodes)
    if (node.labels[0] === 'Bulletin' || node.labels[0] === 'Practice') node.properties.date = date;
  return document;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Analyses over the practices in id order: every 23rd practice is a reprint of the one 11 places before it; the
 * practice 11 places before the first of them is reprinted a second time, and one reprint is itself reprinted.
 * Every 9th practice is similar to the next three, with scores that repeat (ties order by id). The first six
 * mechanisms by name form two families.
 */
function plantedAnalyses(documents: GraphDocument[]): GraphAnalyses {
  const practices = documents.flatMap((d) => d.nodes.filter((n) => n.labels[0] === 'Practice').map((n) => n.id)).sort();
  const relationships = new Map<string, GraphRelationship>();
  const relate = (type: 'SIMILAR_TO' | 'REPRINT_OF', start: string, end: string, score: number) => {
    const id = relationshipId({ type, start, end });
    if (start === end || relationships.has(id)) return;
    relationships.set(id, {
      id,
      type,
      start,
      end,
      properties: type === 'SIMILAR_TO' ? { score, sharedMechanisms: [], sharedTerms: ['治理'] } : { score },
    });
  };
  const at = (i: number) => practices[i] as string;
  for (let i = 22; i < practices.length; i += 23) relate('REPRINT_OF', at(i), at(i - 11), 0.9);
  relate('REPRINT_OF', at(5), at(11), 0.95);
  relate('REPRINT_OF', at(45 + 7), at(45), 0.92);
  for (let i = 0; i + 3 < practices.length; i += 9) {
    for (let k = 1; k <= 3; k++) relate('SIMILAR_TO', at(i), at(i + k), [0.5, 0.4, 0.4][k - 1] as number);
  }
  const mechanisms = [
    ...new Set(
      documents.flatMap((d) =>
        d.nodes.filter((n) => n.labels[0] === 'Mechanism').map((n) => String(n.properties.name)),
      ),
    ),
  ].sort();
  const families = mechanisms
    .slice(0, 6)
    .map((name, i) => [name, { family: 1 + (i % 2), familyName: mechanisms[i % 2] as string }] as const);
  return { relationships: [...relationships.values()], mechanismProperties: Object.fromEntries(families) };
}
