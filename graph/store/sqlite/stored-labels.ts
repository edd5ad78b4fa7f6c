/** Which of some node ids are stored, and under which label: one indexed lookup per node table. */
import { NODE_LABELS, type NodeLabel } from '../../schema';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted } from './sqlite-tables';

const LOOKUP = NODE_LABELS.map(
  (label) =>
    `SELECT ${quoted('id')} AS id, '${label}' AS label FROM ${quoted(NODE_TABLES[label].table)} WHERE ${quoted('id')} IN (SELECT value FROM ids)`,
).join('\nUNION ALL\n');

export function storedLabels(sql: Sql, ids: Iterable<string>): Map<string, NodeLabel> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = sql
    .statement(`WITH ids AS MATERIALIZED (SELECT value FROM json_each(?)) ${LOOKUP}`)
    .all(JSON.stringify(list)) as { id: string; label: NodeLabel }[];
  return new Map(rows.map((r) => [r.id, r.label]));
}
