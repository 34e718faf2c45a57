const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * True when an ISO day (`YYYY-MM-DD`, digits already checked by the schema's pattern) names a real
 * calendar day: the pattern also lets "2024-13-45" and "2023-02-29" through. Arithmetic on the digits,
 * three times per event: hashing the strings into a cache cost more.
 */
export function isRealDay(day: string): boolean {
  if (day.length !== 10) return false;
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}
