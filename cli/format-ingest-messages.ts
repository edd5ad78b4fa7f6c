/** An ingest run's warnings and errors, one line each naming the file (and the span of its text), for stderr. */
import type { IngestRun } from '../ingest/ingest-files';

export function formatIngestMessages(run: IngestRun): string[] {
  return run.messages.map(
    (m) => `${m.level}: ${m.file}: ${m.message}${'start' in m ? ` (at ${m.start}–${m.end})` : ''}`,
  );
}
