/**
 * localities() and mechanisms() from the adoption counts kept with every write (adjust-counts.ts): a locality's
 * practices at or below it and the distinct mechanisms they use; a mechanism's practices and their distinct own
 * localities. Reprints are not counted. Pages in the contract's order, with `total` before paging.
 */
import { LOCALITY_LEVELS } from '../../schema';
import {
  READ_CAPS,
  type LocalityCount,
  type LocalityQuery,
  type MechanismCount,
  type MechanismQuery,
  type Page,
} from '../graph-store';
import { StoreError } from '../store-error';
import { pageWindow } from './page-window';
import type { Sql } from './sqlite-connection';
import { nodeColumns, toGraphNode, type Row } from './row-values';

export function readLocalities(sql: Sql, query: LocalityQuery): Page<LocalityCount> {
  if (query.level !== undefined && !(LOCALITY_LEVELS as readonly string[]).includes(query.level)) {
    throw new StoreError('InvalidInput', `localities: unknown level ${String(query.level)}`);
  }
  const window = pageWindow({ request: query, cap: READ_CAPS.pageSize });
  const level = query.level ?? null;
  const from =
    'FROM locality_counts c JOIN locality l ON l.id = c.locality_id WHERE c.practices > 0 AND (:level IS NULL OR l.level = :level)';
  const total = Number(sql.statement(`SELECT count(*) ${from}`).pluck().get({ level }));
  const rows = sql
    .statement(
      `SELECT ${nodeColumns('Locality', 'l')}, c.practices AS c_practices, (SELECT count(*) FROM adoption_counts a WHERE a.locality_id = l.id) AS c_mechanisms ${from}
ORDER BY c.practices DESC, l.code LIMIT :limit OFFSET :offset`,
    )
    .all({ level, limit: window.limit, offset: window.offset }) as Row[];
  const items = rows.map((r) => ({
    locality: toGraphNode('Locality', r),
    practices: Number(r['c_practices']),
    mechanisms: Number(r['c_mechanisms']),
  }));
  return { items, total, ...window };
}

export function readMechanisms(sql: Sql, query: MechanismQuery): Page<MechanismCount> {
  const window = pageWindow({ request: query, cap: READ_CAPS.pageSize });
  const params = {
    category: query.category ?? null,
    curated: query.curated === undefined ? null : query.curated ? 1 : 0,
  };
  const from = `FROM mechanism_counts c JOIN mechanism m ON m.id = c.mechanism_id
WHERE c.practices > 0 AND (:category IS NULL OR m.category = :category) AND (:curated IS NULL OR m.curated = :curated)`;
  const total = Number(sql.statement(`SELECT count(*) ${from}`).pluck().get(params));
  const rows = sql
    .statement(
      `SELECT ${nodeColumns('Mechanism', 'm')}, c.practices AS c_practices, (SELECT count(*) FROM mechanism_locality_counts o WHERE o.mechanism_id = m.id) AS c_localities ${from}
ORDER BY c.practices DESC, m.name LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: window.limit, offset: window.offset }) as Row[];
  const items = rows.map((r) => ({
    mechanism: toGraphNode('Mechanism', r),
    practices: Number(r['c_practices']),
    localities: Number(r['c_localities']),
  }));
  return { items, total, ...window };
}
