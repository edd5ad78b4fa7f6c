/**
 * The adoption matrix (graph/store/CONTRACT.md): columns are mechanisms by practices (then name), rows the localities
 * of the requested level holding a practice of a kept column, by the distinct practices of their kept cells (then
 * code); a cell counts the practices at or below its row that use its column's mechanism, reprints left out. Column
 * counts come from mechanism_counts; the cells from the graph (practice ids: the first READ_CAPS.pageSize, by id).
 */
import { ROLLUP_LEVELS } from '../../schema';
import { compareText } from '../first-reports';
import { READ_CAPS, type AdoptionMatrix, type AdoptionRequest } from '../graph-store';
import { StoreError } from '../store-error';
import { clampLimit } from './page-window';
import type { Sql } from './sqlite-connection';

interface Column {
  id: string;
  name: string;
  practices: number;
}

interface MatrixRow {
  id: string;
  code: string;
  name: string;
}

export function readAdoption(sql: Sql, request: AdoptionRequest): AdoptionMatrix {
  if (!(ROLLUP_LEVELS as readonly string[]).includes(request.level))
    throw new StoreError('InvalidInput', `adoption: cannot roll up to level ${String(request.level)}`);
  const ranked = sql
    .statement(
      `SELECT m.id AS id, m.name AS name, c.practices AS practices FROM mechanism_counts c JOIN mechanism m ON m.id = c.mechanism_id
WHERE c.practices > 0 AND (:names IS NULL OR m.name IN (SELECT value FROM json_each(:names))) ORDER BY c.practices DESC, m.name`,
    )
    .all({ names: request.mechanisms ? JSON.stringify(request.mechanisms) : null }) as Column[];
  const columns = ranked.slice(0, clampLimit({ limit: request.limitMechanisms, cap: READ_CAPS.adoptionMechanisms }));
  sql.checkpoint();
  const candidates = sql
    .statement(
      `SELECT l.id AS id, l.code AS code, l.name AS name FROM locality l JOIN locality_counts lc ON lc.locality_id = l.id
WHERE l.level = :level AND lc.practices > 0 AND (:codes IS NULL OR l.code IN (SELECT value FROM json_each(:codes)))`,
    )
    .all({
      level: request.level,
      codes: request.localities ? JSON.stringify(request.localities) : null,
    }) as MatrixRow[];
  // A row holds a practice of a kept column and ranks by the distinct practices of its kept cells, which only the
  // cells tell: they are read for every candidate at once.
  const limit = clampLimit({ limit: request.limitLocalities, cap: READ_CAPS.adoptionLocalities });
  const cells = cellPractices(sql, candidates, columns);
  const qualified = candidates
    .flatMap((row, i) => {
      const own = cells.get(i);
      return own ? [{ row: { ...row, practices: new Set([...own.values()].flat()).size }, cells: own }] : [];
    })
    .sort((a, b) => b.row.practices - a.row.practices || compareText(a.row.code, b.row.code));
  sql.checkpoint();
  const kept = qualified.slice(0, limit);
  sql.checkpoint();
  return {
    level: request.level,
    localities: kept.map(({ row }) => ({ code: row.code, name: row.name, practices: row.practices })),
    mechanisms: columns.map((c) => ({ name: c.name, practices: c.practices })),
    cells: kept.flatMap(({ row, cells }) =>
      columns.flatMap((column, c) => {
        const practiceIds = cells.get(c);
        if (!practiceIds) return [];
        practiceIds.sort(compareText);
        return [
          {
            localityCode: row.code,
            mechanism: column.name,
            practices: practiceIds.length,
            practiceIds: practiceIds.slice(0, READ_CAPS.pageSize),
          },
        ];
      }),
    ),
    trimmed: ranked.length > columns.length || qualified.length > kept.length,
  };
}

/** By position in `rows`, then by position in `columns`: the practices of that cell (reprints left out), unordered. */
function cellPractices(
  sql: Sql,
  rows: readonly MatrixRow[],
  columns: readonly Column[],
): Map<number, Map<number, string[]>> {
  const cells = new Map<number, Map<number, string[]>>();
  if (rows.length === 0 || columns.length === 0) return cells;
  const params = { rows: JSON.stringify(rows.map((r) => r.id)), columns: JSON.stringify(columns.map((c) => c.id)) };
  // One line per practice of a row, with the positions (json_each's key) of the kept columns it uses: each id
  // crosses into JavaScript once, not once per cell. From the rows' practices to their mechanisms (CROSS JOIN fixes
  // that order; the other way round would walk every use of every kept mechanism), through the covering index.
  const lines = sql
    .statement(
      `WITH columns (key, value) AS MATERIALIZED (SELECT key, value FROM json_each(:columns))
SELECT kept.key, pp.practice_id, (SELECT group_concat(columns.key) FROM uses u INDEXED BY uses_mechanisms_by_practice
  JOIN columns ON columns.value = u.mechanism_id WHERE u.practice_id = pp.practice_id)
FROM json_each(:rows) kept CROSS JOIN practice_place pp ON pp.locality_id = kept.value
WHERE NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = pp.practice_id)`,
    )
    .raw()
    .all(params) as [number, string, string | null][];
  for (const [row, practice, used] of lines) {
    if (used === null) continue;
    let own = cells.get(row);
    if (!own) cells.set(row, (own = new Map()));
    for (const key of used.split(',')) {
      const column = Number(key);
      const list = own.get(column);
      if (list) list.push(practice);
      else own.set(column, [practice]);
    }
  }
  return cells;
}
