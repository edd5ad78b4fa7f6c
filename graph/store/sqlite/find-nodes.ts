/** Finding the node a read names: a mechanism by id or name, a locality by id or administrative code. */
import type { GraphNode } from '../../graph-document';
import type { Sql } from './sqlite-connection';
import { nodeColumns, toGraphNode, type Row } from './row-values';

export function findMechanism(sql: Sql, nameOrId: string): GraphNode | null {
  if (typeof nameOrId !== 'string') return null;
  const row = sql
    .statement(
      `SELECT ${nodeColumns('Mechanism')} FROM mechanism WHERE id = :key OR id = 'mechanism:' || :key OR name = :key ORDER BY (id = :key) DESC, (name = :key) ASC, id LIMIT 1`,
    )
    .get({ key: nameOrId }) as Row | undefined;
  return row ? toGraphNode('Mechanism', row) : null;
}

export function findLocality(sql: Sql, codeOrId: string): GraphNode | null {
  if (typeof codeOrId !== 'string') return null;
  const row = sql
    .statement(
      `SELECT ${nodeColumns('Locality')} FROM locality WHERE id = :key OR id = 'locality:' || :key OR code = :key ORDER BY (id = :key) DESC, (code = :key) ASC, id LIMIT 1`,
    )
    .get({ key: codeOrId }) as Row | undefined;
  return row ? toGraphNode('Locality', row) : null;
}
