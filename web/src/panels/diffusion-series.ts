/**
 * A mechanism's spread as a step series: adopters in order of first report, with the cumulative count per date.
 * Undated adoptions are counted apart, since they cannot be placed on the time axis.
 */

export interface DatedAdoption {
  firstReported: string | null;
}

export interface DiffusionSeries<E extends DatedAdoption> {
  /** Dated events, earliest first (stable for equal dates). */
  dated: E[];
  undated: E[];
  /** One point per distinct date: adopters so far. */
  steps: { date: string; total: number }[];
}

export function diffusionSeries<E extends DatedAdoption>(events: readonly E[]): DiffusionSeries<E> {
  const dated = events
    .filter((e) => e.firstReported !== null)
    .sort((a, b) => a.firstReported!.localeCompare(b.firstReported!));
  const undated = events.filter((e) => e.firstReported === null);
  const steps: { date: string; total: number }[] = [];
  dated.forEach((event, i) => {
    const last = steps[steps.length - 1];
    if (last && last.date === event.firstReported) last.total = i + 1;
    else steps.push({ date: event.firstReported!, total: i + 1 });
  });
  return { dated, undated, steps };
}

/** Days since 1970 for an ISO date, to place it on a time axis. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
