/**
 * A cap on heavy operations running at once, with a short queue. A newcomer runs when a slot is free; otherwise it
 * waits if the queue has room and is expected to drain within `maxQueueWaitMs` (measured from how long heavy
 * operations have been taking), and is refused at once otherwise, with the seconds after which to retry. A waiter
 * whose request is aborted (deadline, client gone) leaves the queue without ever running; one still waiting after
 * twice `maxQueueWaitMs` (the estimate was wrong: a long operation, a pause) is refused then, so no answer waits long.
 */

export interface GateOptions {
  concurrency: number;
  queueLength: number;
  maxQueueWaitMs: number;
  /** Assumed duration of one operation until some have been measured. */
  assumedMs: number;
}

export class GateFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the server is busy: ${retryAfterSeconds} s before a slot is expected`);
    this.name = 'GateFullError';
  }
}

export interface AdmissionGate {
  /**
   * Resolves with the slot's release — call it once, when the answer is built, with `completed` false when the
   * operation was cut short (its duration then says nothing of how long operations take); rejects with
   * GateFullError, or the signal's reason.
   */
  enter(signal: AbortSignal): Promise<Release>;
  /** The seconds after which to retry when a newcomer would be refused now; null when it would run or wait. */
  wouldRefuse(): number | null;
  /** Running and waiting operations, for the health endpoint. */
  load(): { running: number; queued: number };
}

export type Release = (completed?: boolean) => void;

interface Waiter {
  admit(): void;
}

/** Weight of the newest duration in the moving average. */
const SMOOTHING = 0.2;

export function createAdmissionGate(options: GateOptions): AdmissionGate {
  let running = 0;
  let meanMs = options.assumedMs;
  const queue: Waiter[] = [];

  const slot = (): Release => {
    running++;
    const started = performance.now();
    let released = false;
    return (completed = true) => {
      if (released) return;
      released = true;
      if (completed) meanMs += SMOOTHING * (performance.now() - started - meanMs);
      running--;
      queue.shift()?.admit();
    };
  };

  /** Operations drain `concurrency` at a time, each taking about the mean: the wait behind `ahead` of them. */
  const expectedWaitMs = (ahead: number) => ((ahead + 1) * meanMs) / options.concurrency;

  const refusal = (): number | null => {
    if (running < options.concurrency && queue.length === 0) return null;
    const wait = expectedWaitMs(queue.length);
    return queue.length >= options.queueLength || wait > options.maxQueueWaitMs
      ? Math.max(1, Math.ceil(wait / 1000))
      : null;
  };

  return {
    enter(signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (running < options.concurrency && queue.length === 0) return Promise.resolve(slot());
      const retryAfter = refusal();
      if (retryAfter !== null) return Promise.reject(new GateFullError(retryAfter));
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          admit: () => {
            clearTimeout(overdue);
            signal.removeEventListener('abort', onAbort);
            resolve(slot());
          },
        };
        const leave = (reason: unknown) => {
          clearTimeout(overdue);
          signal.removeEventListener('abort', onAbort);
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(reason);
        };
        const onAbort = () => leave(signal.reason);
        const overdue = setTimeout(() => leave(new GateFullError(1)), 2 * options.maxQueueWaitMs);
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
    wouldRefuse: refusal,
    load: () => ({ running, queued: queue.length }),
  };
}
