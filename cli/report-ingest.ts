/** Formats an ingest run's summary for the terminal (stdout); its warnings and errors go to stderr (format-ingest-messages.ts). */
import type { IngestRun } from '../ingest/ingest-files';

export function formatIngestReport(run: IngestRun): string {
  const lines: string[] = [];
  const s = run.summary;
  lines.push(
    `ingested ${s.filesRead} file(s): ${s.bulletins} bulletin(s), ${s.practices} practice(s), ` +
      `${s.warnings} warning(s), ${s.errors} error(s)`,
  );
  return lines.join('\n');
}
