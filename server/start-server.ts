/**
 * The server: GraphQL at /graphql (Apollo Server on Node's http server), health at /health, the built web client at /.
 * One port for all three. Limits (limits/server-limits.ts, README "Server"): tokens, aliases, depth, directives and a
 * store-priced cost refused before execution; a deadline and hang-up detection that abort store work; a capped number
 * of heavy operations with a short queue (503 beyond); body and response size caps; read-only operations. Clients never
 * see stack traces or paths; one JSON log line per request on stderr.
 */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
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
import { routeRequest } from './http/route-request';
import { createAdmissionGate, type AdmissionGate } from './limits/admission-gate';
import { armorRules } from './limits/armor-rules';
import { operationAdmissionPlugin } from './limits/operation-admission-plugin';
import { createPriceMemo, type PriceMemo } from './limits/price-memo';
import { pacedReads } from './limits/paced-reads';
import { stringifyWithin } from './limits/response-size';
import { SERVER_LIMITS, type ServerLimits } from './limits/server-limits';
import { createJsonLogger, type Logger } from './log/json-logger';
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
  /** Overrides of SERVER_LIMITS (tests use a short deadline or a small queue). */
  limits?: Partial<ServerLimits>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4000;
/** Distinct queries (text, operation, variables) whose price is remembered. */
const PRICES_KEPT = 2_000;
export const DEFAULT_HOST = '127.0.0.1';

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? createJsonLogger();
  const limits: ServerLimits = { ...SERVER_LIMITS, ...options.limits };
  // Resolvers read through the pacer; /health reads the store itself (http/health.ts).
  const mode = await servingMode(pacedReads(options.store), options.neo4j);
  const gate = createAdmissionGate({
    concurrency: limits.heavyConcurrency,
    queueLength: limits.queueLength,
    maxQueueWaitMs: limits.maxQueueWaitMs,
    assumedMs: limits.assumedHeavyMs,
  });
  const httpServer = http.createServer();
  // A client has this long to send a whole request (headers and body); slow senders are cut off.
  httpServer.headersTimeout = limits.receiveTimeoutMs;
  httpServer.requestTimeout = limits.receiveTimeoutMs;
  const prices = createPriceMemo(PRICES_KEPT);
  const apollo = new ApolloServer<ApiContext>(
    apolloOptions({
      schema: mode.schema,
      httpServer,
      log,
      limits,
      gate,
      prices,
      ...(mode.translateError ? { translate: mode.translateError } : {}),
    }),
  );
  await apollo.start();
  const routes = {
    apollo,
    store: options.store,
    gate,
    prices,
    limits,
    cors: corsPolicy(options.corsOrigin),
    webDir: options.webDir ?? defaultWebDir(),
    log,
    contextSettings: mode.contextSettings,
  };
  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) =>
    routeRequest({ routes, request, response }),
  );

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

interface ApolloSetup {
  schema: GraphQLSchema;
  httpServer: http.Server;
  log: Logger;
  limits: ServerLimits;
  gate: AdmissionGate;
  prices: PriceMemo;
  translate?: (error: unknown) => unknown;
}

function apolloOptions(setup: ApolloSetup): ApolloServerOptions<ApiContext> {
  const { schema, httpServer, log, limits, gate, prices, translate } = setup;
  return {
    schema,
    validationRules: armorRules(limits),
    formatError: createErrorFormatter({ log, ...(translate ? { translate } : {}) }),
    stringifyResult: stringifyWithin(limits.maxResponseBytes),
    // One operation per request: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
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
    // Cache-control hints are unused here, and their plugin wraps every field resolver of every answer.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogPlugin(),
      operationAdmissionPlugin({ limits, gate, prices }),
    ],
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
  const up =
    path.basename(path.dirname(__dirname)) === 'dist' ? path.join(__dirname, '..', '..') : path.join(__dirname, '..');
  return path.join(up, 'dist', 'web');
}
