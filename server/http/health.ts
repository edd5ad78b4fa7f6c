/** GET /health: 200 with the store's kind and counts while the store answers, 503 when it does not. */
import type { ServerResponse } from 'http';
import type { GraphStore } from '../../graph/store/graph-store';
import { errorFields, type Logger } from '../log/json-logger';

export async function serveHealth(store: GraphStore, response: ServerResponse, log: Logger): Promise<void> {
  let status = 200;
  let body: Record<string, unknown>;
  try {
    const stats = await store.stats();
    body = { status: 'ok', store: store.kind, bulletins: stats.bulletins, practices: stats.practices, nodes: stats.nodes, relationships: stats.relationships };
  } catch (error) {
    log.error('health: the store does not answer', errorFields(error));
    status = 503;
    body = { status: 'unavailable', store: store.kind };
  }
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(`${JSON.stringify(body)}\n`);
}
