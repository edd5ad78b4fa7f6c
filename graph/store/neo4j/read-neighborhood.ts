/**
 * `node` and `neighborhood`. The neighbourhood is a breadth-first walk run hop by hop inside one read transaction:
 * a variable-length pattern would enumerate every path through a hub (a city with thousands of practices), while
 * hops touch each node once and stop as soon as the limit is reached. Semantics: graph/store/CONTRACT.md.
 */
import type { Node } from 'neo4j-driver';
import type { GraphNode } from '../../graph-document';
import { NODE_LABELS } from '../../schema';
import { READ_CAPS, type NeighborhoodRequest, type Subgraph, type ReadOptions } from '../graph-store';
import { NEIGHBORHOOD_HOP, NEIGHBORHOOD_RELATIONSHIPS, NODE_BY_ID, NODE_DEGREE } from './cypher/lookup-statements';
import { hubPairs, isHub, type WalkedNode } from './hub-pairs';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, listField, mapValue, stringField } from './record-fields';
import { clampLimit, int, requireId } from './request-limits';
import { asNode, asRelationship, primaryLabel, toCount, toGraphNode, toGraphRelationship } from './to-graph';

/** Nodes returned when the caller gives no limit (graph/store/CONTRACT.md, as the SQLite store). */
export const DEFAULT_NEIGHBORHOOD_NODES = 200;

export async function readNode({
  connection,
  id,
  options = {},
}: {
  connection: Neo4jConnection;
  id: string;
  options?: ReadOptions;
}): Promise<GraphNode | null> {
  requireId('node', id);
  return connection.read(
    'node',
    async (tx) => {
      const [record] = await run({ tx, stmt: NODE_BY_ID, params: { id } });
      return record ? toGraphNode(asNode(field(record, 'n'), 'node')) : null;
    },
    options,
  );
}

/**
 * Nodes within `depth` hops (default 1, at most READ_CAPS.neighborhoodDepth), both directions, entering only nodes
 * with one of `labels` (none or empty: any), nearest first and within a hop by relationship priority, then id; at
 * most `limit` nodes including the start (default 200, at most READ_CAPS.neighborhoodNodes). A hop that does not fit
 * whole sets `trimmed` and ends the walk. Relationships: those between two returned nodes with an expanded end, in id
 * order. An unknown id yields an empty subgraph (graph/store/CONTRACT.md "Neighbourhood").
 */
export async function readNeighborhood({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: NeighborhoodRequest;
  options?: ReadOptions;
}): Promise<Subgraph> {
  const op = 'neighborhood';
  const id = requireId(op, request.id);
  const depth = clampLimit({ limit: request.depth, cap: READ_CAPS.neighborhoodDepth, fallback: 1 });
  const limit = Math.max(
    1,
    clampLimit({ limit: request.limit, cap: READ_CAPS.neighborhoodNodes, fallback: DEFAULT_NEIGHBORHOOD_NODES }),
  );
  const labels: string[] = request.labels && request.labels.length > 0 ? [...request.labels] : [...NODE_LABELS];
  return connection.read(
    op,
    async (tx) => {
      const [startRecord] = await run({ tx, stmt: NODE_BY_ID, params: { id } });
      if (!startRecord) return { nodes: [], relationships: [], trimmed: false };
      const start = asNode(field(startRecord, 'n'), 'start node');
      const { generation } = await currentGeneration(tx);
      const [degreeRecord] = await run({ tx, stmt: NODE_DEGREE, params: { elementId: start.elementId } });
      const walked = (node: Node, degree: number): WalkedNode => ({
        elementId: node.elementId,
        label: primaryLabel(toGraphNode(node)),
        degree,
      });
      const nodes = [start];
      const kept = [walked(start, degreeRecord ? toCount(field(degreeRecord, 'degree'), 'degree') : 0)];
      const included = [start.elementId];
      const expanded: string[] = [];
      let frontier = [start.elementId];
      let trimmed = false;
      for (let hop = 0; hop < depth && frontier.length > 0 && !trimmed; hop++) {
        const room = limit - nodes.length;
        // One more than there is room for tells whether the limit cut the walk.
        const [record] = await run({
          tx,
          stmt: NEIGHBORHOOD_HOP,
          params: { frontier, seen: included, labels, limit: int(room + 1), generation },
        });
        const found = (record ? listField(record, 'found') : []).map((value) => mapValue(value, 'neighbour'));
        const ring = found.slice(0, room).map((hit) => {
          const node = asNode(hit['n'], 'neighbour');
          kept.push(walked(node, toCount(hit['degree'], 'degree')));
          return node;
        });
        trimmed = found.length > room;
        expanded.push(...frontier);
        nodes.push(...ring);
        frontier = ring.map((n) => n.elementId);
        included.push(...frontier);
      }
      // An expanded hub's edges are read from its small neighbours, which may be anywhere among the kept nodes.
      const expandedSet = new Set(expanded);
      const anyHubExpanded = kept.some((n) => isHub(n) && expandedSet.has(n.elementId));
      const small = kept
        .filter((n) => !isHub(n) && (anyHubExpanded || expandedSet.has(n.elementId)))
        .map((n) => n.elementId);
      const pairs = hubPairs(kept, expandedSet).map(({ a, b, types }) => ({ a, b, types: [...types] }));
      const records = await run({
        tx,
        stmt: NEIGHBORHOOD_RELATIONSHIPS,
        params: { small, hubPairs: pairs, expanded, included, generation },
      });
      const relationships = records
        .map((r) =>
          toGraphRelationship({
            rel: asRelationship(field(r, 'r'), 'relationship'),
            start: stringField(r, 'start'),
            end: stringField(r, 'end'),
          }),
        )
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { nodes: nodes.map(toGraphNode), relationships, trimmed };
    },
    options,
  );
}
