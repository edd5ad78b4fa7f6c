/**
 * A worker thread of the parallel ingest: builds its own knowledge (with the lexicon overlay it is given), then ingests the files it is sent in the order
 * sent. Reading starts as soon as a file arrives, so the next file is read while the current one is processed.
 */
import { parentPort, workerData } from 'worker_threads';
import { ingestOneFile } from './ingest-one-file';
import { createKnowledge } from './knowledge/create-knowledge';
import { readSource } from './read/read-source';

const port = parentPort;
if (!port) throw new Error('ingest-worker: must run as a worker thread');
const { mechanismOverlay } = (workerData ?? {}) as { mechanismOverlay?: string };
const knowledge = createKnowledge({ mechanismOverlay });
let done: Promise<void> = Promise.resolve();
port.on('message', (message: { index: number; file: string } | null) => {
  if (message === null) {
    done = done.then(() => port.close());
    return;
  }
  const reading = readSource(message.file, knowledge.reading);
  done = done.then(() =>
    ingestOneFile({ file: message.file, knowledge, reading }).then(
      // JSON crosses the thread boundary faster than a structured clone of many small objects.
      (outcome) => port.postMessage({ index: message.index, json: JSON.stringify(outcome) }),
      (error: unknown) =>
        port.postMessage({
          index: message.index,
          json: JSON.stringify({
            ok: false,
            file: message.file,
            code: 'CORRUPT',
            reason: `ingest failed: ${String(error)}`,
          }),
        }),
    ),
  );
});
port.postMessage('ready');
