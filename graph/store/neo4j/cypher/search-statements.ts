/** Fulltext search over the `kg_fulltext` index (cjk analyzer); the Lucene query string arrives as a parameter. */
import { FULLTEXT_INDEX_LITERAL } from './identifiers';
import { statement } from './statement';

const HITS = `CALL db.index.fulltext.queryNodes(${FULLTEXT_INDEX_LITERAL}, $query) YIELD node, score
   WHERE any(l IN labels(node) WHERE l IN $labels)`;

export const SEARCH_COUNT = statement('read.searchCount', `${HITS}\nRETURN count(node) AS total`, ['query', 'labels']);

/** Best score first; id breaks ties so pages never overlap. */
export const SEARCH_PAGE = statement(
  'read.searchPage',
  `${HITS}
   RETURN node, score
   ORDER BY score DESC, node.id
   SKIP $offset LIMIT $limit`,
  ['query', 'labels', 'offset', 'limit'],
);
