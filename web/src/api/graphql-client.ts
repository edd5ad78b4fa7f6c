/** Posts a GraphQL document to the server's /graphql (same origin) and returns `data`, or throws an ApiError. */

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
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Request = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A client bound to the endpoint, relative to the page so the explorer also works behind a path prefix. */
export function createGraphqlClient(endpoint = new URL('graphql', document.baseURI).toString()): Request {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new ApiError(`${endpoint}: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK');
    }
    let body: GraphQLResponse<T>;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      throw new ApiError(`${endpoint}: HTTP ${response.status}`, 'HTTP');
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
    if (!body.data) throw new ApiError(`${endpoint}: HTTP ${response.status}, no data`, 'HTTP');
    return body.data;
  };
}
