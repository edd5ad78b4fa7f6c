/**
 * The neighbourhood of graph/store/CONTRACT.md: breadth-first, both directions, hop by hop; within a hop candidates
 * come by the priority of the best relationship reaching them, then by id, taken while there is room; a hop that
 * does not fit ends the walk (`trimmed`). Each arm of each frontier node is read only as far as the room asks
 * (adjacency.ts), so a hub costs no more than the limit.
 */
import type { GraphNode, GraphRelationship } from '../../graph-document';
import { RELATIONSHIP_TYPES, type NodeLabel } from '../../schema';
import { compareText } from '../first-reports';
import { READ_CAPS, type NeighborhoodRequest, type Subgraph } from '../graph-store';
import {
  DEFAULT_NEIGHBORHOOD_DEPTH,
  DEFAULT_NEIGHBORHOOD_NODES,
  NEIGHBORHOOD_PRIORITY,
} from '../neighborhood-priority';
import { armsOf, neighboursAlong } from './adjacency';
import { clampLimit } from './page-window';
import { readNode, readNodesOf } from './read-nodes';
import type { Sql } from './sqlite-connection';
import { quoted, RELATIONSHIP_TABLES } from './sqlite-tables';
import { relationshipColumns, toGraphRelationship, type Row } from './row-values';

const PRIORITIES = [1, 2, 3, 4] as const;

export function readNeighborhood(sql: Sql, request: NeighborhoodRequest): Subgraph {
  const start = readNode(sql, request.id);
  if (!start) return { nodes: [], relationships: [], trimmed: false };
  const depth = clampLimit({
    limit: request.depth,
    cap: READ_CAPS.neighborhoodDepth,
    fallback: DEFAULT_NEIGHBORHOOD_DEPTH,
  });
  const limit = Math.max(
    1,
    clampLimit({ limit: request.limit, cap: READ_CAPS.neighborhoodNodes, fallback: DEFAULT_NEIGHBORHOOD_NODES }),
  );
  const allowed = request.labels && request.labels.length > 0 ? new Set<NodeLabel>(request.labels) : null;
  /** Walk order: start, then hop by hop. */
  const included = new Map<string, NodeLabel>([[start.id, start.labels[0] as NodeLabel]]);
  const expanded: string[] = [];
  let frontier = [start.id];
  let trimmed = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !trimmed; hop++) {
    sql.checkpoint();
    const room = limit - included.size;
    const found = hopCandidates({
      sql,
      frontier: frontier.map((id) => [id, included.get(id) as NodeLabel] as const),
      included,
      allowed,
      wanted: room + 1,
    });
    expanded.push(...frontier);
    trimmed = found.length > room;
    const kept = found.slice(0, room);
    for (const [id, label] of kept) included.set(id, label);
    frontier = kept.map(([id]) => id);
  }
  sql.checkpoint();
  return { nodes: nodesInOrder(sql, included), relationships: relationshipsAmong(sql, included, expanded), trimmed };
}

/** Up to `wanted` nodes not yet included, by best priority then id. */
function hopCandidates({
  sql,
  frontier,
  included,
  allowed,
  wanted,
}: {
  sql: Sql;
  frontier: readonly (readonly [string, NodeLabel])[];
  included: ReadonlyMap<string, NodeLabel>;
  allowed: ReadonlySet<NodeLabel> | null;
  wanted: number;
}): [string, NodeLabel][] {
  const taken = new Map<string, NodeLabel>();
  for (const priority of PRIORITIES) {
    const need = wanted - taken.size;
    if (need <= 0) break;
    const skipped = labelCounts(included, taken);
    const found = new Map<string, NodeLabel>();
    for (const [id, label] of frontier) {
      for (const arm of armsOf(label)) {
        if (NEIGHBORHOOD_PRIORITY[arm.type] !== priority || (allowed && !allowed.has(arm.neighbourLabel))) continue;
        // Ask past the nodes that will be skipped, so `need` new ones remain when the arm has that many.
        for (const other of neighboursAlong({ sql, arm, id, limit: need + (skipped.get(arm.neighbourLabel) ?? 0) })) {
          if (!included.has(other) && !taken.has(other)) found.set(other, arm.neighbourLabel);
        }
      }
    }
    const ordered = [...found].sort((a, b) => compareText(a[0], b[0])).slice(0, need);
    for (const [id, label] of ordered) taken.set(id, label);
  }
  return [...taken];
}

function labelCounts(...groups: ReadonlyMap<string, NodeLabel>[]): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  for (const group of groups) for (const label of group.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

function nodesInOrder(sql: Sql, included: ReadonlyMap<string, NodeLabel>): GraphNode[] {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const [id, label] of included) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  const nodes = new Map<string, GraphNode>();
  for (const [label, ids] of byLabel) for (const node of readNodesOf({ sql, label, ids })) nodes.set(node.id, node);
  return [...included.keys()].map((id) => nodes.get(id) as GraphNode);
}

/**
 * Every relationship between two returned nodes of which at least one end was expanded, in id order. Read from the
 * start side: no relationship type starts at a hub, while its end may be one (a mechanism with 30,000 USES).
 */
function relationshipsAmong(
  sql: Sql,
  included: ReadonlyMap<string, NodeLabel>,
  expanded: readonly string[],
): GraphRelationship[] {
  const params = { returned: JSON.stringify([...included.keys()]), expanded: JSON.stringify(expanded) };
  const labels = new Set(included.values());
  const relationships = RELATIONSHIP_TYPES.flatMap((type) => {
    const table = RELATIONSHIP_TABLES[type];
    // A type whose two labels are not both among the nodes has nothing to give.
    if (!labels.has(table.from) || !labels.has(table.to)) return [];
    const start = quoted(table.startColumn);
    const end = quoted(table.endColumn);
    const rows = sql
      .statement(
        `WITH returned AS MATERIALIZED (SELECT value FROM json_each(:returned)), expanded AS MATERIALIZED (SELECT value FROM json_each(:expanded))
SELECT ${relationshipColumns(type)} FROM ${quoted(table.table)}
WHERE ${start} IN returned AND +${end} IN returned AND (+${start} IN expanded OR +${end} IN expanded)`,
      )
      .all(params) as Row[];
    return rows.map((row) => toGraphRelationship(type, row));
  });
  return relationships.sort((a, b) => compareText(a.id, b.id));
}
