import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, dayNumber, dayOfIso, daysInMonth, isoOfDay, weekdayOfDay } from './calendar';

describe('calendar', () => {
  it('knows the weekdays of the seed dates', () => {
    expect(weekdayOfDay(dayOfIso('2023-02-22')!)).toBe(3); // Rabu
    expect(weekdayOfDay(dayOfIso('2024-11-18')!)).toBe(1); // Senin
    expect(weekdayOfDay(dayOfIso('2025-12-02')!)).toBe(2); // Selasa
    expect(weekdayOfDay(dayOfIso('2025-01-21')!)).toBe(2); // Selasa
    expect(weekdayOfDay(dayOfIso('1970-01-01')!)).toBe(4);
  });

  it('rejects dates that do not exist', () => {
    expect(dayNumber(2023, 2, 29)).toBeNull();
    expect(dayNumber(2024, 2, 29)).not.toBeNull();
    expect(dayNumber(2100, 2, 29)).toBeNull();
    expect(dayNumber(2024, 13, 1)).toBeNull();
    expect(dayNumber(2024, 4, 31)).toBeNull();
    expect(dayOfIso('2024-02-30')).toBeNull();
    expect(dayOfIso('soon')).toBeNull();
  });

  it('counts month lengths and crosses month and year ends', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2024, 12)]).toEqual([29, 28, 31]);
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('round-trips every day number through ISO', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(dayOfIso(isoOfDay(n))).toBe(n);
        expect(weekdayOfDay(n + 7)).toBe(weekdayOfDay(n));
      }),
    );
  });
});
