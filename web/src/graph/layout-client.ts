/**
 * Lays a view out off the main thread: each job runs in a fresh Web Worker (so nothing carries over between jobs and
 * the same job gives the same picture), and can be cancelled, which ends the worker at once.
 */
import { orderedJob, type LayoutJob, type LayoutResult } from './layout-job';

export interface RunningLayout {
  done: Promise<LayoutResult | null>;
  /** Ends the worker; `done` then resolves null. */
  cancel(): void;
}

export function startLayout(job: LayoutJob): RunningLayout {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let settle: (result: LayoutResult | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<LayoutResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<{ ok: true; result: LayoutResult } | { ok: false; message: string }>) => {
    worker.terminate();
    if (event.data.ok) settle(event.data.result);
    else fail(new Error(`layout: ${event.data.message}`));
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(`layout: ${event.message}`));
  };
  worker.postMessage(orderedJob(job));
  return {
    done,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}
