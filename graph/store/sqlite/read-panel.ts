/** adoptionPanel(): the research panel, read from the adoption_panel view (view-ddl.ts) in the contract's row order. */
import type { AdoptionPanelRow } from '../graph-store';
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
