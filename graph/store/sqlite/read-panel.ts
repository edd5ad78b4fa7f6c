/** adoptionPanel() and analysisInput(): the research panel (the adoption_panel view) and every practice for the analyses. */
import { compareText } from '../first-reports';
import type { AdoptionPanelRow, AnalysisPractice } from '../graph-store';
import { comparePanelRows } from '../panel-order';
import type { Sql } from './sqlite-connection';

export function readPanel(sql: Sql): AdoptionPanelRow[] {
  const rows = sql
    .statement(
      `SELECT mechanism, locality_code AS localityCode, locality_name AS localityName, level, first_reported AS firstReported,
  coalesce(bulletin_id, '') AS bulletinId, bulletin_title AS bulletinTitle, practice_id AS practiceId, practices FROM adoption_panel`,
    )
    .all() as AdoptionPanelRow[];
  return rows.sort(comparePanelRows);
}

/** In id order, so the analyses see the same input whatever order the bulletins were written in. */
export function readAnalysisInput(sql: Sql): AnalysisPractice[] {
  const rows = sql
    .statement(
      `SELECT p.id AS id, p.title AS title, p.text AS text, coalesce(c.bulletin_id, '') AS bulletinId, coalesce(p.date, b.date) AS date,
  (SELECT json_group_array(l.code) FROM located_in li JOIN locality l ON l.id = li.locality_id WHERE li.practice_id = p.id) AS codes,
  (SELECT json_group_array(m.name) FROM uses u JOIN mechanism m ON m.id = u.mechanism_id WHERE u.practice_id = p.id) AS names
FROM practice p LEFT JOIN contains c ON c.practice_id = p.id LEFT JOIN bulletin b ON b.id = c.bulletin_id`,
    )
    .all() as { id: string; title: string | null; text: string | null; bulletinId: string; date: string | null; codes: string; names: string }[];
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title ?? '',
      text: r.text ?? '',
      bulletinId: r.bulletinId,
      date: r.date,
      localityCodes: (JSON.parse(r.codes) as string[]).sort(compareText),
      mechanisms: (JSON.parse(r.names) as string[]).sort(compareText),
    }))
    .sort((a, b) => compareText(a.id, b.id));
}
