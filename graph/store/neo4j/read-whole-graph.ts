/**
 * `stats` (from Neo4j's count store; analysis relationships counted one by one while a replace is unfinished, when
 * other generations are stored too) and `exportDocument` (every schema node and visible relationship, in id order).
 */
import type { GraphDocument } from '../../graph-document';
import { NODE_LABELS, RELATIONSHIP_TYPES, isNodeLabel, type NodeLabel } from '../../schema';
import type { GraphStats, ReadOptions } from '../graph-store';
import { EXPORT_NODES, EXPORT_RELATIONSHIPS, NODE_COUNTS, RELATIONSHIP_COUNTS } from './cypher/aggregate-statements';
import { CURRENT_ANALYSIS_COUNTS } from './cypher/analysis-generation';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, stringField } from './record-fields';
import { asNode, asRelationship, toCount, toGraphNode, toGraphRelationship } from './to-graph';

/** Every schema label and type is present, with 0 when none is stored. */
export async function readStats(connection: Neo4jConnection, options: ReadOptions = {}): Promise<GraphStats> {
  return connection.read(
    'stats',
    async (tx) => {
      const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
      for (const r of await run({ tx, stmt: NODE_COUNTS, params: {} })) {
        const key = stringField(r, 'key');
        if (isNodeLabel(key)) nodes[key] = toCount(field(r, 'count'), key);
      }
      const relationships: Record<string, number> = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0]));
      for (const r of await run({ tx, stmt: RELATIONSHIP_COUNTS, params: {} }))
        relationships[stringField(r, 'key')] = toCount(field(r, 'count'), 'count');
      const { generation, busy } = await currentGeneration(tx);
      if (busy)
        for (const r of await run({ tx, stmt: CURRENT_ANALYSIS_COUNTS, params: { generation } }))
          relationships[stringField(r, 'key')] = toCount(field(r, 'count'), 'count');
      return { nodes, relationships, bulletins: nodes.Bulletin, practices: nodes.Practice };
    },
    options,
  );
}

/**
 * One read transaction, so nodes and relationships are one consistent snapshot; sorted by id here (UTF-16 order,
 * as the SQLite store sorts), so equal graphs export equal documents whichever store holds them.
 */
export async function exportDocument(connection: Neo4jConnection): Promise<GraphDocument> {
  return connection.read('exportDocument', async (tx) => {
    const nodes = (await run({ tx, stmt: EXPORT_NODES, params: {} })).map((r) =>
      toGraphNode(asNode(field(r, 'n'), 'node')),
    );
    const { generation } = await currentGeneration(tx);
    const relationships = (await run({ tx, stmt: EXPORT_RELATIONSHIPS, params: { generation } })).map((r) =>
      toGraphRelationship({
        rel: asRelationship(field(r, 'r'), 'relationship'),
        start: stringField(r, 'start'),
        end: stringField(r, 'end'),
      }),
    );
    return { nodes: nodes.sort(byId), relationships: relationships.sort(byId) };
  });
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
