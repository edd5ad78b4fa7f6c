/** The curation reads (`kg mechanisms`, `kg relink`): how mechanisms were linked, and the stored bulletins read back. */
import { compareText } from '../first-reports';
import { READ_CAPS, type MechanismUsage, type ReadOptions, type StoredBulletin } from '../graph-store';
import { StoreError } from '../store-error';
import { byPracticesThenVia } from '../usage-order';
import { MECHANISM_USAGE, STORED_BULLETINS } from './cypher/curation-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, listField, mapValue, stringField, stringList } from './record-fields';
import { optionalString } from './report-rows';
import { asNode, toGraphNode } from './to-graph';

export async function readMechanismUsage({
  connection,
  names,
  options = {},
}: {
  connection: Neo4jConnection;
  names: readonly string[];
  options?: ReadOptions;
}): Promise<MechanismUsage[]> {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw new StoreError('InvalidInput', 'mechanismUsage: names must be a list of strings');
  const asked = [...new Set(names.slice(0, READ_CAPS.pageSize))];
  if (asked.length === 0) return [];
  return connection.read(
    'mechanismUsage',
    async (tx) => {
      const { generation } = await currentGeneration(tx);
      return (await run({ tx, stmt: MECHANISM_USAGE, params: { names: asked, generation } })).map((record) => {
        const uses = listField(record, 'uses').map((u) => mapValue(u, 'use'));
        const practices = new Map<string, Set<string>>();
        for (const use of uses) {
          const via = optionalString(use['via']) ?? '';
          const set = practices.get(via) ?? new Set<string>();
          set.add(String(use['practiceId']));
          practices.set(via, set);
        }
        const first = uses[0];
        return {
          name: stringField(record, 'name'),
          via: [...practices].map(([via, ids]) => ({ via, practices: ids.size })).sort(byPracticesThenVia),
          evidence: first
            ? { practiceId: String(first['practiceId']), sentence: optionalString(first['evidence']) ?? '' }
            : null,
        };
      });
    },
    options,
  );
}

export async function readStoredBulletins(connection: Neo4jConnection): Promise<StoredBulletin[]> {
  return connection.read('storedBulletins', async (tx) =>
    (await run({ tx, stmt: STORED_BULLETINS, params: {} })).map((record) => ({
      bulletin: toGraphNode(asNode(field(record, 'b'), 'bulletin')),
      practices: listField(record, 'practices').map((value) => {
        const row = mapValue(value, 'practice');
        return {
          practice: toGraphNode(asNode(row['p'], 'practice')),
          mechanisms: stringList(row['mechanisms'], 'mechanisms').sort(compareText),
        };
      }),
    })),
  );
}
