/**
 * Calendar helpers of the planner: the API's days (YYYY-MM-DD) as local dates (so a day never shows
 * as the one before in a timezone west of UTC), and months (YYYY-MM) as the API counts them (UTC).
 */

/** A day `YYYY-MM-DD` as a local Date at noon. */
export function dayDate(day: string): Date {
  const [year, month, date] = day.slice(0, 10).split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 12);
}

/** A day `YYYY-MM-DD` as milliseconds since the epoch (UTC midnight), for chart scales. */
export function dayMs(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

/** The month of `date` in UTC, `YYYY-MM` (the API's current month). */
export function periodOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The month `count` months before `period`. */
export function periodBefore(period: string, count: number): string {
  const [year, month] = period.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 - count, 1));
  return periodOf(date);
}

/** `count` months ending with `period`, newest first. */
export function recentPeriods(period: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => periodBefore(period, index));
}

/** A month as words in the locale, e.g. "November 2026". */
export function periodLabel(period: string, locale: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 15)),
  );
}
