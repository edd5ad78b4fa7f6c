/**
 * The abort signal of one request: it fires when the request passes its deadline (reason: a StoreError `Timeout`) or
 * when its client goes away before the answer is written (reason: a StoreError `Aborted`). The reasons are the port's
 * own errors, so a store that rejects "with the signal's reason" needs no translation.
 */
import type { ServerResponse } from 'http';
import { StoreError } from '../../graph/store/store-error';

export interface RequestSignal {
  signal: AbortSignal;
  /** Stops the deadline timer (the answer is written). */
  dispose(): void;
}

export function requestSignal(input: { response: ServerResponse; deadlineMs: number }): RequestSignal {
  const controller = new AbortController();
  const seconds = input.deadlineMs / 1000;
  const timer = setTimeout(() => controller.abort(new StoreError('Timeout', `the request passed its deadline of ${seconds} s; ask for less in one request`)), input.deadlineMs);
  const hangUp = () => {
    if (!input.response.writableEnded) controller.abort(new StoreError('Aborted', 'the client closed the connection before the answer was ready'));
  };
  // 'close' comes after the answer is sent as well; only a close before the answer ended is a hang-up.
  input.response.once('close', hangUp);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      input.response.off('close', hangUp);
    },
  };
}
