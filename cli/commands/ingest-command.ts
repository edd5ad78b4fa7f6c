/** `kg ingest <paths…>`: ingest files into the store (SQLite by default, Neo4j when configured) and/or a JSON export. */
import { writeJsonExport } from '../../graph/export/write-json-export';
import { ingestFiles, type IngestRun } from '../../ingest/ingest-files';
import { analysisContext } from '../analysis-context';
import { EXIT } from '../exit-codes';
import { interruptible, isInterrupted } from '../interruption';
import { knowledgeOnce } from '../knowledge-once';
import { mechanismOverlayPath } from '../mechanism-overlay-path';
import { dataDirectory, type StoreOptions } from '../open-store';
import { terminalProgress } from '../progress-bar';
import { formatIngestMessages } from '../format-ingest-messages';
import { formatIngestReport } from '../report-ingest';
import { formatTally, storeBulletins } from '../store-bulletins';
import { writeInStore } from '../write-in-store';

export interface IngestOptions extends StoreOptions {
  export?: string;
  /** commander's `--no-store`. */
  store?: string;
  save?: boolean;
  workers?: string;
}

/** Ctrl-C stops it between files or write transactions, with exit 130 (cli/interruption.ts). */
export function ingestCommand(inputs: string[], options: IngestOptions): Promise<number> {
  return interruptible((signal) => ingest(inputs, options, signal));
}

async function ingest(inputs: string[], options: IngestOptions, signal: AbortSignal): Promise<number> {
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  const dataDir = dataDirectory(options);
  const overlay = mechanismOverlayPath(dataDir);
  let run: IngestRun;
  try {
    run = await ingestFiles(inputs, {
      progress: terminalProgress(),
      signal,
      ...(workers === undefined ? {} : { workers }),
      // The researchers' lexicon overlay: each worker of a parallel ingest builds its knowledge with it.
      ...(overlay === undefined ? {} : { mechanismOverlay: overlay }),
      // The sequential path needs the knowledge here; the parallel one builds its own in each worker.
      get knowledge() {
        return knowledgeOnce(dataDir);
      },
    });
  } catch (error) {
    if (isInterrupted(error)) error.outcome = 'stopped while reading; nothing was written to the store';
    throw error;
  }
  for (const line of formatIngestMessages(run)) console.error(line);
  console.log(formatIngestReport(run));
  if (options.export) {
    await writeJsonExport(run.document, options.export);
    console.log(
      `wrote ${run.document.nodes.length} nodes and ${run.document.relationships.length} relationships to ${options.export}`,
    );
  }
  if (options.save !== false && run.bulletins.length > 0) {
    const bulletins = run.bulletins.map((b) => ({ document: b.document, terms: b.terms }));
    await writeInStore(options, async (store) => {
      console.log(
        formatTally(
          store.kind,
          await storeBulletins({
            store,
            bulletins,
            analysis: () => analysisContext(knowledgeOnce(dataDir), dataDir),
            log: undefined,
            signal,
          }),
        ),
      );
    });
  }
  // 1: some input could not be ingested (the rest was); see cli/exit-codes.ts.
  return run.summary.errors > 0 || run.summary.bulletins === 0 ? EXIT.inputFailed : EXIT.ok;
}
