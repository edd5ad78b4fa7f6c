/**
 * Runs async operations one at a time, in call order. Writes and flushes go through it: a flush awaits file I/O
 * between chunks, and a write slipping in there would put half a change into the snapshot.
 */
export type SerialQueue = <T>(operation: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const result = tail.then(operation);
    tail = result.catch(() => undefined);
    return result;
  };
}
