import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIso, isoOfDay, weekdayOfDay } from './calendar';
import { findDateMentions } from './findDateMentions';
import { resolveMention } from './resolveMention';
import type { DateMention, ResolveContext, ResolvedDate } from './types';

function ctxAt(articleDate: string | null, over: Partial<ResolveContext> = {}): ResolveContext {
  return { articleDate, horizon: '2026-06-30', constraints: [], yearHints: [], ...over };
}

/** Resolve the only (or the named) mention in a text against an article date. */
function resolveIn(text: string, ctx: ResolveContext, raw?: string): ResolvedDate {
  const mentions = findDateMentions(text);
  const m = raw ? mentions.find((x) => x.raw === raw) : mentions[0];
  if (!m) throw new Error(`no mention in ${text}: ${JSON.stringify(mentions)}`);
  return resolveMention(m, ctx);
}

type Row = [name: string, text: string, articleDate: string, value: string, earliest: string, latest: string];

const TABLE: Row[] = [
  ["resolves 'pada hari Rabu' to the Wednesday before publication", 'bertemu pada hari Rabu.', '2023-02-23', '2023-02-22', '2023-02-22', '2023-02-22'],
  ["resolves 'pada hari Selasa' to the Tuesday before publication", 'memimpin pada hari Selasa.', '2023-02-23', '2023-02-21', '2023-02-21', '2023-02-21'],
  ["resolves 'pada hari Kamis' to the publication day itself", 'bertemu pada hari Kamis.', '2023-02-23', '2023-02-23', '2023-02-23', '2023-02-23'],
  ["resolves 'Kamis lalu' to the Thursday a week before a Thursday article", 'bertemu Kamis lalu.', '2023-02-23', '2023-02-16', '2023-02-16', '2023-02-16'],
  ["resolves future 'akan … pada hari Rabu' to the next Wednesday", 'Wang akan tiba pada hari Rabu.', '2023-02-23', '2023-03-01', '2023-03-01', '2023-03-01'],
  ["resolves future 'dijadwalkan … pada Rabu' in a Wednesday article to that day", 'Wang dijadwalkan bertemu Putin pada Rabu.', '2023-02-22', '2023-02-22', '2023-02-22', '2023-02-22'],
  ["resolves 'akan … pada Rabu depan' in a Wednesday article to a week later", 'Wang akan bertemu Putin pada Rabu depan.', '2023-02-22', '2023-03-01', '2023-03-01', '2023-03-01'],
  ["resolves 'will meet next Wednesday' in a Wednesday article to a week later", 'Wang will meet Putin next Wednesday.', '2023-02-22', '2023-03-01', '2023-03-01', '2023-03-01'],
  ["resolves 'on Wednesday' in English", 'the ministers met on Wednesday.', '2023-02-23', '2023-02-22', '2023-02-22', '2023-02-22'],
  ["resolves 'pada hari Senin (18/11) lalu' to 18 November of the article's year", 'pada hari Senin (18/11) lalu bertemu', '2024-11-20', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'Selasa (2/12)' in a January article to the previous December", 'pada Selasa (2/12) sepakat', '2026-01-05', '2025-12-02', '2025-12-02', '2025-12-02'],
  ["resolves 'Tuesday (Dec 2)' in English", 'said on Tuesday (Dec 2) that', '2025-12-03', '2025-12-02', '2025-12-02', '2025-12-02'],
  ["resolves 'pada 18 November' to the nearest one on or before publication", 'KTT pada 18 November di Rio', '2025-03-01', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'pada 5 Desember mendatang' forward", 'pertemuan pada 5 Desember mendatang', '2024-11-20', '2024-12-05', '2024-12-05', '2024-12-05'],
  ["resolves 'on Nov. 18' in English", 'They met on Nov. 18 in Rio.', '2024-11-20', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'pertengahan Oktober.' at a sentence's end to the middle of the last October", 'Wang bertemu Lavrov pada pertengahan Oktober.', '2024-11-14', '2024-10', '2024-10-11', '2024-10-20'],
  ["resolves 'awal Oktober' to the first part of the month", 'bertemu awal Oktober lalu', '2024-11-14', '2024-10', '2024-10-01', '2024-10-10'],
  // The year counted from the article's, not the nearest such month: in October 2025 'September tahun lalu' is 2024's.
  ["resolves 'pada September tahun lalu' to the September of the year before", 'bertemu pada September tahun lalu di Beijing', '2025-10-12', '2024-09', '2024-09-01', '2024-09-30'],
  ["resolves 'September tahun lalu' without a preposition", 'Lavrov bertemu Wang September tahun lalu.', '2025-10-12', '2024-09', '2024-09-01', '2024-09-30'],
  ["resolves 'pada 12 Mei tahun ini' in the article's year", 'bertemu pada 12 Mei tahun ini', '2025-10-12', '2025-05-12', '2025-05-12', '2025-05-12'],
  ["resolves 'pertengahan Juli tahun lalu' to the middle of last year's July", 'bertemu pertengahan Juli tahun lalu', '2025-10-12', '2024-07', '2024-07-11', '2024-07-20'],
  ["resolves 'in March next year' forward by a year", 'will visit in March next year', '2025-01-12', '2026-03', '2026-03-01', '2026-03-31'],
  ["resolves 'on September 12 last year' in English", 'they met on September 12 last year', '2025-10-12', '2024-09-12', '2024-09-12', '2024-09-12'],
  ["resolves 'akhir Februari 2024' to the month's last part (a leap year)", 'bertemu pada akhir Februari 2024 di Moskow', '2024-11-14', '2024-02', '2024-02-21', '2024-02-29'],
  ["resolves 'late October' in English", 'They met in late October.', '2024-11-14', '2024-10', '2024-10-21', '2024-10-31'],
  ["resolves 'mid-October' in English", 'They met in mid-October.', '2024-11-14', '2024-10', '2024-10-11', '2024-10-20'],
  ["resolves 'tanggal 5 bulan ini' to that day of the article's month", 'bertemu pada tanggal 5 bulan ini', '2024-11-14', '2024-11-05', '2024-11-05', '2024-11-05'],
  ["resolves 'tanggal 30 bulan lalu' across a year's end", 'bertemu tanggal 30 bulan lalu', '2025-01-10', '2024-12-30', '2024-12-30', '2024-12-30'],
  ["resolves 'pada 20 hingga 22 bulan ini' to its first day", 'berkunjung pada 20 hingga 22 bulan ini', '2023-03-17', '2023-03-20', '2023-03-20', '2023-03-20'],
  ["resolves 'kemarin' to the day before publication", 'Wang tiba kemarin.', '2024-03-01', '2024-02-29', '2024-02-29', '2024-02-29'],
  ["resolves 'yesterday' to the day before publication", 'Wang arrived yesterday.', '2024-01-01', '2023-12-31', '2023-12-31', '2023-12-31'],
  ["resolves 'hari ini' to the publication day", 'hari ini Wang tiba', '2024-01-11', '2024-01-11', '2024-01-11', '2024-01-11'],
  ["resolves 'this morning' to the publication day", 'this morning Wang met Lavrov', '2025-04-01', '2025-04-01', '2025-04-01', '2025-04-01'],
  ["resolves 'tadi pagi' to the publication day", 'Wang tadi pagi bertemu Lavrov', '2025-04-01', '2025-04-01', '2025-04-01', '2025-04-01'],
  ["resolves 'besok' to the day after publication", 'Wang tiba besok', '2024-01-11', '2024-01-12', '2024-01-12', '2024-01-12'],
  ["resolves 'dua hari lalu' to two days before publication", 'Wang tiba dua hari lalu', '2024-03-01', '2024-02-28', '2024-02-28', '2024-02-28'],
  ["resolves 'Senin, 18/11 lalu' like its parenthesised form", 'Xi, Senin, 18/11 lalu, bertemu', '2024-11-20', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'pekan lalu' to the previous Monday–Sunday week", 'wawancara pekan lalu', '2023-02-23', '2023-02-13', '2023-02-13', '2023-02-19'],
  ["resolves 'last week' to the previous week", 'an interview last week', '2023-02-23', '2023-02-13', '2023-02-13', '2023-02-19'],
  ["resolves 'pekan depan' to the next week", 'kunjungan pekan depan', '2023-02-23', '2023-02-27', '2023-02-27', '2023-03-05'],
  ["resolves 'bulan lalu' to the previous month", 'bertemu bulan lalu', '2024-01-11', '2023-12', '2023-12-01', '2023-12-31'],
  ["resolves 'bulan depan' to the next month", 'KTT bulan depan', '2024-12-11', '2025-01', '2025-01-01', '2025-01-31'],
  ["resolves 'tahun lalu' to the previous year", 'tiga pertemuan tahun lalu', '2025-01-22', '2024', '2024-01-01', '2024-12-31'],
  ["resolves 'tahun depan' to the next year", 'KTT tahun depan', '2024-11-20', '2025', '2025-01-01', '2025-12-31'],
  ["resolves '18 November 2024' to that day", 'pada 18 November 2024', '2025-01-01', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'November 18, 2024' to that day", 'on November 18, 2024', '2025-01-01', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'Maret 2023' to the month", 'sejak Maret 2023', '2025-01-01', '2023-03', '2023-03-01', '2023-03-31'],
  ["resolves 'Februari 2024' to a leap February", 'pada Februari 2024', '2025-01-01', '2024-02', '2024-02-01', '2024-02-29'],
  ["resolves 'pada Mei lalu' to the last May before publication", 'bertemu pada Mei lalu', '2024-03-10', '2023-05', '2023-05-01', '2023-05-31'],
  ["resolves 'Desember mendatang' to the coming December", 'KTT Desember mendatang', '2024-03-10', '2024-12', '2024-12-01', '2024-12-31'],
  ["resolves 'Senin malam (18/11)' with the time of day", 'pada Senin malam (18/11) bertemu', '2024-11-20', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves 'Rabu pekan lalu' to the Wednesday of the previous week", 'bertemu Rabu pekan lalu', '2024-11-18', '2024-11-13', '2024-11-13', '2024-11-13'],
  ["resolves 'Jumat pekan depan' to the Friday of the next week", 'bertemu Jumat pekan depan', '2024-11-18', '2024-11-29', '2024-11-29', '2024-11-29'],
  ["resolves 'Wednesday last week' in English", 'they met Wednesday last week', '2024-11-18', '2024-11-13', '2024-11-13', '2024-11-13'],
  ["resolves 'pada tahun 2023' to the year", 'pada tahun 2023 hubungan', '2024-01-11', '2023', '2023-01-01', '2023-12-31'],
  ["resolves '18-21 September' to the span, value the first day", 'KTT 18-21 September di Kazan', '2024-10-01', '2024-09-18', '2024-09-18', '2024-09-21'],
  ["resolves '18 hingga 21 September 2024' to the span", 'KTT 18 hingga 21 September 2024', '2025-10-01', '2024-09-18', '2024-09-18', '2024-09-21'],
  ["resolves 'akhir pekan lalu' to last weekend (Saturday–Sunday)", 'bertelepon akhir pekan lalu', '2025-08-25', '2025-08-23', '2025-08-23', '2025-08-24'],
  ["resolves 'last weekend' in English", 'they spoke last weekend', '2025-08-25', '2025-08-23', '2025-08-23', '2025-08-24'],
  ["resolves 'akhir pekan ini' to this weekend", 'bertemu akhir pekan ini', '2025-08-20', '2025-08-23', '2025-08-23', '2025-08-24'],
  ["resolves 'awal bulan ini' to the first days of the month", 'bertemu pada awal bulan ini', '2024-04-12', '2024-04', '2024-04-01', '2024-04-10'],
  ["resolves 'akhir bulan lalu' to the last days of the previous month", 'bertemu akhir bulan lalu', '2024-03-12', '2024-02', '2024-02-21', '2024-02-29'],
  ["resolves 'pertengahan bulan depan' to the middle of next month", 'KTT pertengahan bulan depan', '2024-03-12', '2024-04', '2024-04-11', '2024-04-20'],
  ["resolves 'early next month' in English", 'a summit early next month', '2024-03-12', '2024-04', '2024-04-01', '2024-04-10'],
  ["resolves 'awal tahun ini' to the first months of the year", 'bertemu awal tahun ini', '2024-09-12', '2024', '2024-01-01', '2024-04-30'],
  ["resolves 'pada 18/11' to 18 November before publication", 'bertemu di Beijing pada 18/11.', '2024-11-19', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves a bare '(17/11)' after a place", 'mengunjungi Harbin (17/11) untuk', '2024-11-19', '2024-11-17', '2024-11-17', '2024-11-17'],
  ["resolves '(18/11/2024)' to that day", 'bertemu Volodin (18/11/2024).', '2025-01-01', '2024-11-18', '2024-11-18', '2024-11-18'],
  ["resolves '30 Desember - 2 Januari 2025' across the new year", 'libur 30 Desember - 2 Januari 2025', '2025-02-01', '2024-12-30', '2024-12-30', '2025-01-02'],
  // Seasons of the northern hemisphere, as a year narrowed to the season's months.
  ["resolves 'musim semi tahun depan' to next year's March–May", 'berkunjung pada musim semi tahun depan', '2025-12-03', '2026', '2026-03-01', '2026-05-31'],
  ["resolves 'musim gugur 2024' to that autumn", 'bertemu pada musim gugur 2024', '2025-12-03', '2024', '2024-09-01', '2024-11-30'],
  ["resolves a planned 'pada musim gugur' to the coming autumn", 'Putin akan berkunjung pada musim gugur', '2025-12-03', '2026', '2026-09-01', '2026-11-30'],
  ["resolves a planned 'pada musim gugur' during autumn to that autumn", 'Putin akan berkunjung pada musim gugur', '2025-10-03', '2025', '2025-09-01', '2025-11-30'],
  ["resolves a past 'pada musim panas' to the last summer begun", 'mereka bertemu pada musim panas', '2025-12-03', '2025', '2025-06-01', '2025-08-31'],
  ["resolves 'next spring' to the first spring after publication", 'he will come next spring', '2025-01-20', '2025', '2025-03-01', '2025-05-31'],
  ["resolves 'last autumn' to the last autumn over", 'they met last autumn', '2025-10-20', '2024', '2024-09-01', '2024-11-30'],
  ["resolves 'in the spring of 2026'", 'a visit in the spring of 2026', '2025-01-20', '2026', '2026-03-01', '2026-05-31'],
  ["resolves 'this winter' into the next year's February", 'talks this winter', '2025-12-03', '2025', '2025-12-01', '2026-02-28'],
];

describe('resolveMention with an article date', () => {
  it.each(TABLE)('%s', (_name, text, articleDate, value, earliest, latest) => {
    const r = resolveIn(text, ctxAt(articleDate));
    expect({ value: r.value, earliest: r.earliest, latest: r.latest }).toEqual({ value, earliest, latest });
    expect(r.basis).toContain("'");
  });

  it('gives full dates high confidence and relative weeks lower', () => {
    expect(resolveIn('pada 18 November 2024', ctxAt('2025-01-01')).confidence).toBeGreaterThanOrEqual(0.9);
    expect(resolveIn('wawancara pekan lalu', ctxAt('2025-01-01')).confidence).toBeLessThanOrEqual(0.5);
  });

  it('lowers confidence and says so when the weekday does not fit the date', () => {
    const r = resolveIn('pada hari Selasa (18/11) lalu', ctxAt('2024-11-20'));
    expect(r.value).toBe('2024-11-18');
    expect(r.confidence).toBeLessThanOrEqual(0.5);
    expect(r.basis).toMatch(/Monday, not the Tuesday/);
  });

  it('takes the day just after an early article date when only that one has the named weekday', () => {
    const r = resolveIn('pada hari Selasa (2/12) sepakat', ctxAt('2025-12-01'));
    expect(r.value).toBe('2025-12-02');
    expect(r.alternatives).toEqual(['2024-12-02']);
    expect(r.confidence).toBeLessThan(0.7);
  });

  it('uses the day-month date and the weekday together in the basis', () => {
    const r = resolveIn('pada hari Senin (18/11) lalu', ctxAt('2024-11-20'));
    expect(r.basis).toBe("'pada hari Senin (18/11) lalu', no year in the text; the nearest 18 November on or before the article date 2024-11-20 is 2024-11-18, a Monday as the text says");
  });
});

describe('resolveMention without an article date', () => {
  it("picks the hinted year for 'Selasa (21/1)' and lists 2020 as the alternative", () => {
    const ctx = ctxAt(null, { yearHints: [{ year: 2025, reason: "'tahun ini menandai peringatan 80 tahun' (1945 + 80 = this year) gives 2025", range: [0, 1] }] });
    const r = resolveIn('Xi pada Selasa (21/1) mengatakan', ctx);
    expect(r.value).toBe('2025-01-21');
    expect(r.alternatives[0]).toBe('2020-01-21');
    expect(r.basis).toContain('gives 2025');
  });

  it('drops years ruled out by a constraint and names its reason', () => {
    const ctx = ctxAt(null, { constraints: [{ earliest: '2024-05-12', reason: 'Shoigu has been Security Council Secretary since 2024-05-12' }] });
    const r = resolveIn('pada hari Selasa (2/12) sepakat', ctx);
    expect(r.value).toBe('2025-12-02');
    expect(r.alternatives).toEqual([]);
    expect(r.basis).toContain('Shoigu has been Security Council Secretary since 2024-05-12 (rules out 1997, 2003, 2008, 2014)');
  });

  it('takes the most recent fitting year with low confidence when nothing else decides', () => {
    const r = resolveIn('pada Selasa (21/1) mengatakan', ctxAt(null));
    expect(r.value).toBe('2025-01-21');
    expect(r.confidence).toBeLessThanOrEqual(0.5);
    expect(r.alternatives).toContain('2020-01-21');
  });

  it('never places a past event after the horizon', () => {
    const r = resolveIn('pada Selasa (21/1) mengatakan', ctxAt(null, { horizon: '2025-01-20' }));
    expect(r.value).toBe('2020-01-21');
  });

  it('falls back to the hinted year for a weekday alone', () => {
    const ctx = ctxAt(null, { yearHints: [{ year: 2025, reason: 'hint gives 2025', range: [0, 1] }] });
    const r = resolveIn('sebagaimana warta pada Rabu', ctx);
    expect(r).toMatchObject({ value: '2025', precision: 'year', earliest: '2025-01-01', latest: '2025-12-31' });
    expect(r.confidence).toBeLessThanOrEqual(0.5);
  });

  it("shifts 'tahun lalu' from the hinted year", () => {
    const ctx = ctxAt(null, { yearHints: [{ year: 2025, reason: 'hint gives 2025', range: [0, 1] }] });
    expect(resolveIn('tiga pertemuan tahun lalu', ctx).value).toBe('2024');
  });
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayArb = fc.integer({ min: dayOfIso('1995-01-01')!, max: dayOfIso('2030-12-31')! });
const phrases = fc.constantFrom(
  'pada hari Rabu', 'Senin lalu', 'pada hari Minggu', 'on Friday', 'Sabtu (5/10)', 'pada 31 Desember', 'pada 29 Februari',
  'kemarin', 'pekan lalu', 'bulan depan', 'tahun lalu', '18-21 September', '30 Desember - 2 Januari', 'Maret 2023',
  'pada tahun 2001', '18 Nov. 2024', 'akan bertemu pada hari Kamis', 'minggu depan', 'Tuesday (Feb 29)',
);

describe('resolveMention invariants', () => {
  it('always returns valid ISO dates with earliest ≤ value ≤ latest and confidence in 0..1', () => {
    fc.assert(
      fc.property(phrases, fc.option(dayArb, { nil: null }), dayArb, (text, article, horizon) => {
        for (const m of findDateMentions(text)) {
          const r = resolveMention(m, ctxAt(article === null ? null : isoOfDay(article), { horizon: isoOfDay(horizon) }));
          expect(r.earliest).toMatch(ISO_DAY);
          expect(r.latest).toMatch(ISO_DAY);
          expect(dayOfIso(r.earliest)).not.toBeNull();
          expect(r.earliest <= r.latest).toBe(true);
          const valueStart = r.precision === 'day' ? r.value : r.precision === 'month' ? `${r.value}-01` : `${r.value}-01-01`;
          expect(r.earliest <= valueStart && valueStart <= r.latest).toBe(true);
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('resolves a weekday alone to that weekday within 7 days on or before the article date', () => {
    const names = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), dayArb, fc.boolean(), (wd, article, lalu) => {
        const text = `bertemu pada hari ${names[wd]}${lalu ? ' lalu' : ''}.`;
        const r = resolveIn(text, ctxAt(isoOfDay(article)));
        const n = dayOfIso(r.value)!;
        expect(weekdayOfDay(n)).toBe(wd);
        expect(article - n).toBeGreaterThanOrEqual(0);
        expect(article - n).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveMention on mentions it did not find itself', () => {
  it('never throws on arbitrary mentions and contexts', () => {
    const kinds = fc.constantFrom('full', 'day-month', 'weekday', 'relative', 'month-year', 'year', 'range') as fc.Arbitrary<DateMention['kind']>;
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), kinds, fc.boolean(), fc.option(fc.string({ maxLength: 12 }), { nil: null }), fc.string({ maxLength: 12 }), (raw, kind, future, articleDate, horizon) => {
        const r = resolveMention({ start: 0, end: raw.length, raw, kind, future }, ctxAt(articleDate, { horizon }));
        expect(r.earliest <= r.latest).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('parses a hand-made mention from its words', () => {
    const r = resolveMention({ start: 0, end: 13, raw: 'Selasa (2/12)', kind: 'day-month', future: false }, ctxAt('2025-12-05'));
    expect(r.value).toBe('2025-12-02');
  });

  it("counts a hint for the next year as support for a late-December date ('tahun ini' written in January)", () => {
    const ctx = ctxAt(null, { yearHints: [{ year: 2025, reason: 'hint gives 2025', range: [0, 1] }] });
    expect(resolveIn('pada Selasa (31/12) lalu', ctx).value).toBe('2024-12-31');
  });
});
