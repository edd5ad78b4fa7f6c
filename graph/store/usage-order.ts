/** The order of a mechanism's linking rules in MechanismUsage.via, the same in every store. */
import { compareText } from './first-reports';

/** Most practices first, then by rule name (UTF-16 order). */
export function byPracticesThenVia(
  a: { via: string; practices: number },
  b: { via: string; practices: number },
): number {
  return b.practices - a.practices || compareText(a.via, b.via);
}
