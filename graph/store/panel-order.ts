/** The adoption panel's row order, shared by both stores so their exports are identical. */
import { LOCALITY_LEVELS } from '../schema';
import { compareDates, compareText } from './first-reports';
import type { AdoptionPanelRow } from './graph-store';

/** By mechanism, then level from province down, then first report, then code: each mechanism's spread reads top-down. */
export function comparePanelRows(a: AdoptionPanelRow, b: AdoptionPanelRow): number {
  const rank = (level: string) => (LOCALITY_LEVELS as readonly string[]).indexOf(level);
  return (
    compareText(a.mechanism, b.mechanism) ||
    rank(a.level) - rank(b.level) ||
    compareDates(a.firstReported, b.firstReported) ||
    compareText(a.localityCode, b.localityCode)
  );
}
