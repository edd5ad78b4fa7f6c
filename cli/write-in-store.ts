/**
 * A command's writes into the opened store: if Ctrl-C stops them, the interruption carries what the store now holds
 * (printed by kg.ts); the store is closed however the writes end.
 */
import type { GraphStore } from '../graph/store/graph-store';
import { storeOutcome } from './analysis-status-line';
import { isInterrupted } from './interruption';
import { openStore, type StoreOptions } from './open-store';

export async function writeInStore<T>(options: StoreOptions, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await work(store);
  } catch (error) {
    if (isInterrupted(error)) error.outcome = await storeOutcome(store);
    throw error;
  } finally {
    await store.close();
  }
}
