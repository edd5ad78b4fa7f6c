/**
 * The ways out of a node of some label, one per relationship table and direction ("arms"), and the neighbours an arm
 * leads to, fewest first by id. A hub (a mechanism used by 30,000 practices) is read only as far as asked.
 */
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../schema';
import type { Sql } from './sqlite-connection';
import { quoted, RELATIONSHIP_TABLES } from './sqlite-tables';

export interface Arm {
  type: RelationshipType;
  table: string;
  /** The column holding the node we start from, and the one holding the neighbour. */
  here: string;
  there: string;
  neighbourLabel: NodeLabel;
}

const ARMS = new Map<NodeLabel, Arm[]>();
for (const type of RELATIONSHIP_TYPES) {
  const t = RELATIONSHIP_TABLES[type];
  const add = (label: NodeLabel, arm: Arm) => ARMS.set(label, [...(ARMS.get(label) ?? []), arm]);
  add(t.from, { type, table: t.table, here: t.startColumn, there: t.endColumn, neighbourLabel: t.to });
  add(t.to, { type, table: t.table, here: t.endColumn, there: t.startColumn, neighbourLabel: t.from });
}

export function armsOf(label: NodeLabel): readonly Arm[] {
  return ARMS.get(label) ?? [];
}

/** The first `limit` neighbours of `id` along `arm`, in id order. */
export function neighboursAlong({ sql, arm, id, limit }: { sql: Sql; arm: Arm; id: string; limit: number }): string[] {
  const { table, here, there } = arm;
  return sql
    .statement(
      `SELECT ${quoted(there)} FROM ${quoted(table)} WHERE ${quoted(here)} = ? ORDER BY ${quoted(there)} LIMIT ?`,
    )
    .pluck()
    .all(id, limit) as string[];
}
