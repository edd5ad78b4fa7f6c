/** What every GraphQL request carries: its log entry, and in Neo4j mode the session and transaction settings. */

/** Filled while the request runs (request-log-plugin.ts) and written as one log line when it ends. */
export interface RequestLog {
  operation?: string;
  errorCodes: string[];
}

export interface ApiContext {
  requestLog: RequestLog;
  /** Read by @neo4j/graphql's generated resolvers (Neo4j mode): the database, and the transaction timeout. */
  sessionConfig?: { database?: string };
  transaction?: { timeout?: number };
}
