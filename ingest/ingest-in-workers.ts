/**
 * Parallel ingest: bulletins are independent, so whole files are handed out to whichever thread is free. The main
 * thread ingests too, beside `helpers` worker threads (each with its own knowledge): on a 2-core machine one worker
 * plus the main thread beats two workers, because only one dictionary load and half the results cross a thread
 * boundary. Outcomes are returned in file order, so the result is the same as a sequential run.
 */
import { existsSync } from 'fs';
import path from 'path';
import { setImmediate as yieldToEvents } from 'timers/promises';
import { Worker } from 'worker_threads';
import { ingestTakenFiles, type FileOutcome } from './ingest-one-file';
import type { IngestKnowledge } from './knowledge/create-knowledge';

const WORKER_SCRIPT = path.join(__dirname, 'ingest-worker.js');

/** Files a worker holds at once: while the main thread is busy ingesting, the worker still has the next one. */
const WORKER_PREFETCH = 2;

/** Workers run the compiled script; from the TypeScript sources (tests, tsx) ingest stays sequential. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

export interface ParallelIngest {
  files: string[];
  /** Worker threads beside the main thread. */
  helpers: number;
  /** The main thread's knowledge; read only after the workers have started, so their dictionary loads overlap. */
  knowledge: () => IngestKnowledge;
  /** The lexicon overlay file each worker builds its knowledge with (the main thread's knowledge must use the same). */
  mechanismOverlay?: string;
  onOutcome: (file: string) => void;
  /** Once it fired, no more files are handed out; what is in flight finishes. */
  signal?: AbortSignal;
}

export async function ingestInWorkers({
  files,
  helpers,
  knowledge,
  mechanismOverlay,
  onOutcome,
  signal,
}: ParallelIngest): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let nextIndex = 0;
  const take = (): number | null => (nextIndex < files.length && !signal?.aborted ? nextIndex++ : null);

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: { mechanismOverlay } });
      let inFlight = 0;
      const send = () => {
        const index = take();
        if (index !== null) {
          inFlight++;
          worker.postMessage({ index, file: files[index] });
        } else if (inFlight === 0) worker.postMessage(null);
      };
      worker.on('message', (message: 'ready' | { index: number; json: string }) => {
        if (message === 'ready') {
          for (let i = 0; i < WORKER_PREFETCH; i++) send();
          return;
        }
        inFlight--;
        const outcome = JSON.parse(message.json) as FileOutcome;
        outcomes[message.index] = outcome;
        onOutcome(outcome.file);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`ingest worker exited with code ${code}`)),
      );
    });

  // Worker results and requests for more files get through between two of the main thread's files.
  const runMain = () =>
    ingestTakenFiles({
      files,
      take,
      knowledge: knowledge(),
      done: (index, outcome) => {
        outcomes[index] = outcome;
        onOutcome(files[index] as string);
      },
      between: yieldToEvents,
    });

  const workers = Array.from({ length: Math.min(helpers, files.length) }, runWorker);
  await Promise.all([...workers, runMain()]);
  return outcomes;
}
