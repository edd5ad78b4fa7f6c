/** `search`: the fulltext index, filtered to the requested labels, best score first (ties by id). */
import { NODE_LABELS, isNodeLabel } from '../../schema';
import { READ_CAPS, type Page, type SearchHit, type SearchRequest } from '../graph-store';
import { StoreError } from '../store-error';
import { SEARCH_COUNT, SEARCH_PAGE } from './cypher/search-statements';
import { run, type Neo4jConnection } from './connection';
import { luceneQuery } from './lucene-query';
import { field } from './record-fields';
import { int, pageWindow } from './request-limits';
import { asNode, primaryLabel, toCount, toGraphNode } from './to-graph';

/** Hits per page when the caller gives none (as the memory store). */
export const DEFAULT_SEARCH_PAGE = 20;

/** Text without letters or digits finds nothing (an empty page). No labels, or an empty list, means all labels. */
export async function searchNodes(connection: Neo4jConnection, request: SearchRequest): Promise<Page<SearchHit>> {
  const op = 'search';
  if (typeof request.text !== 'string') throw new StoreError('InvalidInput', `${op}: text must be a string`);
  for (const l of request.labels ?? []) if (!isNodeLabel(l)) throw new StoreError('InvalidInput', `${op}: unknown label ${String(l)}`);
  const window = pageWindow(request, READ_CAPS.searchHits, DEFAULT_SEARCH_PAGE);
  const labels: string[] = request.labels && request.labels.length > 0 ? [...request.labels] : [...NODE_LABELS];
  const query = luceneQuery(request.text);
  if (query === null) return { items: [], total: 0, ...window };
  return connection.read(op, async (tx) => {
    const [countRecord] = await run(tx, SEARCH_COUNT, { query, labels });
    const total = countRecord ? toCount(field(countRecord, 'total'), 'total') : 0;
    const records = await run(tx, SEARCH_PAGE, { query, labels, offset: int(window.offset), limit: int(window.limit) });
    const items = records.map((r): SearchHit => {
      const node = toGraphNode(asNode(field(r, 'node'), 'search hit'));
      const score = field(r, 'score');
      // Three decimals, like the memory store: scores rank hits, their digits mean nothing.
      return { node, label: primaryLabel(node), score: typeof score === 'number' ? Math.round(score * 1000) / 1000 : 0 };
    });
    return { items, total, ...window };
  });
}
