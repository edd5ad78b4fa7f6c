/**
 * The adoption panel as CSV, the shape policy-diffusion research uses (one row per mechanism × adopting locality,
 * like the State Policy Innovation and Diffusion database): plain UTF-8 without a byte-order mark (what R's
 * read.csv and Stata's import delimited expect), RFC 4180 quoting, a header of snake_case names, one row per
 * (mechanism, locality, level) at every level of the locality chain so a researcher filters by `level`.
 */
import type { AdoptionPanelRow } from '../store/graph-store';
import { csvCell } from './csv-cell';

export const PANEL_FORMAT = 'panel';

const COLUMNS: readonly [string, (row: AdoptionPanelRow) => string | number | null][] = [
  ['mechanism', (r) => r.mechanism],
  ['locality_code', (r) => r.localityCode],
  ['locality_name', (r) => r.localityName],
  ['level', (r) => r.level],
  ['first_reported', (r) => r.firstReported],
  ['bulletin_id', (r) => r.bulletinId],
  ['bulletin_title', (r) => r.bulletinTitle],
  ['practice_id', (r) => r.practiceId],
  ['practices', (r) => r.practices],
];

/** Null cells are empty (R reads them as NA, Stata as missing). */
export function exportPanel(rows: readonly AdoptionPanelRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => csvCell(value(row))).join(','));
  return `${lines.join('\n')}\n`;
}
