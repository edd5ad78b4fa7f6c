/** A worker thread of the parallel ingest: builds its own knowledge, then ingests the files it is sent, one at a time. */
import { parentPort } from 'worker_threads';
import { ingestOneFile } from './ingest-one-file';
import { createKnowledge } from './pipeline';

const port = parentPort;
if (!port) throw new Error('ingest-worker: must run as a worker thread');
const knowledge = createKnowledge();
port.on('message', (message: { index: number; file: string } | null) => {
  if (message === null) {
    port.close();
    return;
  }
  ingestOneFile(message.file, knowledge).then(
    // JSON crosses the thread boundary faster than a structured clone of many small objects.
    (outcome) => port.postMessage({ index: message.index, json: JSON.stringify(outcome) }),
    (error: unknown) =>
      port.postMessage({ index: message.index, json: JSON.stringify({ ok: false, file: message.file, reason: `ingest failed: ${String(error)}` }) }),
  );
});
port.postMessage('ready');
