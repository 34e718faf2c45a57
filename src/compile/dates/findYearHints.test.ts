import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnniversaries } from './anniversaries';
import { findYearHints } from './findYearHints';

const ANNIVERSARIES = parseAnniversaries(readFileSync('data/anniversaries.yaml', 'utf8'), 'data/anniversaries.yaml');

const years = (text: string) => findYearHints(text, ANNIVERSARIES).map((h) => h.year);

describe('findYearHints: one-off gatherings (held: true)', () => {
  it.each([
    ['Putin and Xi held talks on the sidelines of the BRICS summit in Kazan.', [2024]],
    ['Xi dan Putin bertemu di sela-sela KTT SCO di Samarkand.', [2022]],
    ['Wang Yi menghadiri KTT G20 Rio bersama Lavrov.', [2024]],
    // The gathering without its host city, or a word that only contains the term, dates nothing.
    ['Putin and Xi met on the sidelines of the BRICS summit.', []],
    ['the BRICS summit in Kazanistan', []],
  ])('%s → %j', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it('says which gathering gave the year, with its words as the range', () => {
    const text = 'They met at the SCO summit in Tianjin.';
    const [h] = findYearHints(text, ANNIVERSARIES);
    expect(h!.reason).toBe("'SCO summit in Tianjin' (SCO summit in Tianjin) was held in 2025");
    expect(text.slice(...h!.range)).toBe('SCO summit in Tianjin');
  });
});

describe('findYearHints', () => {
  it.each([
    ['tahun ini menandai peringatan 80 tahun kemenangan Perang Dunia II.', 2025],
    ['tahun depan menandai peringatan 30 tahun pembentukan kemitraan koordinasi strategis Tiongkok-Rusia.', 2025],
    ['tahun lalu menandai peringatan 75 tahun hubungan diplomatik Tiongkok-Rusia.', 2025],
    ['Xi menyebut bahwa tahun lampau menandai peringatan 75 tahun terjalinnya hubungan diplomatik China-Rusia.', 2025],
    ['sangat penting untuk memperingati ulang tahun ke-80 berdirinya Perserikatan Bangsa-Bangsa tahun depan.', 2024],
    ['Tahun ini bertepatan dengan peringatan 75 tahun penggalangan hubungan diplomatik Tiongkok-Rusia.', 2024],
    ['This year marks the 80th anniversary of the victory in the World Anti-Fascist War.', 2025],
    ['Next year marks the 25th anniversary of the Treaty of Good-Neighborliness and Friendly Cooperation.', 2025],
    ['tahun ini, kedua belah pihak bakal bersama-sama memperingati 80 tahun kemenangan Perang Antifasis Dunia.', 2025],
    ['Tahun ini menandai 80 tahun berdirinya PBB.', 2025],
    ['Tahun ini genap 75 tahun hubungan diplomatik kedua negara.', 2024],
    ['tahun ini diperingati HUT ke-80 PBB.', 2025],
    ['This year marks 75 years since diplomatic relations were established.', 2024],
    // The anniversary is the occasion of what is reported: this year's.
    ['Kedua kepala negara merilis pernyataan bersama dalam rangka peringatan 75 tahun hubungan diplomatik kedua negara.', 2024],
    ['The two leaders met to mark the 75th anniversary of diplomatic relations.', 2024],
  ])('reads %j as written in %i', (text, year) => {
    expect(years(text)).toEqual([year]);
  });

  it('reads two anniversaries sharing one "tahun depan"', () => {
    const text = 'Wang mengatakan, tahun depan menandai peringatan 30 tahun pembentukan kemitraan koordinasi strategis Tiongkok-Rusia dan peringatan 25 tahun penandatanganan Perjanjian Kerja Sama Bertetangga Baik dan Persahabatan Tiongkok-Rusia.';
    const hints = findYearHints(text, ANNIVERSARIES);
    expect(hints.map((h) => h.year)).toEqual([2025, 2025]);
    expect(hints[0]!.reason).toBe("'tahun depan menandai peringatan 30 tahun pembentukan kemitraan koordinasi strategis' (1996 + 30 = next year) gives 2025");
    expect(hints[1]!.reason).toContain('(2001 + 25 = next year) gives 2025');
    for (const h of hints) expect(text.slice(h.range[0], h.range[1])).toMatch(/^tahun depan/);
  });

  it('gives no hint without a this/next/last year anchor or a known subject', () => {
    expect(years('Selama 20 tahun terakhir sejak pembentukannya mekanisme ini berperan.')).toEqual([]);
    expect(years('peringatan 80 tahun kemenangan Perang Dunia II digelar meriah.')).toEqual([]);
    expect(years('tahun ini menandai peringatan 10 tahun pernikahan mereka.')).toEqual([]);
    expect(years('konsultasi putaran ke-20 tahun ini')).toEqual([]);
  });

  it('does not read "25 tahun lalu" (25 years ago) as last year', () => {
    expect(years('peringatan 75 tahun hubungan diplomatik yang dimulai 75 tahun lalu.')).toEqual([]);
  });

  it("reads 'selama tahun 2023 … Pada tahun yang baru' as written in 2024", () => {
    const text = 'Wang Yi menyatakan, selama tahun 2023, hubungan beroperasi pada level tinggi. Pada tahun yang baru, Rusia bersedia bekerja sama.';
    const hints = findYearHints(text, ANNIVERSARIES);
    expect(hints.map((h) => h.year)).toEqual([2024]);
    expect(text.slice(hints[0]!.range[0], hints[0]!.range[1])).toBe('selama tahun 2023');
  });

  it('does not take the lunar new year or two reviewed years as a hint', () => {
    expect(years('selama tahun 2023 ekonomi tumbuh. Menyambut Tahun Baru Imlek, tahun baru ini.')).toEqual([2024]);
    expect(years('selama tahun 2023 ekonomi tumbuh. Menyambut tahun baru Imlek.')).toEqual([]);
    expect(years('selama tahun 2022 dan selama tahun 2023 ekonomi tumbuh. Pada tahun yang baru …')).toEqual([]);
  });

  it('reads a 1 MB line of anniversary-like noise', () => {
    const text = 'tahun ini peringatan 80 tahun PBB '.repeat(31_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(findYearHints(text, ANNIVERSARIES).length).toBeGreaterThan(0);
  });

  it('never throws and keeps every range inside the text', () => {
    const pieces = fc.constantFrom('tahun ini ', 'tahun depan ', 'peringatan ', '80 tahun ', 'ulang tahun ke-', '75 ', 'PBB', 'hubungan diplomatik', '. ', '\n', 'SCO', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const h of findYearHints(text, ANNIVERSARIES)) {
          expect(h.range[0]).toBeGreaterThanOrEqual(0);
          expect(h.range[1]).toBeLessThanOrEqual(text.length);
          expect(h.range[0]).toBeLessThan(h.range[1]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
