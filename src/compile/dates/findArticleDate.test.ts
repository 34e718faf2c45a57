import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, describeArticleDate, findArticleDate } from './findArticleDate';

const BODY = '\n\nWang Yi bertemu dengan Sergey Lavrov di Moskow untuk membahas hubungan bilateral kedua negara.\n';

describe('findArticleDate', () => {
  it.each([
    ['Rabu, 20 November 2024 12:7:31 WIB', '2024-11-20', 'Rabu, 20 November 2024 12:7:31 WIB'],
    ['2024-01-11 11:00:51  ', '2024-01-11', '2024-01-11 11:00:51'],
    ['23 Februari 2023', '2023-02-23', '23 Februari 2023'],
    ['Selasa, 3 Desember 2025 | 14:05 WIB', '2025-12-03', 'Selasa, 3 Desember 2025 | 14:05 WIB'],
    ['Jakarta, 12/03/2024', '2024-03-12', '12/03/2024'],
    ['Kamis 5 Des 2024 10:30', '2024-12-05', 'Kamis 5 Des 2024 10:30'],
    ['November 20, 2024', '2024-11-20', 'November 20, 2024'],
    ['20 Nov 2024', '2024-11-20', '20 Nov 2024'],
    ['Diterbitkan: 20 Nov 2024', '2024-11-20', '20 Nov 2024'],
    ['Published: 2024-11-20T12:00:00Z', '2024-11-20', '2024-11-20T12:00:00Z'],
    ['Oleh Eko Satrio | Rabu, 20 November 2024, 12:07 WIB', '2024-11-20', 'Rabu, 20 November 2024, 12:07 WIB'],
    // An update stamp after the date is part of the header line.
    ['May 04, 2023 10:41 pm | Updated May 05, 2023 08:15 am IST - PANAJI', '2023-05-04', 'May 04, 2023 10:41 pm'],
    ['Issued on: 19/06/2025 - 14:12 Modified: 19/06/2025 - 18:47', '2025-06-19', '19/06/2025 - 14:12'],
    ['Nov 20, 2024 10:30 AM', '2024-11-20', 'Nov 20, 2024 10:30 AM'],
    ['Senin, 18 Nov 2024 / 12:07 WIB', '2024-11-18', 'Senin, 18 Nov 2024 / 12:07 WIB'],
    // CGTN's update stamp with a hyphenated date, the only date on the page.
    ['Updated 22:05, 31-Jan-2024', '2024-01-31', '31-Jan-2024'],
    ['Diperbarui 17 Mei 2024, 08:12 WIB', '2024-05-17', '17 Mei 2024, 08:12 WIB'],
    // China Daily: byline and outlet in other parts of a line split by bars.
    ['By GAO SHUYUN in Vientiane | China Daily | Updated: 2024-07-26 07:12', '2024-07-26', '2024-07-26 07:12'],
    // AP: a twelve-hour time after "at", with a zone.
    ['Updated February 20, 2025 at 9:14 a.m. ET', '2025-02-20', 'February 20, 2025 at 9:14 a.m. ET'],
  ])('reads the header line %j as %s', (header, value, raw) => {
    const text = `Judul Berita\n${header}${BODY}`;
    const found = findArticleDate({ text });
    expect(found).toMatchObject({ value, from: 'header', raw });
    expect(text.slice(found.range![0], found.range![1])).toBe(raw);
  });

  it.each([
    ['Kompas.com - 16/05/2024, 19:45 WIB\nDiperbarui 17 Mei 2024, 08:12 WIB', '2024-05-16'],
    ['Diperbarui 17 Mei 2024\nKompas.com - 16/05/2024, 19:45 WIB', '2024-05-16'],
    ['July 25, 2024 | 10:05 PM GMT+7 Updated 2 hours ago', '2024-07-25'],
    ['Last updated: 2024-05-17\nPublished 16 May 2024', '2024-05-16'],
  ])('takes the publication date %j, not the update stamp', (header, value) => {
    expect(findArticleDate({ text: `Judul\n${header}${BODY}` }).value).toBe(value);
  });

  it('prefers a bare date line to an earlier caption holding a date', () => {
    const text = `Judul\nFoto: Wang Yi, 18 November 2024\nRabu, 20 November 2024 12:07 WIB${BODY}`;
    expect(findArticleDate({ text }).value).toBe('2024-11-20');
  });

  it('reads a dateline when no header gives the date', () => {
    const text = 'Rusia dan Tiongkok bahas keamanan\nMOSKOW, 2 Desember 2025 (Xinhua) -- Wang Yi dan Sergei Shoigu memimpin konsultasi keamanan strategis.';
    expect(findArticleDate({ text })).toMatchObject({ value: '2025-12-02', from: 'dateline', raw: '2 Desember 2025' });
  });

  it('reads a TASS dateline closed by the agency between slashes', () => {
    const text = 'Lavrov, Wang Yi hold talks\n\nBEIJING, April 9, 2024. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Wang Yi on Tuesday.';
    expect(findArticleDate({ text })).toMatchObject({ value: '2024-04-09', from: 'dateline', raw: 'April 9, 2024' });
  });

  it.each([
    ['MOSCOW, Aug. 21 (Xinhua) -- Li Qiang met Mishustin on Wednesday.\n\nPhoto: Li Qiang and Mishustin in Moscow, Aug. 21, 2024.', '2024-08-21'],
    ['BEIJING, April 9. /TASS/. Lavrov arrived in Beijing on April 8, 2024 and met Wang Yi on Tuesday.', '2024-04-09'],
  ])('takes the year of a yearless dateline from a full date up to a week before it: %j', (text, value) => {
    expect(findArticleDate({ text })).toMatchObject({ value, from: 'dateline' });
  });

  it.each([
    ['BEIJING, April 9. /TASS/. Lavrov arrived on Monday, April 8, and met Wang Yi on Tuesday.', '2026-11-22', '2024-04-09'],
    // Across New Year: Tuesday 31 December is 2024's.
    ['MOSCOW, Jan. 2 (Reuters) - Putin and Xi exchanged greetings on Tuesday, Dec. 31.', '2026-11-22', '2025-01-02'],
    // Never after the horizon: in 2024 the latest Monday 8 April before the horizon is 2024's, not 2030's.
    ['BEIJING, April 9. /TASS/. Lavrov arrived on Monday, April 8.', '2024-12-31', '2024-04-09'],
  ])('takes the year of a yearless dateline from a weekday and day up to a week before it, the latest up to the horizon: %j', (text, horizon, value) => {
    expect(findArticleDate({ text, horizon })).toMatchObject({ value, from: 'dateline' });
  });

  it('takes the year the text gives (an anniversary) for a yearless dateline with nothing else, never past the horizon', () => {
    const yearHint = { year: 2025, reason: "'the 80th anniversary … this year' gives 2025", range: [0, 1] as [number, number] };
    const text = 'BEIJING, July 13. /TASS/. Lavrov and Wang Yi on Sunday discussed relations.';
    expect(findArticleDate({ text, horizon: '2026-11-22', yearHint })).toMatchObject({ value: '2025-07-13', from: 'dateline' });
    expect(findArticleDate({ text, horizon: '2025-07-01', yearHint }).value).toBeNull();
    expect(findArticleDate({ text, horizon: '2026-11-22' }).value).toBeNull();
  });

  it('gives no year to a yearless dateline from a weekday without a horizon', () => {
    expect(findArticleDate({ text: 'BEIJING, April 9. /TASS/. Lavrov arrived on Monday, April 8.' }).value).toBeNull();
  });

  it.each([
    // A full date of another time (a recollection) gives no year, nor does a date after the dateline.
    'MOSCOW, March 21 (Reuters) - Xi met Putin. They last met on September 15, 2022 in Samarkand.',
    'MOSCOW, March 21 (Reuters) - Xi will return on March 25, 2023.',
  ])('gives no year to a yearless dateline from a date far from it or after it: %j', (text) => {
    expect(findArticleDate({ text }).value).toBeNull();
  });

  it('finds nothing in a dateline without a date', () => {
    const text = 'Beijing (ANTARA) - Presiden Xi Jinping pada Selasa (21/1) berbicara dengan Putin lewat video.';
    expect(findArticleDate({ text })).toEqual({ value: null, from: 'none', raw: null, range: null });
  });

  it('ignores a date in a long opening sentence (an event, not the publication)', () => {
    const text = 'Pada 18 November 2024 Menteri Luar Negeri Wang Yi bertemu dengan Menteri Luar Negeri Rusia Sergey Lavrov di Rio.';
    expect(findArticleDate({ text }).value).toBeNull();
  });

  it("never takes another article's teaser date at the end as the article date", () => {
    const text = `Judul${BODY.repeat(6)}\nKomentar\n\nBerita Lainnya\n\nForum Pangan Dunia ke-2 Dibuka di Roma\n\nSelasa, 18 Oktober 2022 23:8:41 WIB\n`;
    expect(findArticleDate({ text }).value).toBeNull();
  });

  it('stops at "Berita Lainnya" even when the teaser is within the top lines of a short text', () => {
    const text = 'Judul\nIsi singkat.\nBerita Lainnya\nSelasa, 18 Oktober 2022 23:8:41 WIB\n';
    expect(findArticleDate({ text }).value).toBeNull();
  });

  it('does not take "Sedang Trending 1 bulan yang lalu" as a date', () => {
    expect(findArticleDate({ text: 'Trending\n\nJudul\n\nSedang Trending 1 bulan yang lalu\n\nBeijing (BERITAJA) - isi' }).value).toBeNull();
  });

  it('prefers front matter over the header, in any common format', () => {
    const text = `Rabu, 20 November 2024${BODY}`;
    expect(findArticleDate({ text, frontMatter: { published: '2024-11-21' } })).toMatchObject({ value: '2024-11-21', from: 'front-matter' });
    expect(findArticleDate({ text, frontMatter: { published: '2024-11-21T08:00:00+07:00' } }).value).toBe('2024-11-21');
    expect(findArticleDate({ text, frontMatter: { published: '21 November 2024' } }).value).toBe('2024-11-21');
    expect(findArticleDate({ text, frontMatter: { published: 'November 21, 2024' } }).value).toBe('2024-11-21');
    expect(findArticleDate({ text, frontMatter: { published: new Date(Date.UTC(2024, 10, 21)) } }).value).toBe('2024-11-21');
    expect(findArticleDate({ text, frontMatter: { published: 20241121 } }).value).toBe('2024-11-21');
  });

  it('falls back to the header when front matter holds no date', () => {
    const text = `Rabu, 20 November 2024${BODY}`;
    expect(findArticleDate({ text, frontMatter: { published: 'soon' } })).toMatchObject({ value: '2024-11-20', from: 'header' });
    expect(findArticleDate({ text, frontMatter: { published: { nested: true } } }).from).toBe('header');
  });

  it('falls back to a date inside the URL', () => {
    const text = `Judul${BODY}`;
    expect(findArticleDate({ text, url: 'https://example.com/world/2024/11/20/wang-lavrov.html' })).toMatchObject({ value: '2024-11-20', from: 'url', range: null });
    expect(findArticleDate({ text, url: 'https://example.com/berita/20241120/wang-lavrov' }).value).toBe('2024-11-20');
    expect(findArticleDate({ text, url: 'https://example.com/wang-lavrov-bertemu-20-11-2024' }).value).toBe('2024-11-20');
    expect(findArticleDate({ text, url: null }).from).toBe('none');
  });

  it('reads a 1 MB single-line text without trouble (only the top lines are read)', () => {
    const text = 'Rabu, 20 November 2024 '.repeat(50_000);
    expect(findArticleDate({ text }).value).toBeNull();
    expect(findArticleDate({ text: `20 Nov 2024\n${text}` }).value).toBe('2024-11-20');
  });

  it('rejects impossible dates in URLs', () => {
    expect(dateFromUrl('https://example.com/2024/13/45/x')).toBeNull();
    expect(dateFromUrl('https://example.com/id/99999999')).toBeNull();
  });

  it('describes where the date came from in plain words', () => {
    expect(describeArticleDate(findArticleDate({ text: `2024-01-11 11:00:51${BODY}` }))).toBe("header '2024-01-11 11:00:51'");
  });

  it('never throws and always returns an ISO day or null, with a range inside the text', () => {
    const published = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: false }), fc.constant({ nested: [1] }));
    const url = fc.option(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('https://x.id/2024/13/01/a', 'https://x.id/a-31-02-2024', 'https://x.id/20241120')), { nil: null });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), published, url, (text, p, u) => {
        const d = findArticleDate({ text, frontMatter: { published: p }, url: u });
        if (d.value !== null) expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (d.range) expect(text.slice(d.range[0], d.range[1])).toBe(d.raw);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findArticleDate: a footer', () => {
  // Longer than the header's eight lines, as a readout is.
  const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the readout.`).join('\n\n');
  const body = (end: string) => `Meeting with Minister of Foreign Affairs of China Wang Yi\n\nVladimir Putin met with Wang Yi, who is in Russia on an official visit.\n\n${paragraphs}\n\n${end}`;
  it('takes a bare date line among the last lines when the top gives none', () => {
    expect(findArticleDate({ text: body('April 1, 2025, 16:40\nThe Kremlin, Moscow') })).toMatchObject({ value: '2025-04-01', from: 'footer' });
    expect(findArticleDate({ text: body('1 April 2025') })).toMatchObject({ value: '2025-04-01', from: 'footer' });
  });
  it('leaves a date in a sentence, two bare dates, and the dates of a list of other articles alone', () => {
    expect(findArticleDate({ text: body('The talks were held on April 1, 2025 in the Kremlin.') }).from).toBe('none');
    expect(findArticleDate({ text: body('April 1, 2025\nApril 2, 2025') }).from).toBe('none');
    expect(findArticleDate({ text: body('Baca juga:\nXi dan Putin bertelepon\n21 Januari 2025') }).from).toBe('none');
  });
  it('is passed over when the top gives a date', () => {
    expect(findArticleDate({ text: `Title\n2024-05-16 10:00\n\n${body('April 1, 2025')}` })).toMatchObject({ value: '2024-05-16', from: 'header' });
  });
});

describe('findArticleDate: an address line and a figures-only dateline', () => {
  it('reads the date in a web address printed alone near the top', () => {
    const text = 'Xi Jinping Tinggalkan Moskow\n\nhttps://www.suara.com/news/2023/03/22/071500/xi-jinping-tinggalkan-moskow\n\nSuara.com - Presiden China Xi Jinping bertolak meninggalkan Moskow pada Rabu pagi.';
    expect(findArticleDate({ text })).toMatchObject({ value: '2023-03-22', from: 'url' });
    // An address inside a sentence is not the article's.
    expect(findArticleDate({ text: 'Judul\n\nLihat https://example.org/2020/01/02/x untuk detail.' }).from).toBe('none');
  });
  it("reads 'Beijing, 9/2 (ANTARA) -' as 9 February, in the year the text gives", () => {
    const text = 'Xi dan Putin bertelepon\n\nBeijing, 9/2 (ANTARA) - Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin melakukan pembicaraan lewat telepon pada Kamis.';
    expect(findArticleDate({ text, horizon: '2026-11-22', yearHint: { year: 2024, reason: "'75 tahun' hubungan diplomatik", range: [0, 1] } })).toMatchObject({ value: '2024-02-09', from: 'dateline' });
    expect(findArticleDate({ text: text.replace('9/2', '9/13'), horizon: '2026-11-22', yearHint: { year: 2024, reason: 'x', range: [0, 1] } }).from).toBe('none');
  });
});
