/** A period of whole years, as the timebar shows it and as the state keeps it (inclusive YYYY-MM-DD bounds). Pure. */

export interface YearSpan {
  min: number;
  max: number;
}

export interface Period {
  from: string;
  to: string;
}

export function periodFromYears(from: number | null, to: number | null): Period {
  return { from: from === null ? '' : `${from}-01-01`, to: to === null ? '' : `${to}-12-31` };
}

export function yearOfBound(bound: string): number | null {
  const year = Number(bound.slice(0, 4));
  return bound !== '' && Number.isFinite(year) ? year : null;
}

/** The years the dates span (null when none is dated); counts the undated apart. */
export function yearSpan(dates: readonly (string | null)[]): { span: YearSpan | null; undated: number } {
  let min = Infinity;
  let max = -Infinity;
  let undated = 0;
  for (const date of dates) {
    const year = date ? Number(date.slice(0, 4)) : NaN;
    if (!Number.isFinite(year)) {
      undated++;
      continue;
    }
    min = Math.min(min, year);
    max = Math.max(max, year);
  }
  return { span: Number.isFinite(min) ? { min, max } : null, undated };
}

/** Whether a date lies in the period (an open bound admits everything on its side). */
export function inPeriod(date: string, period: Period): boolean {
  return (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

/** The next year a play of the spread shows: one year further, or null at the end. */
export function nextYear(current: number | null, span: YearSpan): number | null {
  if (current === null || current < span.min) return span.min;
  return current >= span.max ? null : current + 1;
}
