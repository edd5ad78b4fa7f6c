/**
 * Remembered prices, by query text, operation name and variables: the explorer sends the same few queries again and
 * again, and a flood repeats one thousands of times. The HTTP layer looks a price up before anything parses the
 * query, so a heavy query that arrives while the admission gate is full is refused without parsing it at all.
 */
import type { OperationCost } from './operation-cost';
import { recentAnswers } from './recent-answers';

export interface PricedRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface PriceMemo {
  known(request: PricedRequest): OperationCost | undefined;
  remember(request: PricedRequest, cost: OperationCost): void;
}

/** Queries longer than this are priced every time rather than kept. */
const MAX_QUERY_LENGTH = 20_000;

export function createPriceMemo(maxEntries: number): PriceMemo {
  const prices = recentAnswers<OperationCost>(maxEntries);
  const key = (request: PricedRequest) =>
    request.query.length > MAX_QUERY_LENGTH
      ? undefined
      : JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]);
  return {
    known(request) {
      const at = key(request);
      return at === undefined ? undefined : prices.get(at);
    },
    remember(request, cost) {
      const at = key(request);
      if (at !== undefined) prices.set(at, cost);
    },
  };
}
