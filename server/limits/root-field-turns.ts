/**
 * Paces the root fields of one request. graphql-js starts every root field at once, and a store that reads
 * synchronously would then run a thousand of them in one go, with no chance for the deadline, a client's hang-up or
 * /health in between. Here a root field takes a turn — at most `atOnce` run together — and each turn begins on a
 * later pass of the event loop, so timers and sockets are served between turns and an aborted request starts no more.
 */
import { setImmediate as nextLoopPass } from 'timers/promises';

export interface RootFieldTurns {
  /** Resolves with the turn's release once it may run; rejects with the signal's reason when the request is aborted. */
  take(signal: AbortSignal): Promise<() => void>;
}

export function createRootFieldTurns(atOnce: number): RootFieldTurns {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async take(signal) {
      if (running >= atOnce) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      try {
        await nextLoopPass();
        signal.throwIfAborted();
      } catch (error) {
        release();
        throw error;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}
