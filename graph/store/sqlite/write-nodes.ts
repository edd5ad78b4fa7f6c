/**
 * A document's nodes into the node tables. Owned nodes (bulletin, practices, metrics) are new rows; shared ones
 * (localities, mechanisms, organizations) merge with a stored node of the same id: the document's properties win,
 * list properties (a mechanism's aliases) are the sorted union of both (sorted too on a node's first write). The
 * full-text index follows each new or changed searchable node (written when the transaction settles).
 */
import type { GraphNode, PropertyValue } from '../../graph-document';
import { isSharedLabel, type NodeLabel } from '../../schema';
import { withSortedLists } from '../sorted-lists';
import { columnList } from './column-list';
import { practiceNum } from './ordered-nums';
import type { PendingPractices } from './pending-practices';
import { indexNode, searchKey } from './search-index';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted } from './sqlite-tables';
import { nodeColumns, toColumnValue, toGraphNode, type Row } from './row-values';

/** `stored`: the labels of the ids already in the store (only those are read back and merged). */
export function writeNodes({
  sql,
  pending,
  nodes,
  labels,
  stored,
}: {
  sql: Sql;
  pending: PendingPractices;
  nodes: readonly GraphNode[];
  labels: ReadonlyMap<string, NodeLabel>;
  stored: ReadonlyMap<string, NodeLabel>;
}): void {
  const byLabel = new Map<NodeLabel, GraphNode[]>();
  for (const node of nodes) {
    const label = labels.get(node.id) as NodeLabel;
    const group = byLabel.get(label);
    if (group) group.push(node);
    else byLabel.set(label, [node]);
  }
  for (const [label, group] of byLabel) {
    const rows = storedRows(
      sql,
      label,
      group.filter((n) => stored.has(n.id)).map((n) => n.id),
    );
    const fresh: GraphNode[] = [];
    for (const node of group) {
      const row = rows.get(node.id);
      if (row) mergeNode({ sql, pending, label, row, incoming: node.properties });
      else fresh.push(node);
    }
    insertNodes(sql, pending, label, fresh);
  }
}

function insertNodes(sql: Sql, pending: PendingPractices, label: NodeLabel, nodes: readonly GraphNode[]): void {
  if (nodes.length === 0) return;
  const { table, columns } = NODE_TABLES[label];
  const shared = isSharedLabel(label);
  const insert = sql.statement(
    `INSERT INTO ${quoted(table)} (${columnList(['num', 'id', ...columns.map((c) => c.column)])}) VALUES (?, ?${', ?'.repeat(columns.length)})`,
  );
  for (const node of nodes) {
    // Practices are numbered in id order (ordered-nums.ts); other rows take the next number.
    const num = label === 'Practice' ? practiceNum({ sql, pending, id: node.id }) : null;
    const properties = shared ? withSortedLists(node.properties) : node.properties;
    const { lastInsertRowid } = insert.run(
      num,
      node.id,
      ...columns.map((c) => toColumnValue(c, properties[c.property])),
    );
    indexNode({ sql, pending, label, num: Number(lastInsertRowid), properties, replacing: false });
  }
}

function mergeNode({
  sql,
  pending,
  label,
  row,
  incoming,
}: {
  sql: Sql;
  pending: PendingPractices;
  label: NodeLabel;
  row: Row;
  incoming: Record<string, PropertyValue>;
}): void {
  const { table, columns } = NODE_TABLES[label];
  const before = toGraphNode(label, row).properties;
  const unioned: Record<string, PropertyValue> = { ...before };
  for (const [key, value] of Object.entries(incoming)) {
    const current = unioned[key];
    unioned[key] = Array.isArray(value) && Array.isArray(current) ? [...current, ...value] : value;
  }
  const merged = withSortedLists(unioned);
  // Most bulletins name the same places and mechanisms the store holds already, unchanged: nothing to write.
  if (columns.every((c) => JSON.stringify(merged[c.property] ?? null) === JSON.stringify(before[c.property] ?? null)))
    return;
  const num = Number(row['num']);
  sql
    .statement(
      `UPDATE ${quoted(table)} SET ${columns.map((c) => `${quoted(c.column)} = ?`).join(', ')} WHERE ${quoted('num')} = ?`,
    )
    .run(...columns.map((c) => toColumnValue(c, merged[c.property])), num);
  if (searchKey(label, merged) !== searchKey(label, before))
    indexNode({ sql, pending, label, num, properties: merged, replacing: true });
}

/** Stored rows of these ids, by id. */
function storedRows(sql: Sql, label: NodeLabel, ids: string[]): Map<string, Row> {
  if (ids.length === 0) return new Map();
  const { table } = NODE_TABLES[label];
  const rows = sql
    .statement(
      `SELECT ${quoted('num')}, ${nodeColumns(label)} FROM ${quoted(table)} WHERE ${quoted('id')} IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Row[];
  return new Map(rows.map((r) => [String(r['id']), r]));
}
