import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDay } from './calendarDay';

describe('isRealDay', () => {
  it('knows real calendar days: exact cases, and the calendar itself for any digits', () => {
    expect(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'].map(isRealDay)).toEqual([true, true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-01-00', '2024-1-01'].map(isRealDay)).toEqual([false, false, false, false, false, false, false]);
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')), two, two, (y, m, d) => {
        const day = `${y}-${m}-${d}`;
        const date = new Date(0);
        date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
        const roundTrip = Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && date.toISOString().slice(0, 10) === day;
        expect(isRealDay(day)).toBe(roundTrip);
      }),
    );
  });
});
