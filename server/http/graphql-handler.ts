/**
 * POST/GET /graphql on Node's http server: reads the body (size-limited), refuses a query over the token limit before
 * anything parses it, hands the request to Apollo Server's `executeHTTPGraphQLRequest` and writes its answer — what
 * @apollo/server's express integration does, without express. The admission slot an operation took is released as
 * soon as its answer is built, and nothing is written to a client that has gone.
 */
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'http';
import { isStoreError } from '../../graph/store/store-error';
import type { ApiContext } from '../api-context';
import { API_ERROR_CODES } from '../api-errors';
import type { AdmissionGate } from '../limits/admission-gate';
import type { PriceMemo } from '../limits/price-memo';
import type { ServerLimits } from '../limits/server-limits';
import { tokenLimitRefusal } from '../limits/token-limit';
import { BodyTooLargeError, readBody } from './read-body';

export interface GraphqlRequest {
  apollo: ApolloServer<ApiContext>;
  limits: Pick<ServerLimits, 'maxBodyBytes' | 'maxTokens' | 'heavyCost'>;
  gate: AdmissionGate;
  prices: PriceMemo;
  request: IncomingMessage;
  response: ServerResponse;
  /** The URL's query string (a GET's query and variables). */
  search: string;
  /** This request's own context (its log entry is written when the response closes). */
  context: ApiContext;
}

export async function handleGraphql(input: GraphqlRequest): Promise<void> {
  const { request, response, context } = input;
  let body: unknown;
  try {
    body = parseBody(request, await readBody(request, input.limits.maxBodyBytes));
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return sendError(response, {
        status: 413,
        context,
        message: `The request body is larger than ${error.maxBytes} bytes.`,
        extensions: { code: API_ERROR_CODES.payloadTooLarge },
      });
    if (error instanceof SyntaxError)
      return sendError(response, {
        status: 400,
        context,
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_REQUEST' },
      });
    throw error;
  }
  const named =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)['operationName']
      : undefined;
  if (typeof named === 'string') context.requestLog.operation = named;
  // A client that sent its query and hung up while it was read gets nothing, not even a parse. (A request already
  // past its deadline goes on: every root field answers TIMEOUT without starting.)
  if (isStoreError(context.signal.reason, 'Aborted')) {
    context.requestLog.errorCodes.push(API_ERROR_CODES.requestAborted);
    response.destroy();
    return;
  }
  const query = queryText(body, input.search);
  const refusal = query === undefined ? null : tokenLimitRefusal(query, input.limits.maxTokens);
  if (refusal) {
    const { http: _http, ...extensions } = refusal.extensions;
    return sendError(response, { status: 400, context, message: refusal.message, extensions });
  }
  const retryAfter = query === undefined ? null : knownHeavyRefusal(input, query, body);
  if (retryAfter !== null) {
    response.setHeader('retry-after', String(retryAfter));
    return sendError(response, {
      status: 503,
      context,
      message: `the server is busy with other heavy requests; retry in ${retryAfter} s`,
      extensions: { code: API_ERROR_CODES.serverBusy, retryAfter },
    });
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let answer;
  try {
    answer = await input.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: input.search, body },
      context: async () => context,
    });
  } finally {
    context.admission.release?.(!context.signal.aborted);
  }
  if (response.destroyed) return;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

/** JSON bodies are parsed here (Apollo expects an object); others are passed as text for Apollo to refuse clearly. */
function parseBody(request: IncomingMessage, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' ? (JSON.parse(raw.toString('utf8')) as unknown) : raw.toString('utf8');
}

/**
 * A query priced before (same text, operation and variables) as heavy, while the gate would refuse a newcomer: the
 * seconds to wait. Refused here, it costs the server no parse, no validation, no pricing — under a flood of it, most
 * of the time goes to the answers being served.
 */
function knownHeavyRefusal(input: GraphqlRequest, query: string, body: unknown): number | null {
  const fields =
    body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const variables = fields['variables'];
  const operationName = fields['operationName'];
  const priced = input.prices.known({
    query,
    operationName: typeof operationName === 'string' ? operationName : null,
    variables:
      variables !== null && typeof variables === 'object' && !Array.isArray(variables)
        ? (variables as Record<string, unknown>)
        : null,
  });
  if (priced?.cost === undefined || priced.cost < input.limits.heavyCost) return null;
  return input.gate.wouldRefuse();
}

/** The query text of a POST body or a GET's query string; batches are Apollo's to refuse. */
function queryText(body: unknown, search: string): string | undefined {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const query: unknown = (body as Record<string, unknown>)['query'];
    return typeof query === 'string' ? query : undefined;
  }
  return new URLSearchParams(search).get('query') ?? undefined;
}

interface ErrorAnswer {
  status: number;
  message: string;
  extensions: Record<string, unknown>;
  context: ApiContext;
}

function sendError(response: ServerResponse, answer: ErrorAnswer): void {
  answer.context.requestLog.errorCodes.push(String(answer.extensions['code']));
  response.statusCode = answer.status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  if (answer.status === 413) response.setHeader('connection', 'close');
  response.end(`${JSON.stringify({ errors: [{ message: answer.message, extensions: answer.extensions }] })}\n`);
}
