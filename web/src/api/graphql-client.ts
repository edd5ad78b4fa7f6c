/**
 * Posts a GraphQL document to the server's /graphql (same origin) and returns `data`, or throws an ApiError. A request
 * the server refused as busy (503 SERVER_BUSY: its heavy slots and short queue were full) is sent again after the
 * Retry-After the server gave, a few times: one screen fires several heavy reads at once, and on a loaded server
 * the last of them is often refused although the others finish within a second.
 */

/** A failed request: the server's own message (GraphQL error or HTTP status), fit to show to the user. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
}

export type Request = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface RetryPolicy {
  /** Sends after the first; 0 never retries. */
  retries: number;
  /** The longest wait honoured: a server asking for longer is answered with its error at once. */
  maxWaitMs: number;
}

/** Four more tries, each after the server's Retry-After (at least 1 s), over at most ~10 s in all. */
const BUSY_RETRIES: RetryPolicy = { retries: 4, maxWaitMs: 3_000 };
const SERVER_BUSY = 'SERVER_BUSY';

/** A client bound to the endpoint, relative to the page so the explorer also works behind a path prefix. */
export function createGraphqlClient(
  endpoint = new URL('graphql', document.baseURI).toString(),
  retry: RetryPolicy = BUSY_RETRIES,
): Request {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = JSON.stringify({ query, variables });
    for (let attempt = 0; ; attempt++) {
      const response = await post(endpoint, body);
      const answer = await parse<T>(endpoint, response);
      const first = answer.errors?.[0];
      const waitMs = first?.extensions?.code === SERVER_BUSY ? retryAfterMs(response, first.extensions) : null;
      if (first && waitMs !== null && attempt < retry.retries && waitMs <= retry.maxWaitMs) {
        // Jittered, so clients refused together do not all come back together.
        await sleep(waitMs * (1 + Math.random() * 0.25));
        continue;
      }
      if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
      if (!answer.data) throw new ApiError(`${endpoint}: HTTP ${response.status}, no data`, 'HTTP');
      return answer.data;
    }
  };
}

async function post(endpoint: string, body: string): Promise<Response> {
  try {
    return await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
  } catch (error) {
    throw new ApiError(`${endpoint}: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK');
  }
}

async function parse<T>(endpoint: string, response: Response): Promise<GraphQLResponse<T>> {
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`${endpoint}: HTTP ${response.status}`, 'HTTP');
  }
}

/** The server's Retry-After (header, else the error's `retryAfter`), in ms. */
function retryAfterMs(response: Response, extensions: { retryAfter?: number }): number {
  const header = Number(response.headers.get('retry-after'));
  const seconds = Number.isFinite(header) && header > 0 ? header : (extensions.retryAfter ?? 1);
  return seconds * 1000;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
