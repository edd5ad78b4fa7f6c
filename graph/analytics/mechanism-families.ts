/**
 * Mechanism families: the co-occurrence graph of mechanisms (an edge weighs the practices using both; reprints are
 * left out by the caller) split into communities by Louvain with a seeded random order, so the same graph always
 * gives the same families. A family has at least two members; it is numbered by size (largest first, then name)
 * and named after its most connected member (weighted degree inside the family).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareText } from '../store/first-reports';
import type { FamilySettings } from './analysis-knowledge';
import { seededRandom } from './seeded-random';

export interface MechanismFamilyAssignment {
  /** Family number (1, 2, …) by mechanism name; mechanisms in no family are absent. */
  family: Map<string, number>;
  /** Family number → its name (its most connected member). */
  names: Map<number, string>;
}

export function mechanismFamilies(
  practiceMechanisms: readonly (readonly string[])[],
  settings: FamilySettings,
): MechanismFamilyAssignment {
  const weights = new Map<string, number>();
  for (const mechanisms of practiceMechanisms) {
    const names = [...new Set(mechanisms)].sort(compareText);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = `${names[i]}\u0000${names[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const graph = new Graph({ type: 'undirected' });
  for (const [key, weight] of [...weights].sort(([a], [b]) => compareText(a, b))) {
    if (weight < settings.minCooccurrence) continue;
    const [a = '', b = ''] = key.split('\u0000');
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, { weight });
  }
  const community =
    graph.order === 0
      ? {}
      : louvain(graph, { getEdgeWeight: 'weight', resolution: settings.resolution, rng: seededRandom(settings.seed) });
  const members = new Map<number, string[]>();
  for (const [name, id] of Object.entries(community)) members.set(id, [...(members.get(id) ?? []), name]);
  const strength = (name: string, family: ReadonlySet<string>) => {
    let sum = 0;
    graph.forEachEdge(name, (_edge, attributes, source, target) => {
      if (family.has(source === name ? target : source)) sum += Number(attributes.weight);
    });
    return sum;
  };
  const families = [...members.values()]
    .filter((list) => list.length >= 2)
    .map((list) => {
      const inFamily = new Set(list);
      const strengths = new Map(list.map((name) => [name, strength(name, inFamily)]));
      const ranked = [...list].sort(
        (a, b) => (strengths.get(b) as number) - (strengths.get(a) as number) || compareText(a, b),
      );
      return { list, name: ranked[0] as string };
    })
    .sort((a, b) => b.list.length - a.list.length || compareText(a.name, b.name));
  const family = new Map<string, number>();
  const names = new Map<number, string>();
  families.forEach(({ list, name }, i) => {
    names.set(i + 1, name);
    for (const member of list) family.set(member, i + 1);
  });
  return { family, names };
}
