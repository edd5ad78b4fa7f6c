/** Nodes by id, whatever their label: the label from stored-labels.ts, then one query per label for the rows. */
import type { GraphNode } from '../../graph-document';
import type { NodeLabel } from '../../schema';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted } from './sqlite-tables';
import { nodeColumns, toGraphNode, type Row } from './row-values';
import { storedLabels } from './stored-labels';

export function readNodes(sql: Sql, ids: Iterable<string>): Map<string, GraphNode> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const [id, label] of storedLabels(sql, ids)) {
    const group = byLabel.get(label);
    if (group) group.push(id);
    else byLabel.set(label, [id]);
  }
  const nodes = new Map<string, GraphNode>();
  for (const [label, group] of byLabel)
    for (const node of readNodesOf({ sql, label, ids: group })) nodes.set(node.id, node);
  return nodes;
}

/** Nodes of one label by id, in no particular order (missing ids are left out). */
export function readNodesOf({ sql, label, ids }: { sql: Sql; label: NodeLabel; ids: readonly string[] }): GraphNode[] {
  if (ids.length === 0) return [];
  const rows = sql
    .statement(
      `SELECT ${nodeColumns(label)} FROM ${quoted(NODE_TABLES[label].table)} WHERE ${quoted('id')} IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Row[];
  return rows.map((row) => toGraphNode(label, row));
}

export function readNode(sql: Sql, id: string): GraphNode | null {
  return readNodes(sql, [id]).get(id) ?? null;
}
