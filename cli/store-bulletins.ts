/** Writes bulletin documents into a store, one bulletin per write, then makes them durable; counts what happened. */
import type { GraphDocument } from '../graph/graph-document';
import type { GraphStore } from '../graph/store/graph-store';

export interface StoreTally {
  created: number;
  unchanged: number;
  replaced: number;
}

export async function storeBulletins(store: GraphStore, documents: GraphDocument[]): Promise<StoreTally> {
  const tally: StoreTally = { created: 0, unchanged: 0, replaced: 0 };
  for (const document of documents) {
    const result = await store.upsertBulletin(document);
    tally[result.status]++;
  }
  await store.flush?.();
  return tally;
}

export function formatTally(kind: string, tally: StoreTally): string {
  return `stored in ${kind}: ${tally.created} new, ${tally.replaced} replaced, ${tally.unchanged} unchanged bulletin(s)`;
}
