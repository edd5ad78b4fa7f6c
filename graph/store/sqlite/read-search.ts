/**
 * search() by the contract's rule (graph/store/CONTRACT.md, "Search"). FTS5 finds exactly the nodes holding a unit
 * (search-tokens.ts); per unit a node scores 100 when the unit equals one of its name values, else 10 when it occurs
 * in one, plus 1 for occurring at all; hits are ordered by score, then occurrences (up to 50), then id — all inside
 * one statement, so only the page asked for leaves SQLite. kg_unit_score and kg_occurrences: native/kg-search.c.
 */
import { isNodeLabel, type NodeLabel } from '../../schema';
import { READ_CAPS, type Page, type SearchHit, type SearchRequest } from '../graph-store';
import { isSearchable, searchUnits } from '../search-units';
import { StoreError } from '../store-error';
import { ftsTable, SEARCHABLE_LABELS } from './derived-ddl';
import { pageWindow } from './page-window';
import { readNodesOf } from './read-nodes';
import { matchExpression } from './search-tokens';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES } from './sqlite-tables';

/** Occurrences count up to this many (the contract's cap). */
const OCCURRENCE_CAP = 50;
/** An equal name adds this to the 10 of occurring in it: 100 in all. */
const EQUAL_BONUS = 90;
const DEFAULT_HITS = 20;

/** How many units equal one of a node's name values, per label (`n` is the node's row, `:units` the units as JSON). */
const EQUAL_UNITS: Record<'Practice' | 'Mechanism' | 'Locality' | 'Organization', string> = {
  Practice: '(n.title IN (SELECT value FROM json_each(:units)))',
  Mechanism: '(SELECT count(*) FROM json_each(:units) u WHERE u.value = n.name OR u.value IN (SELECT value FROM json_each(n.aliases)))',
  Locality: '(SELECT count(*) FROM json_each(:units) u WHERE u.value = n.name OR u.value = n.short_name)',
  Organization: '(n.name IN (SELECT value FROM json_each(:units)))',
};

export function readSearch(sql: Sql, request: SearchRequest): Page<SearchHit> {
  if (typeof request.text !== 'string') throw new StoreError('InvalidInput', 'search: text must be a string');
  for (const label of request.labels ?? []) if (!isNodeLabel(label)) throw new StoreError('InvalidInput', `search: unknown label ${String(label)}`);
  const window = pageWindow(request, READ_CAPS.searchHits, DEFAULT_HITS);
  const asked = request.labels && request.labels.length > 0 ? new Set(request.labels) : null;
  const labels = SEARCHABLE_LABELS.filter((l) => isSearchable(l) && (!asked || asked.has(l))) as (keyof typeof EQUAL_UNITS)[];
  const units = searchUnits(request.text);
  if (units.length === 0 || labels.length === 0) return { items: [], total: 0, ...window };
  const params = { match: matchExpression(units), units: JSON.stringify(units) };

  let total = 0;
  for (const label of labels) total += Number(sql.statement(`SELECT count(*) FROM ${ftsTable(label)} WHERE ${ftsTable(label)} MATCH ?`).pluck().get(params.match));
  sql.checkpoint();
  if (total === 0 || window.limit === 0) return { items: [], total, ...window };

  const arms = labels.map((label) => {
    const fts = ftsTable(label);
    return `SELECT '${label}' AS label, n.id AS id, kg_unit_score(${fts}) + ${EQUAL_BONUS} * ${EQUAL_UNITS[label]} AS score, kg_occurrences(${fts}, ${OCCURRENCE_CAP}) AS occurrences
FROM ${fts} JOIN ${NODE_TABLES[label].table} n ${label === 'Practice' ? 'INDEXED BY practice_by_num_id_title ' : ''}ON n.num = ${fts}.rowid WHERE ${fts} MATCH :match`;
  });
  const hits = sql
    .statement(`SELECT label, id, score FROM (${arms.join('\nUNION ALL\n')}) ORDER BY score DESC, occurrences DESC, id LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: window.limit, offset: window.offset }) as { label: NodeLabel; id: string; score: number }[];
  sql.checkpoint();

  const nodes = new Map(labels.flatMap((label) => readNodesOf(sql, label, hits.filter((h) => h.label === label).map((h) => h.id))).map((n) => [n.id, n]));
  const items = hits.flatMap((hit) => {
    const node = nodes.get(hit.id);
    return node ? [{ node, label: hit.label, score: hit.score }] : [];
  });
  return { items, total, ...window };
}
