/**
 * `kg analyse`: recomputes the analyses (similar practices, reprints, mechanism families) over the stored graph —
 * what an ingest stopped before its analyses leaves to do (`kg stats` says when they are stale).
 */
import { analysisContext } from '../analysis-context';
import { storeOutcome } from '../analysis-status-line';
import { interruptible, isInterrupted } from '../interruption';
import { knowledgeOnce } from '../knowledge-once';
import { dataDirectory, openStore, type StoreOptions } from '../open-store';
import { refreshAnalyses } from '../refresh-analyses';

export function analyseCommand(options: StoreOptions): Promise<number> {
  return interruptible(async (signal) => {
    const store = await openStore(options);
    try {
      const status = await store.analysisStatus();
      console.log(status.stale ? `the analyses were stale since ${status.since ?? 'an earlier run'}: recomputing` : 'the analyses were current: recomputing');
      const dataDir = dataDirectory(options);
      console.log(await refreshAnalyses(store, analysisContext(knowledgeOnce(dataDir), dataDir), undefined, signal));
    } catch (error) {
      if (isInterrupted(error)) error.outcome = await storeOutcome(store);
      throw error;
    } finally {
      await store.close();
    }
    return 0;
  });
}
