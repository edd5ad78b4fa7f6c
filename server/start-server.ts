/**
 * The server: GraphQL at /graphql (Apollo Server on Node's http server), health at /health, the built web client at /.
 * One port for all three. Limits (README "Server"): query depth and cost, page caps, body size, Cypher timeout and rows;
 * clients never see stack traces or paths; one JSON log line per request on stderr.
 */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import type { GraphStore } from '../graph/store/graph-store';
import type { Neo4jStoreConfig } from '../graph/store/neo4j';
import type { ApiContext } from './api-context';
import { createErrorFormatter } from './api-errors';
import { corsPolicy } from './http/cors';
import { handleGraphql } from './http/graphql-handler';
import { serveHealth } from './http/health';
import { serveStatic } from './http/static-files';
import { costLimitRule } from './limits/cost-limit-rule';
import { depthLimitRule } from './limits/depth-limit-rule';
import { SERVER_LIMITS } from './limits/server-limits';
import { createJsonLogger, errorFields, type Logger } from './log/json-logger';
import { requestLogPlugin } from './log/request-log-plugin';
import { servingMode } from './serving-mode';

export interface StartServerOptions {
  /** An open store; the server reads it and leaves closing it to the caller. */
  store: GraphStore;
  /** Default 4000; 0 picks any free port. */
  port?: number;
  /** Default 127.0.0.1 (this machine only); 0.0.0.0 to serve the network. */
  host?: string;
  /** The built web client; default dist/web of this package. */
  webDir?: string;
  /** Neo4j connection settings: with a Neo4j store, @neo4j/graphql serves the schema (generated fields included). */
  neo4j?: Neo4jStoreConfig;
  /** Allowed cross-origin callers (see http/cors.ts); default: same origin only. */
  corsOrigin?: string;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? createJsonLogger();
  const webDir = options.webDir ?? defaultWebDir();
  const mode = await servingMode(options.store, options.neo4j);
  const cors = corsPolicy(options.corsOrigin);
  const httpServer = http.createServer();
  const apollo = new ApolloServer<ApiContext>(apolloOptions(mode.schema, httpServer, log, mode.translateError));
  await apollo.start();

  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const started = performance.now();
    const context: ApiContext = { requestLog: { errorCodes: [] }, ...mode.contextSettings };
    const url = new URL(request.url ?? '/', 'http://server');
    response.on('finish', () =>
      log.info('request', {
        method: request.method,
        path: url.pathname,
        status: response.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(context.requestLog.operation ? { operation: context.requestLog.operation } : {}),
        ...(context.requestLog.errorCodes.length > 0 ? { errors: context.requestLog.errorCodes } : {}),
      }),
    );
    response.setHeader('x-content-type-options', 'nosniff');
    if (cors.handle(request, response)) return;
    const route = (): Promise<void> => {
      if (url.pathname === '/graphql') return handleGraphql({ apollo, maxBodyBytes: SERVER_LIMITS.maxBodyBytes }, request, response, url.search, context);
      if (url.pathname === '/health') return serveHealth(options.store, response, log);
      return serveStatic(webDir, url.pathname, request, response);
    };
    route().catch((error: unknown) => {
      log.error('request failed', { path: url.pathname, ...errorFields(error) });
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });

  try {
    await listen(httpServer, options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST);
  } catch (error) {
    await apollo.stop();
    await mode.close();
    throw error;
  }
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${displayHost(options.host ?? DEFAULT_HOST)}:${address.port}/`,
    async close() {
      // The drain plugin stops accepting connections and lets requests in flight finish (10 s at most).
      await apollo.stop();
      await mode.close();
    },
  };
}

function apolloOptions(schema: GraphQLSchema, httpServer: http.Server, log: Logger, translate?: (error: unknown) => unknown): ApolloServerOptions<ApiContext> {
  return {
    schema,
    validationRules: [
      depthLimitRule(SERVER_LIMITS.maxDepth),
      costLimitRule({ maxCost: SERVER_LIMITS.maxCost, defaultListSize: SERVER_LIMITS.defaultListSize, variableListSize: SERVER_LIMITS.variableListSize }),
    ],
    formatError: createErrorFormatter({ log, ...(translate ? { translate } : {}) }),
    includeStacktraceInErrorResponses: false,
    // Integrators read the schema (and the explorer's tooling may); the landing page would load Apollo's CDN.
    introspection: true,
    // Signals belong to the process (`kg serve` closes the store after the server); Apollo would re-raise them.
    stopOnTerminationSignals: false,
    logger: {
      debug: () => undefined,
      info: (message: unknown) => log.info(String(message)),
      warn: (message: unknown) => log.info(String(message), { warning: true }),
      error: (message: unknown) => log.error(String(message)),
    },
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), requestLogPlugin()],
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The address to print: a wildcard host is reachable here as localhost. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function defaultWebDir(): string {
  // dist/server/start-server.js or server/start-server.ts: the package root is one or two levels up.
  const up = path.basename(path.dirname(__dirname)) === 'dist' ? path.join(__dirname, '..', '..') : path.join(__dirname, '..');
  return path.join(up, 'dist', 'web');
}
