/**
 * `kg serve`: the GraphQL API, the health endpoint and the built web client on one port, until SIGINT or SIGTERM,
 * which close the server (requests in flight finish) and then the store. The store is opened read-only: serving only
 * reads. An ingest may run beside it: SQLite's readers see each committed bulletin at their next read.
 */
import { neo4jConfigFromEnv } from '../../graph/store/neo4j';
import { StoreError } from '../../graph/store/store-error';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/start-server';
import { EXIT } from '../exit-codes';
import { openStore, type StoreOptions } from '../open-store';

export interface ServeOptions extends StoreOptions {
  port?: string;
  host?: string;
}

export async function serveCommand(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const port = parsePort(options.port ?? env['PORT'] ?? String(DEFAULT_PORT));
  const host = options.host ?? env['HOST'] ?? DEFAULT_HOST;
  const store = await openStore({ ...options, readOnly: true });
  let server;
  try {
    server = await startServer({
      store,
      port,
      host,
      ...(store.kind === 'neo4j' ? { neo4j: neo4jConfigFromEnv(env) ?? undefined } : {}),
      ...(env['CORS_ORIGIN'] ? { corsOrigin: env['CORS_ORIGIN'] } : {}),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  console.log(
    `serving the ${store.kind} store at ${server.url}  (GraphQL: ${server.url}graphql, health: ${server.url}health)`,
  );
  // A promise some request left rejected must not stop the server for everyone: it is logged and serving goes on.
  const keepServing = (reason: unknown) =>
    console.error(
      `kg serve: an unhandled rejection, still serving: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
  process.on('unhandledRejection', keepServing);
  const signal = await terminationSignal();
  console.log(`${signal}: shutting down`);
  process.off('unhandledRejection', keepServing);
  await server.close();
  await store.close();
  return EXIT.ok;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StoreError('InvalidInput', `serve: the port must be a number from 0 to 65535 (got "${text}")`);
  return port;
}

function terminationSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
