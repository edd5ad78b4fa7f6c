/**
 * An Apollo Server plugin deciding, once the operation is known and before anything executes, whether it runs:
 * mutations and subscriptions are refused (400, OPERATION_NOT_SUPPORTED: the API only reads), an operation priced over
 * the cost limit is refused (400, GRAPHQL_VALIDATION_FAILED with `extensions.limit` = cost), and a heavy one waits for
 * a slot of the admission gate or is refused at once (503 SERVER_BUSY with Retry-After).
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isStoreError } from '../../graph/store/store-error';
import type { ApiContext } from '../api-context';
import { API_ERROR_CODES } from '../api-errors';
import { GateFullError, type AdmissionGate } from './admission-gate';
import { operationCost } from './operation-cost';
import type { PriceMemo } from './price-memo';
import type { ServerLimits } from './server-limits';

export function operationAdmissionPlugin(input: {
  limits: ServerLimits;
  gate: AdmissionGate;
  prices: PriceMemo;
}): ApolloServerPlugin<ApiContext> {
  const { limits, gate, prices } = input;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          // Apollo calls this hook only once it has picked the operation; without one it has answered already.
          if (!operation) return;
          if (operation.operation !== 'query') throw notSupported(operation.operation);
          // A client gone while its query was parsed gets nothing more.
          if (contextValue.signal.aborted) throw notAdmitted(contextValue.signal.reason);
          const asked = {
            query: request.query ?? '',
            operationName: request.operationName ?? null,
            variables: request.variables ?? null,
          };
          let priced = prices.known(asked);
          if (!priced) {
            priced = operationCost({
              schema,
              document,
              operation,
              ...(request.variables ? { variables: request.variables } : {}),
              limits,
            });
            if (request.query !== undefined) prices.remember(asked, priced);
          }
          if (priced.refusal) throw priced.refusal;
          contextValue.requestLog.cost = priced.cost;
          if (priced.cost < limits.heavyCost) return;
          try {
            contextValue.admission.release = await gate.enter(contextValue.signal);
          } catch (error) {
            throw notAdmitted(error);
          }
        },
      };
    },
  };
}

function notSupported(kind: string): GraphQLError {
  return new GraphQLError(`${kind} operations are not supported: this API only reads (send a query)`, {
    extensions: { code: API_ERROR_CODES.operationNotSupported, http: { status: 400 } },
  });
}

/** A full queue, or a wait cut short by the deadline or a hang-up: the server was too busy to start it in time. */
function notAdmitted(error: unknown): GraphQLError {
  const retryAfter = error instanceof GateFullError ? error.retryAfterSeconds : 1;
  const code = isStoreError(error, 'Aborted')
    ? API_ERROR_CODES.requestAborted
    : isStoreError(error, 'Timeout')
      ? API_ERROR_CODES.timeout
      : API_ERROR_CODES.serverBusy;
  return new GraphQLError(`the server is busy with other heavy requests; retry in ${retryAfter} s`, {
    extensions: {
      code,
      retryAfter,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}
