/**
 * Every statement the Neo4j adapter can send, in one list: the offline tests lint each of them with Neo4j's own
 * parser and semantic analyser, so a typo fails CI although no database runs there.
 */
import * as aggregate from './aggregate-statements';
import * as generation from './analysis-generation';
import * as analysis from './analysis-statements';
import * as curation from './curation-statements';
import * as ddl from './ddl';
import * as lookup from './lookup-statements';
import * as search from './search-statements';
import type { CypherStatement } from './statement';
import * as write from './write-statements';

export const ALL_STATEMENTS: readonly CypherStatement[] = [
  ...ddl.DDL,
  ddl.AWAIT_INDEXES,
  write.FIND_BULLETINS,
  write.DELETE_BULLETIN,
  write.CLEAR_BATCH,
  write.SET_FINGERPRINT,
  write.STORED_LABELS,
  ...Object.values(write.UPSERT_NODES),
  ...Object.values(write.UPSERT_RELATIONSHIPS),
  lookup.NODE_BY_ID,
  lookup.NODE_DEGREE,
  lookup.NEIGHBORHOOD_HOP,
  lookup.NEIGHBORHOOD_RELATIONSHIPS,
  lookup.PRACTICE_DETAIL,
  lookup.SIMILAR_PRACTICES,
  lookup.NODE_IDS_BY_ELEMENT_ID,
  generation.ANALYSIS_GENERATION,
  generation.CLAIM_GENERATION,
  generation.SWITCH_GENERATION,
  generation.DELETE_OLDER_GENERATIONS,
  generation.DELETE_GENERATION,
  generation.FINISH_GENERATION,
  generation.CURRENT_ANALYSIS_COUNTS,
  generation.MARK_STALE,
  generation.MARK_CURRENT,
  generation.ANALYSIS_STATUS,
  generation.STALE_IF_UNRECORDED,
  search.SEARCH_WITH_INDEX,
  search.SEARCH_BY_SCAN,
  aggregate.LOCALITIES_PAGE,
  aggregate.MECHANISMS_PAGE,
  aggregate.ADOPTION_MECHANISMS,
  aggregate.ADOPTION_REPRINT_USERS,
  aggregate.ADOPTION_ROWS,
  aggregate.ADOPTION_COLUMNS,
  aggregate.ADOPTION_CELLS,
  aggregate.NODE_COUNTS,
  aggregate.RELATIONSHIP_COUNTS,
  aggregate.EXPORT_NODES,
  aggregate.EXPORT_RELATIONSHIPS,
  analysis.MECHANISM_BY_NAME,
  analysis.LOCALITY_BY_CODE,
  analysis.LOCALITIES_BY_CODE,
  analysis.MECHANISMS_BY_NAME,
  analysis.DIFFUSION_REPORTS,
  analysis.PORTFOLIO_REPORTS,
  analysis.LEVEL_PORTFOLIOS,
  analysis.RELATED_CODES,
  analysis.FAMILY_MEMBERS,
  analysis.PANEL_REPORTS,
  analysis.ANALYSIS_INPUT,
  analysis.MISSING_PRACTICES,
  analysis.MISSING_MECHANISMS,
  ...Object.values(analysis.CREATE_ANALYSIS_RELATIONSHIPS),
  analysis.CLEAR_MECHANISM_ANALYSES,
  analysis.SET_MECHANISM_ANALYSES,
  curation.MECHANISM_USAGE,
  curation.STORED_BULLETINS,
  curation.SET_MECHANISMS,
  curation.DELETE_UNUSED_MECHANISMS,
];

/**
 * The researcher's query, planned but not run: Neo4j reports the plan's query type ('r', 'rw', 'w', 's'), which
 * decides whether the query may run. The query text is the researcher's own; nothing else is ever spliced in.
 */
export function explainQuery(query: string): string {
  return `EXPLAIN ${query}`;
}
