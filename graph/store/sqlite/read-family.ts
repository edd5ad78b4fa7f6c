/**
 * mechanismFamily(): a mechanism's family as stored by the analyses (Mechanism.family, familyName) and its members,
 * each with its practices and its co-occurrences with the other members (practices using both, summed over members),
 * reprints left out.
 */
import { compareText } from '../first-reports';
import type { MechanismFamily } from '../graph-store';
import { findMechanism } from './find-nodes';
import type { Sql } from './sqlite-connection';
import { nodeColumns, toGraphNode, type Row } from './row-values';

export function readFamily(sql: Sql, nameOrId: string): MechanismFamily | null {
  const mechanism = findMechanism(sql, nameOrId);
  const family = mechanism?.properties.family;
  if (!mechanism || typeof family !== 'number') return null;
  const rows = sql
    .statement(
      `SELECT ${nodeColumns('Mechanism', 'm')}, coalesce(mc.practices, 0) AS f_practices,
  (SELECT count(*) FROM uses u1 JOIN uses u2 ON u2.practice_id = u1.practice_id AND u2.mechanism_id <> u1.mechanism_id
   JOIN mechanism other ON other.id = u2.mechanism_id AND other.family = m.family
   WHERE u1.mechanism_id = m.id AND NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = u1.practice_id)) AS f_cooccurrences
FROM mechanism m LEFT JOIN mechanism_counts mc ON mc.mechanism_id = m.id WHERE m.family = ?`,
    )
    .all(family) as Row[];
  const members = rows.map((r) => ({
    mechanism: toGraphNode('Mechanism', r),
    practices: Number(r['f_practices']),
    cooccurrences: Number(r['f_cooccurrences']),
  }));
  const name = (m: (typeof members)[number]) => String(m.mechanism.properties.name ?? m.mechanism.id);
  members.sort(
    (a, b) => b.cooccurrences - a.cooccurrences || b.practices - a.practices || compareText(name(a), name(b)),
  );
  const familyName = mechanism.properties.familyName;
  return { family, name: typeof familyName === 'string' ? familyName : members[0] ? name(members[0]) : '', members };
}
