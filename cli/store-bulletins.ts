/**
 * Writes bulletin documents into a store, one bulletin per write, then makes them durable; counts what happened.
 * When anything changed (or the store holds practices but no analyses yet), the analyses are recomputed.
 */
import type { AnalysisContext } from './analysis-context';
import type { GraphDocument } from '../graph/graph-document';
import type { GraphStore } from '../graph/store/graph-store';
import { refreshAnalyses } from './refresh-analyses';

export interface StoreTally {
  created: number;
  unchanged: number;
  replaced: number;
  /** The analyses' summary line, when they were recomputed. */
  analyses?: string;
}

export async function storeBulletins(
  store: GraphStore,
  documents: GraphDocument[],
  analysis?: () => AnalysisContext,
): Promise<StoreTally> {
  const tally: StoreTally = { created: 0, unchanged: 0, replaced: 0 };
  for (const document of documents) {
    const result = await store.upsertBulletin(document);
    tally[result.status]++;
  }
  await store.flush?.();
  if (analysis && (tally.created + tally.replaced > 0 || (await lacksAnalyses(store)))) tally.analyses = await refreshAnalyses(store, analysis());
  return tally;
}

async function lacksAnalyses(store: GraphStore): Promise<boolean> {
  const stats = await store.stats();
  return stats.practices >= 2 && (stats.relationships.SIMILAR_TO ?? 0) === 0;
}

export function formatTally(kind: string, tally: StoreTally): string {
  const stored = `stored in ${kind}: ${tally.created} new, ${tally.replaced} replaced, ${tally.unchanged} unchanged bulletin(s)`;
  return tally.analyses ? `${stored}\n${tally.analyses}` : stored;
}
