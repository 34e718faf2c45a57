import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './formatDate';
import { LOCALE, type Lang } from './lang';

describe('formatIsoDate', () => {
  it('formats a day, a month and a year in each language', () => {
    expect(formatIsoDate('2024-11-18', 'en')).toBe('18 Nov 2024');
    expect(formatIsoDate('2024-11', 'en')).toBe('Nov 2024');
    expect(formatIsoDate('2024', 'en')).toBe('2024');
    expect(formatIsoDate('2024-11-18', 'en', 'long')).toBe('18 November 2024');
    expect(formatIsoDate('2024-08-17', 'id', 'long')).toBe('17 Agustus 2024');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });

  it('gives what Intl gives, however often and in whatever order days, languages and styles come', () => {
    const day = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const call = fc.record({ day, lang: fc.constantFrom<Lang>('en', 'id'), style: fc.constantFrom<'short' | 'long'>('short', 'long') });
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 40 }), (calls) => {
        for (const { day: { y, m, d }, lang, style } of [...calls, ...calls]) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const expected = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', year: 'numeric', month: style, day: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
          expect(formatIsoDate(iso, lang, style)).toBe(expected);
        }
      }),
    );
  });
});
