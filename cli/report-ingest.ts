/** Formats an ingest run's summary for the terminal (stdout); its warnings and errors go to stderr (format-ingest-messages.ts). */
import { SOURCE_FORMATS } from '../graph/schema';
import type { IngestRun } from '../ingest/ingest-files';

export function formatIngestReport(run: IngestRun): string {
  const lines: string[] = [];
  const s = run.summary;
  const formats = SOURCE_FORMATS.filter((f) => (s.formats[f] ?? 0) > 0).map((f) => `${s.formats[f]} ${f}`);
  if (formats.length > 0) lines.push(`read: ${formats.join(', ')}`);
  lines.push(
    `ingested ${s.filesRead} file(s): ${s.bulletins} bulletin(s), ${s.practices} practice(s), ` +
      `${s.warnings} warning(s), ${s.errors} error(s)`,
  );
  return lines.join('\n');
}
