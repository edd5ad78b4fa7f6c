/**
 * The one boundary where errors become what a client sees (Apollo's `formatError`). Resolvers throw StoreErrors
 * (from the port) or the GraphQLErrors made here; graphql and Apollo add parse and validation errors. Clients get a
 * stable `extensions.code` and a message without stack traces or file paths; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no detail, and its full error goes to the log.
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isStoreError, type StoreError, type StoreErrorCode } from '../graph/store/store-error';
import { errorFields, type Logger } from './log/json-logger';

export const API_ERROR_CODES = {
  notFound: 'NOT_FOUND',
  badUserInput: ApolloServerErrorCode.BAD_USER_INPUT,
  storeUnavailable: 'STORE_UNAVAILABLE',
  timeout: 'TIMEOUT',
  forbidden: 'FORBIDDEN',
  neo4jRequired: 'NEO4J_REQUIRED',
  /** The request's client went away before its answer was ready (only the log sees it). */
  requestAborted: 'REQUEST_ABORTED',
  /** A mutation or subscription: the API only reads. */
  operationNotSupported: 'OPERATION_NOT_SUPPORTED',
  /** The queue of heavy operations is full (503 with Retry-After). */
  serverBusy: 'SERVER_BUSY',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  internal: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: API_ERROR_CODES.badUserInput } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: API_ERROR_CODES.notFound } });
}

/** What `cypher` answers on the embedded store: how to get a Neo4j store, not a crash. */
export function neo4jRequired(): GraphQLError {
  return new GraphQLError(
    'cypher: Cypher queries need the Neo4j store, and this server runs on the embedded store. Start Neo4j and the app with ' +
      '`docker compose up` (see README "Neo4j with docker compose"), or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD and restart `kg serve`.',
    { extensions: { code: API_ERROR_CODES.neo4jRequired } },
  );
}

/** Store codes the client can act on keep their message (it names the operation and the input, never a path). */
const CLIENT_STORE_CODES: Partial<Record<StoreErrorCode, string>> = {
  NotFound: API_ERROR_CODES.notFound,
  InvalidInput: API_ERROR_CODES.badUserInput,
  Timeout: API_ERROR_CODES.timeout,
  ReadOnly: API_ERROR_CODES.forbidden,
  Aborted: API_ERROR_CODES.requestAborted,
};

export interface ErrorFormatterOptions {
  log: Logger;
  /** Turns errors of a foreign layer (the Neo4j driver under @neo4j/graphql's generated resolvers) into StoreErrors. */
  translate?: (error: unknown) => unknown;
}

export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    const original = options.translate ? options.translate(unwrapped) : unwrapped;
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (isStoreError(original)) return storeError(original, where, options.log);
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && code !== API_ERROR_CODES.internal) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, ...where, extensions: { ...extensions, code } };
    }
    options.log.error('internal error', { path: formatted.path, ...errorFields(original) });
    return { message: 'Internal server error', ...where, extensions: { code: API_ERROR_CODES.internal } };
  };
}

function storeError(error: StoreError, where: Partial<GraphQLFormattedError>, log: Logger): GraphQLFormattedError {
  const code = CLIENT_STORE_CODES[error.code];
  if (code) return { message: error.message, ...where, extensions: { code } };
  // Unavailable, locked or corrupt stores: the detail names files and hosts, so it stays in the log.
  log.error('store unavailable', { storeCode: error.code, ...errorFields(error) });
  return {
    message: 'The graph store is unavailable; the server log has the details.',
    ...where,
    extensions: { code: API_ERROR_CODES.storeUnavailable },
  };
}
