/**
 * The resolvers' store, with at most one read started per event-loop turn. The SQLite store reads synchronously, so
 * the hundred reads of an explorer view, started together, ran as one block of the thread; and Node accepts one new
 * connection per loop turn (libuv returns to its poll after each accept). Under 40–50 waiting heavy clients a new
 * connection to /health thus waited behind theirs for 2–4 s (issue 19). Here each read starts in a check-phase
 * callback of its own, so a poll phase — a connection accepted, a request read, /health answered — comes between any
 * two reads of any requests. A read of an asynchronous store (Neo4j) only has its start put off by a turn.
 * /health reads the store directly, never through this queue.
 */
import type { GraphStore } from '../../graph/store/graph-store';

type Start = () => void;

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

/** Starts queued work one item per turn, in order: the next one is set up from the check phase, so it runs a turn later. */
function createReadPacer(): <T>(start: () => Promise<T>) => Promise<T> {
  const queue: Start[] = [];
  let pumping = false;
  const pump = () => {
    queue.shift()?.();
    if (queue.length > 0) setImmediate(pump);
    else pumping = false;
  };
  return <T>(start: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        try {
          start().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
}
