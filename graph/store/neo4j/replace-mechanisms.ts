/**
 * replaceMechanisms after a relink, in one write transaction: the listed mechanisms take exactly the listed properties
 * (aliases replaced, the analyses' family kept); mechanisms no practice uses and the list leaves out are deleted.
 */
import neo4j from 'neo4j-driver';
import type { GraphNode } from '../../graph-document';
import { ANALYSIS_NODE_PROPERTIES, NODE_PROPERTIES } from '../../schema';
import { compareText } from '../first-reports';
import { withSortedLists } from '../sorted-lists';
import { StoreError } from '../store-error';
import { DELETE_UNUSED_MECHANISMS, SET_MECHANISMS } from './cypher/curation-statements';
import type { ParamValue } from './cypher/statement';
import { run, type Neo4jConnection } from './connection';
import { stringField } from './record-fields';

const ANALYSED: readonly string[] = ANALYSIS_NODE_PROPERTIES.Mechanism;

export async function replaceMechanisms(
  connection: Neo4jConnection,
  mechanisms: readonly GraphNode[],
): Promise<string[]> {
  if (
    !Array.isArray(mechanisms) ||
    mechanisms.some((m) => typeof m?.id !== 'string' || m.labels?.[0] !== 'Mechanism')
  ) {
    throw new StoreError('InvalidInput', 'replaceMechanisms: every node must be a Mechanism with an id');
  }
  const rows = mechanisms.map((m) => ({ id: m.id, properties: settable(m) }));
  return connection.write('replaceMechanisms', async (tx) => {
    if (rows.length > 0) await run({ tx, stmt: SET_MECHANISMS, params: { rows } });
    const deleted = await run({ tx, stmt: DELETE_UNUSED_MECHANISMS, params: { ids: rows.map((r) => r.id) } });
    return deleted.map((r) => stringField(r, 'name')).sort(compareText);
  });
}

/** The schema's Mechanism properties but the analysed ones; a missing one is sent as null, which removes it. */
function settable(node: GraphNode): Record<string, ParamValue> {
  const properties: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(NODE_PROPERTIES.Mechanism)) {
    if (ANALYSED.includes(key)) continue;
    const value = withSortedLists(node.properties)[key] ?? null;
    properties[key] = spec.type === 'int' && typeof value === 'number' ? neo4j.int(value) : value;
  }
  return properties;
}
