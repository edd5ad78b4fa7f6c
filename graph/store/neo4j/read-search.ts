/** `search`: units of the query (../search-rules.ts), candidates and ranking in Cypher (cypher/search-statements.ts). */
import neo4j from 'neo4j-driver';
import { NODE_LABELS, isNodeLabel } from '../../schema';
import { READ_CAPS, type Page, type ReadOptions, type SearchHit, type SearchRequest } from '../graph-store';
import { MAX_COUNTED_OCCURRENCES, SEARCH_SCORES, searchUnits } from '../search-rules';
import { StoreError } from '../store-error';
import { SEARCH_BY_SCAN, SEARCH_WITH_INDEX } from './cypher/search-statements';
import { run, type Neo4jConnection } from './connection';
import { candidatePlan } from './candidate-plan';
import { field, listField, mapValue } from './record-fields';
import { int, pageWindow } from './request-limits';
import { asNode, primaryLabel, toCount, toGraphNode } from './to-graph';

/** Hits per page when the caller gives none (as the SQLite store). */
export const DEFAULT_SEARCH_PAGE = 20;

const SCORE_PARAMS = {
  nameEquals: neo4j.int(SEARCH_SCORES.nameEquals),
  nameContains: neo4j.int(SEARCH_SCORES.nameContains),
  textContains: neo4j.int(SEARCH_SCORES.textContains),
  maxOccurrences: neo4j.int(MAX_COUNTED_OCCURRENCES),
};

/** A query without units (only spaces or punctuation) finds nothing. No labels, or an empty list, means all labels. */
export async function searchNodes({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: SearchRequest;
  options?: ReadOptions;
}): Promise<Page<SearchHit>> {
  const op = 'search';
  if (typeof request.text !== 'string') throw new StoreError('InvalidInput', `${op}: text must be a string`);
  for (const l of request.labels ?? [])
    if (!isNodeLabel(l)) throw new StoreError('InvalidInput', `${op}: unknown label ${String(l)}`);
  const window = pageWindow({ request, cap: READ_CAPS.searchHits, fallback: DEFAULT_SEARCH_PAGE });
  const labels: string[] = request.labels && request.labels.length > 0 ? [...request.labels] : [...NODE_LABELS];
  const units = searchUnits(request.text);
  if (units.length === 0) return { items: [], total: 0, ...window };
  const { lucene, scanUnits } = candidatePlan(units);
  const params = { units, scanUnits, labels, offset: int(window.offset), limit: int(window.limit), ...SCORE_PARAMS };
  return connection.read(
    op,
    async (tx) => {
      const [record] =
        lucene === null
          ? await run({ tx, stmt: SEARCH_BY_SCAN, params })
          : await run({ tx, stmt: SEARCH_WITH_INDEX, params: { ...params, lucene } });
      if (!record) return { items: [], total: 0, ...window };
      const items = listField(record, 'page').map((value): SearchHit => {
        const hit = mapValue(value, 'search hit');
        const node = toGraphNode(asNode(hit['node'], 'search hit'));
        return { node, label: primaryLabel(node), score: toCount(hit['score'], 'score') };
      });
      return { items, total: toCount(field(record, 'total'), 'total'), ...window };
    },
    options,
  );
}
