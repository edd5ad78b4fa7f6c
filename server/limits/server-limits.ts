/**
 * The server's protective limits (README "Server"). Store reads have their own hard caps (READ_CAPS in the port);
 * these bound what one HTTP request may ask for before any store work starts.
 */
export const SERVER_LIMITS = {
  /** Deepest selection nesting, introspection excluded. The explorer's queries nest 4 deep; @neo4j/graphql
   *  connections (practicesConnection → edges → node → mechanismsConnection → edges → properties) need 6–7. */
  maxDepth: 8,
  /** Estimated cost of one operation (see cost-limit-rule.ts): about 25 full-size explorer queries in one request. */
  maxCost: 25_000,
  /** Assumed size of a list when no `limit`/`first` argument says otherwise. */
  defaultListSize: 10,
  /** Assumed size of a list whose `limit`/`first` comes from a variable (unknown while validating): the page cap. */
  variableListSize: 200,
  /** Request bodies above this are refused with 413; a GraphQL query is a few kilobytes. */
  maxBodyBytes: 1_000_000,
  /** Read-only Cypher: transaction timeout and returned rows (the store caps them again). */
  cypherTimeoutMs: 10_000,
  cypherRowCap: 1_000,
  /** Timeout of each @neo4j/graphql generated query's transaction (Neo4j mode). */
  generatedQueryTimeoutMs: 15_000,
} as const;
