/**
 * One HTTP request, routed: /graphql with its own context (abort signal, root-field pacing, log entry), /health
 * outside every queue so it answers under any load, and the web client at /. Each request ends in one JSON log line,
 * written when its connection closes — also when the client hung up before the answer (`aborted: true`).
 */
import type { ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'http';
import type { GraphStore } from '../../graph/store/graph-store';
import type { ApiContext } from '../api-context';
import type { AdmissionGate } from '../limits/admission-gate';
import type { PriceMemo } from '../limits/price-memo';
import { requestSignal } from '../limits/request-signal';
import { createRootFieldTurns } from '../limits/root-field-turns';
import type { ServerLimits } from '../limits/server-limits';
import { errorFields, type Logger } from '../log/json-logger';
import type { CorsPolicy } from './cors';
import { handleGraphql } from './graphql-handler';
import { serveHealth } from './health';
import { serveStatic } from './static-files';

export interface Routes {
  apollo: ApolloServer<ApiContext>;
  store: GraphStore;
  gate: AdmissionGate;
  prices: PriceMemo;
  limits: ServerLimits;
  cors: CorsPolicy;
  webDir: string;
  log: Logger;
  /** Added to every GraphQL context (Neo4j session and transaction settings). */
  contextSettings: Pick<ApiContext, 'sessionConfig' | 'transaction'>;
}

export function routeRequest({
  routes,
  request,
  response,
}: {
  routes: Routes;
  request: IncomingMessage;
  response: ServerResponse;
}): void {
  const started = performance.now();
  const url = new URL(request.url ?? '/', 'http://server');
  const graphql = url.pathname === '/graphql' ? graphqlContext(routes, request, response) : undefined;
  response.once('close', () => {
    graphql?.dispose();
    const requestLog = graphql?.context.requestLog;
    routes.log.info('request', {
      method: request.method,
      path: url.pathname,
      status: response.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(response.writableFinished ? {} : { aborted: true }),
      ...(requestLog?.operation ? { operation: requestLog.operation } : {}),
      ...(requestLog?.cost === undefined ? {} : { cost: requestLog.cost }),
      ...(requestLog && requestLog.errorCodes.length > 0 ? { errors: requestLog.errorCodes } : {}),
    });
  });
  response.setHeader('x-content-type-options', 'nosniff');
  if (routes.cors.handle(request, response)) return;
  const route = (): Promise<void> => {
    if (graphql)
      return handleGraphql({
        apollo: routes.apollo,
        limits: routes.limits,
        gate: routes.gate,
        prices: routes.prices,
        request,
        response,
        search: url.search,
        context: graphql.context,
      });
    if (url.pathname === '/health')
      return serveHealth({ store: routes.store, gate: routes.gate, response, log: routes.log });
    return serveStatic({ webDir: routes.webDir, pathname: url.pathname, request, response });
  };
  route().catch((error: unknown) => {
    routes.log.error('request failed', { path: url.pathname, ...errorFields(error) });
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
}

function graphqlContext(
  routes: Routes,
  request: IncomingMessage,
  response: ServerResponse,
): { context: ApiContext; dispose: () => void } {
  const { signal, dispose } = requestSignal({ request, response, deadlineMs: routes.limits.requestDeadlineMs });
  const context: ApiContext = {
    requestLog: { errorCodes: [] },
    admission: {},
    signal,
    turns: createRootFieldTurns(routes.limits.rootFieldsAtOnce),
    ...routes.contextSettings,
  };
  return { context, dispose };
}
