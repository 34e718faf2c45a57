/**
 * Calendar-date arithmetic in UTC. Article dates are calendar days, not instants, so everything here
 * works on UTC midnights to stay independent of the machine's time zone.
 */

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a valid calendar date, or null when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps them as written.
  d.setUTCFullYear(year);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(d.getTime() / DAY_MS);
}

/** ISO YYYY-MM-DD of a day number. */
export function isoOfDay(n: number): string {
  const d = new Date(n * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Day number of an ISO YYYY-MM-DD string (time part ignored), or null when it is not a valid date. */
export function dayOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

/** Calendar parts of a day number. */
export function partsOfDay(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO YYYY-MM-DD of an arbitrary year/month/day triple that is known to be valid. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Two-digit zero-padded number. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Shift an ISO day by whole days. */
export function addDaysIso(iso: string, days: number): string {
  const n = dayOfIso(iso);
  if (n === null) throw new Error(`not an ISO date: ${iso}`);
  return isoOfDay(n + days);
}
