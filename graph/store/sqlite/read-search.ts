/**
 * search() by the contract's rule (graph/store/CONTRACT.md, "Search"; ../search-rules.ts). FTS5 finds exactly the
 * nodes holding a unit (search-tokens.ts); per unit a node scores 100 when the unit equals one of its name values,
 * else 10 when it occurs in one, plus 1 for occurring at all; hits are ordered by score, then occurrences (without
 * overlap, up to 50), then id. SQLite scores and orders the matches (kg_unit_score, kg_occurrences:
 * native/kg-search.c), so at most the page asked for of the practices, and the few matching names, leave it.
 */
import { isNodeLabel, type NodeLabel } from '../../schema';
import { compareText } from '../first-reports';
import { READ_CAPS, type Page, type SearchHit, type SearchRequest } from '../graph-store';
import { isSearchableLabel, MAX_COUNTED_OCCURRENCES, SEARCH_SCORES, searchUnits } from '../search-rules';
import { StoreError } from '../store-error';
import { ftsTable, SEARCHABLE_LABELS } from './derived-ddl';
import { pageWindow } from './page-window';
import { readNodesOf } from './read-nodes';
import { matchExpression } from './search-tokens';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES } from './sqlite-tables';

/** An equal name adds this to the score of occurring in it. */
const EQUAL_BONUS = SEARCH_SCORES.nameEquals - SEARCH_SCORES.nameContains;
/** The arguments of the native functions: the scores of a unit in a name and anywhere; the cap and the units' lengths. */
const UNIT_SCORE = `${SEARCH_SCORES.nameContains}, ${SEARCH_SCORES.textContains}`;
const OCCURRENCES = `${MAX_COUNTED_OCCURRENCES}, :lengths`;
const DEFAULT_HITS = 20;

/** How many units equal one of a node's name values, per label (`n` is the node's row, `:units` the units as JSON). */
const EQUAL_UNITS: Record<'Mechanism' | 'Locality' | 'Organization', string> = {
  Mechanism:
    '(SELECT count(*) FROM json_each(:units) u WHERE u.value = n.name OR u.value IN (SELECT value FROM json_each(n.aliases)))',
  Locality: '(SELECT count(*) FROM json_each(:units) u WHERE u.value = n.name OR u.value = n.short_name)',
  Organization: '(n.name IN (SELECT value FROM json_each(:units)))',
};

interface Hit {
  label: NodeLabel;
  id: string;
  score: number;
  occurrences: number;
}

interface SearchParams {
  match: string;
  units: string;
  /** Each unit's length in characters, "3,1,2": kg_occurrences counts a unit's occurrences without overlap. */
  lengths: string;
}

/**
 * The best `wanted` matching practices and how many match, from one pass over the index: the matches are scored once
 * into a temporary table, counted there and their best taken (a separate count would match every phrase again).
 */
function practiceHits(sql: Sql, params: SearchParams, wanted: number): { hits: Hit[]; total: number } {
  const fts = ftsTable('Practice');
  const rows = sql
    .statement(
      `WITH matches AS MATERIALIZED (
  SELECT rowid AS num, kg_unit_score(${fts}, ${UNIT_SCORE}) + ${EQUAL_BONUS} * (rowid IN (SELECT num FROM practice WHERE title IN (SELECT value FROM json_each(:units)))) AS score,
    kg_occurrences(${fts}, ${OCCURRENCES}) AS occurrences FROM ${fts} WHERE ${fts} MATCH :match)
SELECT num, score, occurrences, (SELECT count(*) FROM matches) AS total FROM matches ORDER BY score DESC, occurrences DESC, num LIMIT :wanted`,
    )
    // One row at least, so the count comes back even for a page of none.
    .all({ ...params, wanted: Math.max(1, wanted) }) as {
    num: number;
    score: number;
    occurrences: number;
    total: number;
  }[];
  const kept = rows.slice(0, wanted);
  const ids = new Map(
    sql
      .statement('SELECT num, id FROM practice WHERE num IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(kept.map((r) => r.num))) as [number, string][],
  );
  return {
    hits: kept.map((r) => ({
      label: 'Practice',
      id: ids.get(r.num) as string,
      score: r.score,
      occurrences: r.occurrences,
    })),
    total: rows[0]?.total ?? 0,
  };
}

/** Every match of a label with few nodes (mechanisms, localities, organizations). */
function otherHits(sql: Sql, label: Exclude<keyof typeof EQUAL_UNITS, 'Practice'>, params: SearchParams): Hit[] {
  const fts = ftsTable(label);
  const rows = sql
    .statement(
      `SELECT n.id AS id, kg_unit_score(${fts}, ${UNIT_SCORE}) + ${EQUAL_BONUS} * ${EQUAL_UNITS[label]} AS score, kg_occurrences(${fts}, ${OCCURRENCES}) AS occurrences
FROM ${fts} JOIN ${NODE_TABLES[label].table} n ON n.num = ${fts}.rowid WHERE ${fts} MATCH :match`,
    )
    .all(params) as { id: string; score: number; occurrences: number }[];
  return rows.map((r) => ({ label, ...r }));
}

export function readSearch(sql: Sql, request: SearchRequest): Page<SearchHit> {
  if (typeof request.text !== 'string') throw new StoreError('InvalidInput', 'search: text must be a string');
  for (const label of request.labels ?? [])
    if (!isNodeLabel(label)) throw new StoreError('InvalidInput', `search: unknown label ${String(label)}`);
  const window = pageWindow({ request, cap: READ_CAPS.searchHits, fallback: DEFAULT_HITS });
  const asked = request.labels && request.labels.length > 0 ? new Set(request.labels) : null;
  const labels = SEARCHABLE_LABELS.filter((l) => isSearchableLabel(l) && (!asked || asked.has(l))) as (
    'Practice' | keyof typeof EQUAL_UNITS
  )[];
  const units = searchUnits(request.text);
  if (units.length === 0 || labels.length === 0) return { items: [], total: 0, ...window };
  const params = {
    match: matchExpression(units),
    units: JSON.stringify(units),
    lengths: units.map((u) => Array.from(u).length).join(','),
  };

  // Practices come numbered in id order (ordered-nums.ts): their best `offset + limit` are ordered by the index's row
  // number, with no id read; the other labels are few and read whole. Merged by the contract's order, paged.
  const wanted = window.limit === 0 ? 0 : window.offset + window.limit;
  const hits: Hit[] = [];
  let total = 0;
  for (const label of labels) {
    if (label === 'Practice') {
      const practices = practiceHits(sql, params, wanted);
      hits.push(...practices.hits);
      total += practices.total;
    } else {
      const others = otherHits(sql, label, params);
      hits.push(...others);
      total += others.length;
    }
    sql.checkpoint();
  }
  hits.sort((a, b) => b.score - a.score || b.occurrences - a.occurrences || compareText(a.id, b.id));
  const page = hits.slice(window.offset, wanted);
  const nodes = new Map(
    labels
      .flatMap((label) => readNodesOf({ sql, label, ids: page.filter((h) => h.label === label).map((h) => h.id) }))
      .map((n) => [n.id, n]),
  );
  const items = page.flatMap((hit) => {
    const node = nodes.get(hit.id);
    return node ? [{ node, label: hit.label, score: hit.score }] : [];
  });
  return { items, total, ...window };
}
