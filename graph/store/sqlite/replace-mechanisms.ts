/**
 * replaceMechanisms(): after a relink, the listed mechanisms take exactly the listed properties (aliases replaced, the
 * analyses' family kept) and mechanisms no practice uses any more, and the list leaves out, are deleted. The
 * full-text index follows (its rows written when `pending` settles, after the deletes, which they then leave out); counts and places cascade with the rows.
 */
import type { GraphNode } from '../../graph-document';
import { ANALYSIS_NODE_PROPERTIES } from '../../schema';
import { compareText } from '../first-reports';
import { withSortedLists } from '../sorted-lists';
import { StoreError } from '../store-error';
import type { PendingPractices } from './pending-practices';
import { indexNode } from './search-index';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted } from './sqlite-tables';
import { toColumnValue } from './row-values';

const ANALYSED: readonly string[] = ANALYSIS_NODE_PROPERTIES.Mechanism;

export function replaceMechanisms({
  sql,
  pending,
  mechanisms,
}: {
  sql: Sql;
  pending: PendingPractices;
  mechanisms: readonly GraphNode[];
}): string[] {
  if (
    !Array.isArray(mechanisms) ||
    mechanisms.some((m) => typeof m?.id !== 'string' || m.labels?.[0] !== 'Mechanism')
  ) {
    throw new StoreError('InvalidInput', 'replaceMechanisms: every node must be a Mechanism with an id');
  }
  const columns = NODE_TABLES.Mechanism.columns.filter((c) => !ANALYSED.includes(c.property));
  const update = sql.statement(
    `UPDATE mechanism SET ${columns.map((c) => `${quoted(c.column)} = ?`).join(', ')} WHERE id = ? RETURNING num`,
  );
  for (const node of mechanisms) {
    const properties = withSortedLists(node.properties);
    const row = update.get(...columns.map((c) => toColumnValue(c, properties[c.property])), node.id) as
      { num: number } | undefined;
    if (row) indexNode({ sql, pending, label: 'Mechanism', num: row.num, properties, replacing: true });
  }
  const keep = JSON.stringify(mechanisms.map((m) => m.id));
  const gone = sql
    .statement(
      `DELETE FROM mechanism WHERE id NOT IN (SELECT value FROM json_each(?))
AND NOT EXISTS (SELECT 1 FROM uses u WHERE u.mechanism_id = mechanism.id) RETURNING name`,
    )
    .pluck()
    .all(keep) as string[];
  return gone.sort(compareText);
}
