/**
 * GET /health: 200 with the store's kind and counts while the store answers, 503 when it does not; also how many heavy
 * operations run and wait, and whether the analyses are stale (an ingest stopped before them: similar practices and
 * reprints are then those of an older graph). It never waits in the admission queue, so it answers under any load.
 */
import type { ServerResponse } from 'http';
import type { GraphStore } from '../../graph/store/graph-store';
import type { AdmissionGate } from '../limits/admission-gate';
import { errorFields, type Logger } from '../log/json-logger';

export async function serveHealth(input: {
  store: GraphStore;
  gate: AdmissionGate;
  response: ServerResponse;
  log: Logger;
}): Promise<void> {
  const { store, response } = input;
  let status = 200;
  let body: Record<string, unknown>;
  try {
    const [stats, analyses] = await Promise.all([store.stats(), store.analysisStatus()]);
    body = {
      status: 'ok',
      store: store.kind,
      bulletins: stats.bulletins,
      practices: stats.practices,
      nodes: stats.nodes,
      relationships: stats.relationships,
      analyses,
      heavy: input.gate.load(),
    };
  } catch (error) {
    input.log.error('health: the store does not answer', errorFields(error));
    status = 503;
    body = { status: 'unavailable', store: store.kind };
  }
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(`${JSON.stringify(body)}\n`);
}
