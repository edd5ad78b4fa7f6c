/**
 * The error a client gets when a query is refused by a limit before it runs: 400, the stable code
 * GRAPHQL_VALIDATION_FAILED, and `extensions.limit` naming the limit (tokens, aliases, depth, directives, cost) with
 * its maximum, so a client can tell which one it met without reading the message.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

export type LimitName = 'tokens' | 'aliases' | 'depth' | 'directives' | 'cost';

export interface LimitRefusal {
  limit: LimitName;
  max: number;
  message: string;
  /** What was found (the cost, the depth…), when the limit's library says. */
  found?: number;
}

export const REFUSAL_CODE = ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED;

export function limitRefusal(refusal: LimitRefusal): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      code: REFUSAL_CODE,
      limit: refusal.limit,
      max: refusal.max,
      ...(refusal.found === undefined ? {} : { found: refusal.found }),
      http: { status: 400 },
    },
  });
}
