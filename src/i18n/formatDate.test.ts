import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatIsoDate, formatNumber, warmFormatters } from './formatDate';
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

describe('formatNumber and formatCompact', () => {
  it('write numbers with each language\'s separators, in full or short', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(100000, 'id')).toBe('100.000');
    expect(formatCompact(1500, 'en')).toBe('1.5k');
    expect(formatCompact(12345, 'id')).toBe('12,3\u00a0rb');
  });

  it('give what Intl gives, whichever language came first, after warming up and when asked again', () => {
    warmFormatters('id');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom<Lang>('en', 'id')), { minLength: 1, maxLength: 20 }), (calls) => {
        // Twice each: the second answer comes from the cache.
        for (const [n, lang] of [...calls, ...calls]) {
          expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(LOCALE[lang]).format(n));
          expect(formatCompact(n, lang)).toBe(new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 1 }).format(n));
        }
      }),
    );
  });
});
