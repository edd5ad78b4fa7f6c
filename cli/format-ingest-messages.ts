/** An ingest run's warnings and errors, one line each naming the file, for stderr. */
import type { IngestRun } from '../ingest/ingest-files';

export function formatIngestMessages(run: IngestRun): string[] {
  return run.messages.map((m) => `${m.level}: ${m.file}: ${m.message}${m.offset === undefined ? '' : ` (at ${m.offset})`}`);
}
