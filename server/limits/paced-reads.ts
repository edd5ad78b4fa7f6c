/**
 * The resolvers' store, yielding the event loop every few milliseconds of store work. The SQLite store reads
 * synchronously, so an explorer view's hundred reads ran as one block of the thread (50–300 ms); and Node accepts
 * one new connection per loop turn (libuv returns to its poll after each accept). Under 40–50 waiting heavy clients,
 * a new connection to /health thus waited 2–4 s behind theirs (issue 19). Here reads run back to back for at most
 * SLICE_MS (plus the read that crosses it); later ones wait for the next turn, so a poll phase — a connection
 * accepted, a request read, /health answered — comes at least that often. One read per turn would answer /health a
 * little sooner but, under a keep-alive flood, let the refused requests of every turn starve the admitted ones. A
 * read of an asynchronous store (Neo4j) only has its start put off. /health reads the store directly, never through
 * this queue.
 */
import type { GraphStore } from '../../graph/store/graph-store';

type Start = () => void;

/** Longest run of store work between two turns (plus the read that crosses it). */
const SLICE_MS = 10;

export function pacedReads(store: GraphStore): GraphStore {
  const pace = createReadPacer();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'open' || property === 'close') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) => pace(() => method.apply(target, args));
    },
  });
}

/**
 * Runs reads at once while the current slice of store work is under SLICE_MS; past it, a read waits for the next turn,
 * where the queue starts reads in order until the slice is used up again.
 */
function createReadPacer(): <T>(start: () => Promise<T>) => Promise<T> {
  const queue: Start[] = [];
  let sliceStarted = Number.NEGATIVE_INFINITY;
  let pumping = false;
  const pump = () => {
    sliceStarted = performance.now();
    do queue.shift()?.();
    while (queue.length > 0 && performance.now() - sliceStarted < SLICE_MS);
    if (queue.length > 0) setImmediate(pump);
    else pumping = false;
  };
  return <T>(start: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        try {
          start().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      };
      if (queue.length === 0 && performance.now() - sliceStarted < SLICE_MS) return run();
      queue.push(run);
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
}
