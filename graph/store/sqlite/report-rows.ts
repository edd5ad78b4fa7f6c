/**
 * Practices as reports of what they describe (graph/store/first-reports.ts): practice id, bulletin id and the
 * bulletin's date, reprints left out. The diffusion, portfolio and panel reads select these beside their keys.
 */
import type { Report } from '../first-reports';

/** Joins giving `c.bulletin_id` and `b.date` for the practice in column `practice`, and the filter leaving out reprints. */
export function reportJoins(practice: string): { joins: string; notReprint: string } {
  return {
    joins: `JOIN contains c ON c.practice_id = ${practice} LEFT JOIN bulletin b ON b.id = c.bulletin_id`,
    notReprint: `NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = ${practice})`,
  };
}

/** A row selected as `key, practice_id, bulletin_id, date`. */
export interface ReportRow {
  key: string;
  practice_id: string;
  bulletin_id: string | null;
  date: string | null;
}

export function toReportPair(row: ReportRow): [string, Report] {
  return [row.key, { practiceId: row.practice_id, bulletinId: row.bulletin_id ?? '', date: row.date }];
}
