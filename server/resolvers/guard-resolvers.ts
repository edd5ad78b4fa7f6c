/**
 * Wraps the domain resolvers so that no root field starts, and no result is kept, once the request's signal fired
 * (deadline passed, client gone): each field takes its turn (limits/root-field-turns.ts), checks the signal, reads,
 * and checks again. A store that stops on the signal rejects with `Aborted`; the client sees why it fired instead.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { isStoreError } from '../../graph/store/store-error';
import type { ApiContext, GraphFieldResolver } from '../api-context';

export function guardResolvers(resolvers: Record<string, GraphFieldResolver>): Record<string, GraphFieldResolver> {
  return Object.fromEntries(Object.entries(resolvers).map(([name, resolve]) => [name, guarded(resolve)]));
}

function guarded(resolve: GraphFieldResolver): GraphFieldResolver {
  return async (source: unknown, args: never, context: ApiContext, info: GraphQLResolveInfo) => {
    const { signal } = context;
    const release = await context.turns.take(signal);
    try {
      const value: unknown = await resolve(source, args, context, info);
      signal.throwIfAborted();
      return value;
    } catch (error) {
      if (signal.aborted && isStoreError(error, 'Aborted')) throw signal.reason;
      throw error;
    } finally {
      release();
    }
  };
}
