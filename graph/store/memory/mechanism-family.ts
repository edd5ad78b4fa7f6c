/**
 * A mechanism's family as stored by the analyses (Mechanism.family, .familyName): its members, each with the
 * practices using it and its co-occurrences with the other members (practices using both, summed over members).
 */
import { compareText } from '../first-reports';
import type { MechanismFamily } from '../graph-store';
import type { AdoptionIndex } from './adoption-index';
import { findMechanism } from './find-nodes';
import type { GraphCore } from './graph-core';
import { nodeString, nodeValue, toGraphNode } from './node-records';

export function mechanismFamily(core: GraphCore, index: AdoptionIndex, nameOrId: string): MechanismFamily | null {
  const mechanism = typeof nameOrId === 'string' ? findMechanism(core, nameOrId) : null;
  const family = mechanism ? nodeValue(mechanism, 'family') : null;
  if (!mechanism || typeof family !== 'number') return null;
  const members = [...core.lookups.byLabel.Mechanism].filter((m) => nodeValue(m, 'family') === family);
  const inFamily = new Set(members.map((m) => m.slot));
  const { practicesOf, mechanismsOf } = index;
  const rows = members.map((member) => {
    let cooccurrences = 0;
    const from = practicesOf.start[member.slot] as number;
    const to = practicesOf.start[member.slot + 1] as number;
    for (let k = from; k < to; k++) {
      const practice = practicesOf.list[k] as number;
      for (let j = mechanismsOf.start[practice] as number; j < (mechanismsOf.start[practice + 1] as number); j++) {
        const other = mechanismsOf.list[j] as number;
        if (other !== member.slot && inFamily.has(other)) cooccurrences++;
      }
    }
    return { record: member, name: nodeString(member, 'name') ?? member.id, practices: to - from, cooccurrences };
  });
  rows.sort((a, b) => b.cooccurrences - a.cooccurrences || b.practices - a.practices || compareText(a.name, b.name));
  return {
    family,
    name: nodeString(mechanism, 'familyName') ?? rows[0]?.name ?? '',
    members: rows.map((r) => ({ mechanism: toGraphNode(r.record), practices: r.practices, cooccurrences: r.cooccurrences })),
  };
}
