/// <reference lib="webworker" />
/** The layout worker: one job per worker (a fresh worker starts from fresh module state), answered with positions. */
import type { LayoutJob } from './layout-job';
import { runLayout } from './run-layout';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  try {
    self.postMessage({ ok: true, result: runLayout(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
