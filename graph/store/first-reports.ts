/**
 * Adoption by first report, shared by both stores so they pick the same first report and order adopters alike:
 * a mechanism is adopted where a practice using it is located, first reported on the earliest bulletin date there
 * (undated reports come after dated ones; ties go to the smaller bulletin id, then practice id).
 */

/** One practice reporting a mechanism: its id, its bulletin and that bulletin's date (YYYY-MM-DD or null). */
export interface Report {
  practiceId: string;
  bulletinId: string;
  date: string | null;
}

export function compareReports(a: Report, b: Report): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return compareText(a.bulletinId, b.bulletinId) || compareText(a.practiceId, b.practiceId);
}

/** Everything reported under one key (a locality, a mechanism): the first report and every practice, in id order. */
export interface FirstReport<K> {
  key: K;
  first: Report;
  practiceIds: string[];
}

/** Groups (key, report) pairs by key; a practice met twice under one key counts once. */
export function groupFirstReports<K>(pairs: Iterable<readonly [K, Report]>): FirstReport<K>[] {
  const groups = new Map<K, { first: Report; practiceIds: Set<string> }>();
  for (const [key, report] of pairs) {
    const group = groups.get(key);
    if (!group) groups.set(key, { first: report, practiceIds: new Set([report.practiceId]) });
    else {
      group.practiceIds.add(report.practiceId);
      if (compareReports(report, group.first) < 0) group.first = report;
    }
  }
  return [...groups].map(([key, group]) => ({
    key,
    first: group.first,
    practiceIds: [...group.practiceIds].sort(compareText),
  }));
}

/** Earliest first report first, then by `tie` (a locality code, a mechanism name). */
export function byFirstReport<K>(tie: (key: K) => string): (a: FirstReport<K>, b: FirstReport<K>) => number {
  return (a, b) => {
    const byDate = compareDates(a.first.date, b.first.date);
    return byDate !== 0 ? byDate : compareText(tie(a.key), tie(b.key));
  };
}

/** Dated before undated, then ascending. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
