/**
 * The abort signal of one request: it fires when the request passes its deadline (reason: a StoreError `Timeout`) or
 * when its client goes away before the answer is written (reason: a StoreError `Aborted`) — the connection closes,
 * or the client ends its side of it, after which Node's server ends the connection too and no answer can arrive. The
 * reasons are the port's own errors, so a store that rejects "with the signal's reason" needs no translation.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { StoreError } from '../../graph/store/store-error';

export interface RequestSignal {
  signal: AbortSignal;
  /** Stops watching (the answer is written): the deadline timer and the connection's events. */
  dispose(): void;
}

export function requestSignal(input: {
  request: IncomingMessage;
  response: ServerResponse;
  deadlineMs: number;
}): RequestSignal {
  const { request, response } = input;
  const controller = new AbortController();
  const seconds = input.deadlineMs / 1000;
  const timer = setTimeout(
    () =>
      controller.abort(
        new StoreError('Timeout', `the request passed its deadline of ${seconds} s; ask for less in one request`),
      ),
    input.deadlineMs,
  );
  const hangUp = () => {
    if (!response.writableEnded)
      controller.abort(new StoreError('Aborted', 'the client closed the connection before the answer was ready'));
  };
  // 'close' also comes after an answer was sent; only one before the answer ended is a hang-up.
  response.once('close', hangUp);
  request.socket.once('end', hangUp);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      response.off('close', hangUp);
      request.socket.off('end', hangUp);
    },
  };
}
