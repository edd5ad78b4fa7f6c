/**
 * The one place where driver errors become StoreErrors (like neo4j/graphql's `formatError`). Codes decide, never
 * message text — except to name the network cause of an unreachable server in one readable line.
 */
import { Neo4jError } from 'neo4j-driver';
import { StoreError } from '../store-error';

export interface ErrorContext {
  /** The store operation, which starts every message (`open: …`, `search: …`). */
  operation: string;
  uri: string;
  user: string;
  database?: string;
}

const UNREACHABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const BAD_CREDENTIALS = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const READ_ONLY = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/**
 * Maps a driver error to a StoreError; a StoreError passes through, and an error without a driver code (a bug in
 * this adapter) is returned unchanged rather than disguised as a database problem.
 */
export function translateNeo4jError(error: unknown, context: ErrorContext): Error {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  const { operation: op, uri, user } = context;
  const detail = firstLine(error);
  if (code === undefined) {
    // A driver error without a server code (pool exhausted, connection acquisition timed out).
    if (error instanceof Neo4jError)
      return new StoreError('StoreUnavailable', `${op}: Neo4j at ${uri} failed: ${detail}`);
    return error instanceof Error ? error : new Error(String(error));
  }
  if (UNREACHABLE.has(code)) {
    const reason = networkCause(detail);
    return new StoreError(
      'StoreUnavailable',
      `${op}: cannot reach Neo4j at ${uri}: ${reason} — is it running? (docker compose up neo4j)`,
    );
  }
  if (BAD_CREDENTIALS.has(code)) {
    const hint = 'check NEO4J_USER and NEO4J_PASSWORD';
    return new StoreError('StoreUnavailable', `${op}: Neo4j at ${uri} rejected user "${user}": ${detail} — ${hint}`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    const name = context.database ?? '(default)';
    return new StoreError(
      'StoreUnavailable',
      `${op}: Neo4j at ${uri} has no database "${name}" — check NEO4J_DATABASE`,
    );
  }
  if (TIMED_OUT.has(code) || (/Terminated$/.test(code) && /time(d)? ?out/i.test(detail))) {
    return new StoreError('Timeout', `${op}: the query ran past its time limit and was stopped: ${detail}`);
  }
  if (READ_ONLY.has(code)) return new StoreError('ReadOnly', `${op}: writes are not allowed here: ${detail}`);
  if (code.startsWith('Neo.ClientError.')) return new StoreError('InvalidInput', `${op}: ${detail} (${code})`);
  // Transient errors reach here only after the driver's retries ran out; database errors are the server's own.
  return new StoreError('StoreUnavailable', `${op}: Neo4j at ${uri} failed: ${detail} (${code})`);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && code !== '' && code !== 'N/A' ? code : undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? 'no message'
  );
}

/** The driver's long "Failed to connect … Caused by: connect ECONNREFUSED" becomes "connection refused". */
function networkCause(message: string): string {
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'host not found';
  if (/ETIMEDOUT|timed out|timeout/i.test(message)) return 'connection timed out';
  if (/ECONNRESET|EPIPE|closed/i.test(message)) return 'connection closed by the server';
  const cause = /Caused by: (.*)$/.exec(message)?.[1];
  return cause ?? message;
}
