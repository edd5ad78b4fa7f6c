/**
 * Cutting many practices into analysis terms on every core: worker threads (each with its own dictionary) beside
 * this thread take batches as they are free. Used by an analysis run that finds many texts without cached terms (a
 * loaded export, new segmentation knowledge); the ingest itself already cuts terms in its own threads.
 */
import { existsSync } from 'fs';
import path from 'path';
import { setImmediate as yieldToEvents } from 'timers/promises';
import { Worker } from 'worker_threads';
import { segmentPractice, type TermSegmentation } from '../../graph/analytics/bulletin-terms';
import type { AnalysisPractice } from '../../graph/store/graph-store';

const WORKER_SCRIPT = path.join(__dirname, 'terms-worker.js');
/** Practices per message: large enough that a thread hop costs little, small enough to share the work evenly. */
const BATCH = 200;

export interface TermsItem {
  practice: AnalysisPractice;
  /** Names kept whole (bulletin-terms.ts bulletinWords). */
  whole: string[];
}

export interface TermsBatch {
  items: TermsItem[];
}

/** Workers run the compiled script; from the TypeScript sources (tests, tsx) everything is cut in this thread. */
export function termWorkersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

export interface SegmentInWorkers {
  items: readonly TermsItem[];
  /** Worker threads beside this one. */
  helpers: number;
  /** This thread's segmentation. */
  segmentation: TermSegmentation;
  onTerms: (practiceId: string, terms: Map<string, number>) => void;
}

export async function segmentInWorkers({ items, helpers, segmentation, onTerms }: SegmentInWorkers): Promise<void> {
  let next = 0;
  const take = (): TermsItem[] | null => {
    if (next >= items.length) return null;
    const batch = items.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT);
      const send = () => {
        const batch = take();
        worker.postMessage(batch ? ({ items: batch } satisfies TermsBatch) : null);
      };
      worker.on('message', (message: string) => {
        if (message !== 'ready')
          for (const [id, entries] of JSON.parse(message) as [string, [string, number][]][])
            onTerms(id, new Map(entries));
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`terms worker exited with code ${code}`)),
      );
    });
  const runHere = async () => {
    for (let batch = take(); batch; batch = take()) {
      for (const { practice, whole } of batch)
        onTerms(practice.id, segmentPractice({ practice, whole: new Set(whole), segmentation }));
      // Worker answers and requests for more get through between two batches.
      await yieldToEvents();
    }
  };
  const workers = termWorkersAvailable() ? Array.from({ length: Math.max(0, helpers) }, runWorker) : [];
  await Promise.all([...workers, runHere()]);
}
