/**
 * POST/GET /graphql on Node's http server: reads the body (size-limited), hands the request to Apollo Server's
 * `executeHTTPGraphQLRequest` and writes its answer — what @apollo/server's express integration does, without express.
 */
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'http';
import type { ApiContext } from '../api-context';
import { BodyTooLargeError, readBody } from './read-body';

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<ApiContext>;
  maxBodyBytes: number;
}

/** `context` is this request's own (its log entry is written when the response ends). */
export async function handleGraphql(options: GraphqlHandlerOptions, request: IncomingMessage, response: ServerResponse, search: string, context: ApiContext): Promise<void> {
  let body: unknown;
  try {
    body = parseBody(request, await readBody(request, options.maxBodyBytes));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${error.maxBytes} bytes.`, context);
    if (error instanceof SyntaxError) return sendError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.', context);
    throw error;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const answer = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search, body },
    context: async () => context,
  });
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

function sendError(response: ServerResponse, status: number, code: string, message: string, context: ApiContext): void {
  context.requestLog.errorCodes.push(code);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  if (status === 413) response.setHeader('connection', 'close');
  response.end(`${JSON.stringify({ errors: [{ message, extensions: { code } }] })}\n`);
}
