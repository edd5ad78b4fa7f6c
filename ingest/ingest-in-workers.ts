/**
 * Parallel ingest over worker threads: bulletins are independent, so each worker ingests whole files with its own
 * knowledge (segmenter, gazetteer, lexicons). Files are handed out one at a time to whichever worker is free;
 * outcomes are returned in file order, so the result is the same as a sequential run.
 */
import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { FileOutcome } from './ingest-one-file';

const WORKER_SCRIPT = path.join(__dirname, 'ingest-worker.js');

/** Workers run the compiled script; from the TypeScript sources (tests, tsx) ingest stays sequential. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

export async function ingestInWorkers(files: string[], workers: number, onOutcome: (file: string) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let nextIndex = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT);
      const sendNext = () => {
        if (nextIndex >= files.length) {
          worker.postMessage(null);
          return;
        }
        const index = nextIndex++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (message: 'ready' | { index: number; json: string }) => {
        if (message !== 'ready') {
          const outcome = JSON.parse(message.json) as FileOutcome;
          outcomes[message.index] = outcome;
          onOutcome(outcome.file);
        }
        sendNext();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ingest worker exited with code ${code}`))));
    });
  await Promise.all(Array.from({ length: Math.min(workers, files.length) }, runWorker));
  return outcomes;
}
