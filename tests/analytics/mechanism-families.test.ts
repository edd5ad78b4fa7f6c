/** Mechanism families from co-occurrence on the sample corpus: 双报到 travels with 点单派单接单 (潜山市, 上城风景小区 items). */
import { computeAnalyses } from '../../graph/analytics/compute-analyses';
import { loadAnalysisKnowledge } from '../../graph/analytics/analysis-knowledge';
import { mechanismFamilies } from '../../graph/analytics/mechanism-families';
import type { AnalysisPractice } from '../../graph/store/graph-store';
import { sampleContext, samplePractices } from './sample-practices';

let practices: AnalysisPractice[];

beforeAll(async () => {
  practices = await samplePractices();
});

test('双报到 sits in a family with 点单派单接单, named after its most connected member', () => {
  const { mechanismProperties } = computeAnalyses(practices, sampleContext()).analyses;
  const family = mechanismProperties['双报到']?.family;
  expect(typeof family).toBe('number');
  expect(mechanismProperties['点单派单接单']?.family).toBe(family);
  const members = Object.entries(mechanismProperties)
    .filter(([, p]) => p.family === family)
    .map(([name]) => name);
  expect(members).toContain(mechanismProperties['双报到']?.familyName);
});

test('every family has at least two members that co-occur often enough; a mechanism seen once has none', () => {
  const { families } = loadAnalysisKnowledge();
  const result = mechanismFamilies(
    practices.map((p) => p.mechanisms),
    families,
  );
  const sizes = new Map<number, number>();
  for (const id of result.family.values()) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  expect([...sizes.values()].every((n) => n >= 2)).toBe(true);
  expect([...result.names.keys()].sort()).toEqual([...sizes.keys()].sort());
  const once = practices.flatMap((p) => p.mechanisms).filter((m, _, all) => all.indexOf(m) === all.lastIndexOf(m));
  expect(once.length).toBeGreaterThan(0);
  for (const m of once) expect(result.family.has(m)).toBe(false);
});

test('families are the same on every run and in any practice order (seeded Louvain)', () => {
  const { families } = loadAnalysisKnowledge();
  const first = mechanismFamilies(
    practices.map((p) => p.mechanisms),
    families,
  );
  const again = mechanismFamilies(
    [...practices].reverse().map((p) => [...p.mechanisms].reverse()),
    families,
  );
  expect(again).toEqual(first);
});
