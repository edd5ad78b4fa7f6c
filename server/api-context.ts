/**
 * What every GraphQL request carries: its log entry, its abort signal (deadline or hang-up) and the pacing of its root
 * fields, the admission slot it may hold, and in Neo4j mode the session and transaction settings.
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { RootFieldTurns } from './limits/root-field-turns';

/** Filled while the request runs (request-log-plugin.ts, operation-admission-plugin.ts) and written as one log line when it ends. */
export interface RequestLog {
  operation?: string;
  /** The operation's estimated cost (limits/operation-cost.ts). */
  cost?: number;
  errorCodes: string[];
}

export interface ApiContext {
  requestLog: RequestLog;
  /**
   * Fires when the request passes its deadline or its client disconnects (limits/request-signal.ts). Every resolver
   * passes it to the store (`ReadOptions.signal`); no root field starts after it fired.
   */
  signal: AbortSignal;
  /** Paces the root fields (limits/root-field-turns.ts); taken by every domain resolver. */
  turns: RootFieldTurns;
  /**
   * The admission slot a heavy operation holds (limits/operation-admission-plugin.ts); the HTTP layer releases it once
   * the answer is built. An object of its own: Apollo hands resolvers and plugins a shallow copy of the context.
   */
  admission: { release?: (completed?: boolean) => void };
  /** Read by @neo4j/graphql's generated resolvers (Neo4j mode): the database, and the transaction timeout. */
  sessionConfig?: { database?: string };
  transaction?: { timeout?: number };
}

/** A Query resolver with its own argument type (`never` here admits each resolver's own; graphql checked them). */
export type GraphFieldResolver = GraphQLFieldResolver<unknown, ApiContext, never>;
