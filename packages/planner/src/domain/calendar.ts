/**
 * UTC calendar helpers for the planner's domain. Every date in the planner is UTC: an instant is an
 * ISO 8601 string with `Z` or an offset, a day is `YYYY-MM-DD` and means that whole UTC day. Weeks are
 * ISO weeks: Monday 00:00 UTC to the next Monday 00:00 UTC (not Europe/Berlin, so a change of stage at
 * 00:30 Berlin time on a Monday counts in the week before).
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a week. */
export const WEEK_MS = 7 * DAY_MS;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a day (`YYYY-MM-DD`) rather than an instant. */
export function isDay(value: string): boolean {
  return value.length === 10 && DATE_ONLY.test(value);
}

/**
 * Milliseconds since the epoch of a day (its 00:00 UTC) or an instant. An instant must carry `Z` or an
 * offset, since a local time would depend on the machine. Throws a RangeError for anything else
 * (including days that do not exist, such as 2024-02-30).
 */
export function toMs(value: string): number {
  const fast = canonicalMs(value);
  if (fast !== undefined) return fast;
  const ms = Date.parse(value);
  const valid = !Number.isNaN(ms) && (value.length === 10 ? isDay(value) && formatDay(ms) === value : hasZone(value));
  if (!valid) {
    throw new RangeError(`not an ISO 8601 day or UTC instant: ${JSON.stringify(value)}`);
  }
  return ms;
}

/**
 * A key of an instant that orders as the instants do when compared as strings: the canonical form
 * `YYYY-MM-DDTHH:mm:ss.sssZ` (years 1000 to 9999). A value already of that shape is returned as it is,
 * without parsing (the common case, and much faster); any other is parsed ({@link toMs}, RangeError
 * when invalid) and written in that form.
 */
export function instantKey(value: string): string {
  return hasCanonicalShape(value) ? value : msKey(toMs(value));
}

/** The {@link instantKey} of an instant in milliseconds. */
export function msKey(ms: number): string {
  return new Date(ms).toISOString();
}

function hasCanonicalShape(value: string): boolean {
  const first = value.charCodeAt(0);
  return (
    value.length === 24 &&
    value.charCodeAt(23) === 90 /* Z */ &&
    value.charCodeAt(10) === 84 /* T */ &&
    value.charCodeAt(4) === 45 /* - */ &&
    value.charCodeAt(7) === 45 &&
    value.charCodeAt(13) === 58 /* : */ &&
    value.charCodeAt(16) === 58 &&
    value.charCodeAt(19) === 46 /* . */ &&
    first >= 49 /* 1 */ &&
    first <= 57 /* 9 */
  );
}

/**
 * The instant of the canonical form `YYYY-MM-DDTHH:mm:ss.sssZ` (what `Date#toISOString` writes and
 * what the store keeps), read without `Date.parse`, which is several times slower; undefined for any
 * other form or an out-of-range field.
 */
function canonicalMs(value: string): number | undefined {
  if (!hasCanonicalShape(value)) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  const milli = digits(value, 20, 3);
  const inRange =
    year >= 1000 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    milli >= 0;
  if (!inRange) return undefined;
  // A day past the end of its month (2024-02-30) would roll over; leave it to the strict path.
  if (day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** The number written by `length` decimal digits from `start`; NaN when one is not a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function hasZone(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (last === 90 /* Z */ || last === 122 /* z */) return true;
  const sign = value.charAt(value.length - 6);
  return (sign === '+' || sign === '-') && value.charAt(value.length - 3) === ':';
}

/**
 * The exclusive upper bound, in milliseconds, of what happened "by" `value`: for a day, everything
 * before the next day's 00:00 UTC (the whole day counts); for an instant, everything up to and
 * including that instant.
 */
export function cutoffMs(value: string): number {
  return isDay(value) ? toMs(value) + DAY_MS : toMs(value) + 1;
}

/** The UTC day of an instant in milliseconds, as `YYYY-MM-DD`. */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after the day (or the day of the instant) `value`, as `YYYY-MM-DD`. */
export function addDays(value: string, days: number): string {
  return formatDay(dayStartMs(toMs(value)) + days * DAY_MS);
}

/** 00:00 UTC of the day containing `ms`. */
export function dayStartMs(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Monday 00:00 UTC of the ISO week containing `ms`. */
export function isoWeekStartMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (day - weekday) * DAY_MS;
}

/** The ISO week containing `ms`, e.g. `2024-W05` (the year is that of the week's Thursday). */
export function isoWeekLabel(ms: number): string {
  const thursday = new Date(isoWeekStartMs(ms) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The working days (Monday to Friday) from day `start` to day `end`, both included; 0 when `end` is
 * before `start`. Public holidays are not known and count as working days.
 */
export function workingDays(start: string, end: string): number {
  const first = Math.floor(toMs(start) / DAY_MS);
  const last = Math.floor(toMs(end) / DAY_MS);
  if (last < first) return 0;
  const days = last - first + 1;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= last; day++) {
    const weekday = (((day + 3) % 7) + 7) % 7;
    if (weekday < 5) count++;
  }
  return count;
}

/** The month `months` after (or, negative, before) the month `period` (`YYYY-MM`), as `YYYY-MM`. */
export function addMonths(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to` (`YYYY-MM`), both included, oldest first; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}
