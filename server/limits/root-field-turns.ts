/**
 * Paces the root fields of one request. graphql-js starts every root field at once, and a store that reads
 * synchronously would then run them all in one go, with no chance for the deadline, a client's hang-up or /health in
 * between. Here a root field takes a turn — at most `atOnce` run together — and each turn begins only after a whole
 * pass of the event loop, its I/O poll included: a client that sent its query and hung up is seen to be gone (its
 * connection's end is read) before any store work starts for it, and timers and other sockets are served between turns.
 */
import { setImmediate as nextCheckPhase } from 'timers/promises';

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
        await afterNextPoll();
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

/**
 * An immediate set from the poll phase runs in the same loop pass, before any new I/O is read; one set from that
 * immediate runs in the next pass, after its poll phase.
 */
async function afterNextPoll(): Promise<void> {
  await nextCheckPhase();
  await nextCheckPhase();
}
