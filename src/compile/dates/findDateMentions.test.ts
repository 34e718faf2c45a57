import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './findDateMentions';
import type { DateMention } from './types';

type Case = [text: string, raw: string, kind: DateMention['kind'], future?: boolean];

const FOUND: Case[] = [
  ['bertemu pada 18 November 2024 di Rio', '18 November 2024', 'full'],
  // A part of the month in words before its name.
  ['invited him to come to China at the end of August for the summit', 'at the end of August', 'month-year'],
  ['met at the beginning of May 2024 in Beijing', 'at the beginning of May 2024', 'month-year'],
  ['met on 18 Nov. 2024 in Rio', '18 Nov. 2024', 'full'],
  ['dated 2024-11-18 in the log', '2024-11-18', 'full'],
  ['met on November 18, 2024 in Rio', 'November 18, 2024', 'full'],
  ['Jakarta, 12/03/2024', '12/03/2024', 'full'],
  ['bertemu 5 Agt 2024', '5 Agt 2024', 'full'],
  ['bertemu 5 Nopember 2024', '5 Nopember 2024', 'full'],
  ['Tiongkok dan Rusia pada hari Selasa (2/12) sepakat', 'pada hari Selasa (2/12)', 'day-month'],
  ['Wang Yi, pada hari Senin (18/11) lalu bertemu', 'pada hari Senin (18/11) lalu', 'day-month'],
  ["sidang digelar Jum'at (6/12) pagi", "Jum'at (6/12)", 'day-month'],
  ['Xi said on Tuesday (Dec 2) that', 'on Tuesday (Dec 2)', 'day-month'],
  ['dengan Presiden Putin pada hari Rabu.', 'pada hari Rabu', 'weekday'],
  ['Rabu lalu kedua menteri bertemu', 'Rabu lalu', 'weekday'],
  ['the ministers met on Wednesday in Moscow', 'on Wednesday', 'weekday'],
  ['bertemu pada hari Minggu di Beijing', 'pada hari Minggu', 'weekday'],
  ['Wang akan tiba di Moskow pada hari Rabu', 'pada hari Rabu', 'weekday', true],
  ['KTT digelar pada 18 November di Rio', 'pada 18 November', 'day-month'],
  ['Rusia akan mendukung peran Tiongkok, kata Lavrov pada hari Rabu.', 'pada hari Rabu', 'weekday', false],
  ['Lavrov dijadwalkan tiba di Beijing pada Selasa (9/4) mendatang.', 'pada Selasa (9/4) mendatang', 'day-month', true],
  ['they will meet on Nov. 18 in Rio', 'on Nov. 18', 'day-month', true],
  ['pertemuan pada 5 Desember mendatang', 'pada 5 Desember mendatang', 'day-month', true],
  ['Xi, Senin, 18/11 lalu, bertemu', 'Senin, 18/11 lalu', 'day-month'],
  ['Xi said on Tuesday (2 Dec) that', 'on Tuesday (2 Dec)', 'day-month'],
  ['bertemu pada Selasa, 2 Desember di Moskow', 'pada Selasa, 2 Desember', 'day-month'],
  ['ditandatangani Senin (18/11/2024) di Rio', 'Senin (18/11/2024)', 'full'],
  ['met on the 18th of November, 2024', '18th of November, 2024', 'full'],
  ['Wang tiba dua hari lalu di Moskow', 'dua hari lalu', 'relative'],
  ['Wang tiba 3 hari yang lalu di Moskow', '3 hari yang lalu', 'relative'],
  ['Wang tiba sepekan lalu di Moskow', 'sepekan lalu', 'relative'],
  ['Wang arrived two days ago in Moscow', 'two days ago', 'relative'],
  ['bertemu pada Mei lalu di Beijing', 'pada Mei lalu', 'month-year'],
  ['KTT Desember mendatang di Kazan', 'Desember mendatang', 'month-year', true],
  ['the two met in March in Moscow', 'in March', 'month-year'],
  ['Wang bertemu pada Senin malam (18/11) di Rio', 'pada Senin malam (18/11)', 'day-month'],
  ['Dia tiba kemarin di Beijing', 'kemarin', 'relative'],
  ['menurut laporan hari ini', 'hari ini', 'relative'],
  ['this morning you had substantive talks with Mr Lavrov', 'this morning', 'relative'],
  ['Wang bertemu Lavrov pagi ini di Moskow', 'pagi ini', 'relative'],
  ['they met earlier today in Beijing', 'earlier today', 'relative'],
  ['dalam wawancara pekan lalu', 'pekan lalu', 'relative'],
  ['dalam wawancara minggu lalu', 'minggu lalu', 'relative'],
  ['harga naik bulan lalu', 'bulan lalu', 'relative'],
  ['tiga pertemuan tahun lalu', 'tahun lalu', 'relative'],
  ['he arrived yesterday', 'yesterday', 'relative'],
  ['talks held last week', 'last week', 'relative'],
  ['Wang tiba besok', 'besok', 'relative', true],
  ['kunjungan pekan depan', 'pekan depan', 'relative', true],
  ['KTT bulan depan', 'bulan depan', 'relative', true],
  ['pemilu tahun depan', 'tahun depan', 'relative', true],
  ['kunjungan pada musim semi tahun depan', 'pada musim semi tahun depan', 'relative', true],
  // A visit being prepared lies ahead.
  ['membahas persiapan kunjungan Putin ke China pada 31 Agustus', 'pada 31 Agustus', 'day-month', true],
  ['a visit in the autumn of 2026', 'in the autumn of 2026', 'relative', false],
  ['sejak Maret 2023 kedua negara', 'sejak Maret 2023', 'month-year'],
  ['since March 2023 the two', 'since March 2023', 'month-year'],
  ['pada 2023 kedua negara', 'pada 2023', 'year'],
  ['selama tahun 2023, hubungan', 'selama tahun 2023', 'year'],
  ['KTT 18-21 September di Kazan', '18-21 September', 'range'],
  ['KTT 18 hingga 21 September 2024 di Kazan', '18 hingga 21 September 2024', 'range'],
  ['KTT 18–21 Sept di Kazan', '18–21 Sept', 'range'],
  ['summit on September 18-21, 2024 in Kazan', 'on September 18-21, 2024', 'range'],
  ['dari 30 Desember 2024 - 2 Januari 2025', '30 Desember 2024 - 2 Januari 2025', 'range'],
  // The 80-character look-back ends inside "mengadakan": its tail is no "akan".
  ['Ma Zhaoxu mengadakan konsultasi dengan Wakil Menteri Luar Negeri Rusia Andrey Rudenko di Moskow pada Kamis (26/10/2023)', 'pada Kamis (26/10/2023)', 'full'],
  ['Wakil Menteri Luar Negeri China Ma Zhaoxu akan mengadakan konsultasi di Moskow pada Kamis (26/10/2023)', 'pada Kamis (26/10/2023)', 'full', true],
];

const NOT_DATES = [
  'menandai peringatan 80 tahun kemenangan',
  'merayakan ulang tahun ke-75',
  'konsultasi keamanan strategis putaran ke-20',
  'Selama 20 tahun terakhir sejak pembentukannya',
  'Sedang Trending 1 bulan yang lalu',
  '80 tahun silam, rakyat Rusia',
  'rapat digelar setiap Rabu',
  'selama 2 minggu lalu',
  'you may 5 times',
  'it may rain in may',
  'Bulan Mei adalah',
  'nomor 12/13/14',
  // Counted from another contact of the article, not from the article date (see contactReferences).
  'Esok harinya Wang bertemu Lavrov',
  'Keesokan harinya Wang bertemu Lavrov',
  'Sehari sebelumnya Wang bertemu Lavrov',
  'The following day Wang met Lavrov',
  // Seasons need a year, or a word that makes them a time: these are verbs.
  'prices fall sharply',
  'new ideas spring from the talks',
];

describe('findDateMentions', () => {
  it.each(FOUND)('finds %j as %j (%s)', (text, raw, kind, future = false) => {
    const found = findDateMentions(text).find((m) => m.raw === raw);
    expect(found, JSON.stringify(findDateMentions(text))).toBeDefined();
    expect(found!.kind).toBe(kind);
    expect(found!.future).toBe(future);
    expect(text.slice(found!.start, found!.end)).toBe(raw);
  });

  it.each(NOT_DATES)('finds no date in %j', (text) => {
    expect(findDateMentions(text).map((m) => m.raw)).toEqual([]);
  });

  it('reads a teaser date and the header as two separate full dates', () => {
    const text = 'Rabu, 20 November 2024 12:7:31 WIB\n\nBerita Lainnya\nSelasa, 18 Oktober 2022 23:8:41 WIB';
    expect(findDateMentions(text).map((m) => m.raw)).toEqual(['Rabu, 20 November 2024', 'Selasa, 18 Oktober 2022']);
  });

  it('lists mentions in text order without overlaps', () => {
    const text = 'Pada hari Senin (18/11) lalu dan Rabu, 20 November 2024, serta pekan lalu dan tahun 2023.';
    const found = findDateMentions(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found.map((m) => m.kind)).toEqual(['day-month', 'full', 'relative', 'year']);
  });

  it('never throws and every offset pair slices to its raw words', () => {
    const pieces = fc.constantFrom('Rabu', ' ', '(', '18/11', ')', 'lalu', '2024', '-', '21', 'September', 'Nov.', 'pekan', 'hari', 'pada', ',', '\n', 'tahun', 'ke-', 'Minggu', 'minggu', 'depan', 'akan', '–');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        for (const m of findDateMentions(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans a 1 MB line of date-like noise (bounded quantifiers, no backtracking blow-up)', () => {
    const noise = '1 1 Rabu (1/1 2024-1 Nov. 18- 21 tahun pada hari '.repeat(21_000);
    const found = findDateMentions(noise);
    expect(noise.length).toBeGreaterThan(1_000_000);
    expect(found.length).toBeGreaterThan(0);
  });
});
