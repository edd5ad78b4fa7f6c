/**
 * `kg analyse`: recomputes the analyses (similar practices, reprints, mechanism families) over the stored graph —
 * what an ingest stopped before its analyses leaves to do (`kg stats` says when they are stale).
 */
import { analysisContext } from '../analysis-context';
import { interruptible } from '../interruption';
import { knowledgeOnce } from '../knowledge-once';
import { dataDirectory, type StoreOptions } from '../open-store';
import { refreshAnalyses } from '../refresh-analyses';
import { writeInStore } from '../write-in-store';

export function analyseCommand(options: StoreOptions): Promise<number> {
  return interruptible(async (signal) => {
    await writeInStore(options, async (store) => {
      const status = await store.analysisStatus();
      console.log(
        status.stale
          ? `the analyses were stale since ${status.since ?? 'an earlier run'}: recomputing`
          : 'the analyses were current: recomputing',
      );
      const dataDir = dataDirectory(options);
      console.log(
        await refreshAnalyses({
          store,
          context: analysisContext(knowledgeOnce(dataDir), dataDir),
          log: undefined,
          signal,
        }),
      );
    });
    return 0;
  });
}
