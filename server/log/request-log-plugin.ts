/** An Apollo Server plugin noting each request's operation name and error codes in its context, for the request's log line. */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { ApiContext } from '../api-context';

export function requestLogPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          // Anonymous operations are named by their root fields: `{search,node}`.
          const roots = (operation?.selectionSet.selections ?? []).map((selection) =>
            selection.kind === Kind.FIELD ? selection.name.value : '…',
          );
          contextValue.requestLog.operation = operationName ?? `{${roots.join(',')}}`;
        },
        async willSendResponse({ contextValue, response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? [])
            contextValue.requestLog.errorCodes.push(String(error.extensions?.['code'] ?? 'UNKNOWN'));
        },
      };
    },
  };
}
