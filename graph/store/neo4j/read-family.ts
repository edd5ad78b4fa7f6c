/** `mechanismFamily`: the stored family of a mechanism and its members, like the SQLite store's (sqlite/read-family.ts). */
import { compareText } from '../first-reports';
import type { MechanismFamily, ReadOptions } from '../graph-store';
import { StoreError } from '../store-error';
import { FAMILY_MEMBERS, MECHANISM_BY_NAME } from './cypher/analysis-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field } from './record-fields';
import { int } from './request-limits';
import { asNode, toCount, toGraphNode } from './to-graph';

export async function readMechanismFamily({
  connection,
  mechanism,
  options = {},
}: {
  connection: Neo4jConnection;
  mechanism: string;
  options?: ReadOptions;
}): Promise<MechanismFamily | null> {
  if (typeof mechanism !== 'string')
    throw new StoreError('InvalidInput', 'mechanismFamily: mechanism must be a string');
  return connection.read(
    'mechanismFamily',
    async (tx) => {
      const [found] = await run({ tx, stmt: MECHANISM_BY_NAME, params: { mechanism } });
      if (!found) return null;
      const node = toGraphNode(asNode(field(found, 'm'), 'mechanism'));
      const family = node.properties.family;
      if (typeof family !== 'number') return null;
      // Reprints never count (CONTRACT.md), in practices nor in co-occurrences.
      const { generation } = await currentGeneration(tx);
      const members = (await run({ tx, stmt: FAMILY_MEMBERS, params: { family: int(family), generation } })).map(
        (r) => ({
          mechanism: toGraphNode(asNode(field(r, 'm'), 'mechanism')),
          practices: toCount(field(r, 'practices'), 'practices'),
          cooccurrences: toCount(field(r, 'cooccurrences'), 'cooccurrences'),
        }),
      );
      const name = (m: (typeof members)[number]) => String(m.mechanism.properties.name);
      members.sort(
        (a, b) => b.cooccurrences - a.cooccurrences || b.practices - a.practices || compareText(name(a), name(b)),
      );
      const familyName = node.properties.familyName;
      return {
        family,
        name: typeof familyName === 'string' ? familyName : members[0] ? name(members[0]) : '',
        members,
      };
    },
    options,
  );
}
