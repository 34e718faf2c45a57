import { describe, expect, it } from 'vitest';
import { cleanText, isCaption, isFurniture, isSectionEnd } from './cleanText';

describe('boilerplate lines', () => {
  it.each([
    'banner',
    'Komentar',
    'Trending',
    'Sedang Trending 1 bulan yang lalu',
    'Baca juga: Putin sebut hubungan Rusia-China capai tingkat tertinggi',
    'Silakan baca konten menarik lainnya dari Beritaja.com di Google News dan Whatsapp Channel!',
    'Pewarta: Kuntum Riswan',
    'Editor: Atman Ahdiat',
    'COPYRIGHT © ANTARA 2024',
    'SCROLL TO CONTINUE WITH CONTENT',
    '(isa/bac)',
    'Also read: Xi, Putin hold talks',
    // Tempo's teaser line, CGTN's and tribunnews' lists of other articles.
    'Pilihan Editor: Lavrov: Barat Gagal Isolasi Rusia',
    'Search Trends',
    'Hot Topics',
    'Berita Populer',
    'Read Next',
    'RELATED COVERAGE',
    // Breadcrumbs and navigation bars: taken as the headline, they hid the real one among body sentences.
    'Internasional > Asia',
    'Home » Internasional',
    'Home > Internasional > Berita',
    'Berita | Internasional | Foto | Video | detikX',
    'World | China | Business | Opinions | Video',
    // MetroTV's link line, a bulleted teaser, China Daily's caption.
    'Baca: Ukraina Klaim Kuasai Lebih dari 1.000 Km Persegi Wilayah Kursk',
    '• Xi Jinping dan Putin Bertemu di Kazan (22/10/2024)',
    '[Photo/Xinhua] Chinese President Xi Jinping meets with Russian President Vladimir Putin in Beijing, May 16, 2024.',
  ])('drops %j', (line) => {
    expect(isFurniture(line) || isCaption(line) || isSectionEnd(line)).toBe(true);
  });

  it.each([
    'Menteri Luar Negeri Tiongkok Wang Yi (kanan) dan Menteri Luar Negeri Rusia Sergey Lavrov (kiri) berjabat tangan - CMG',
    'Menteri Luar Negeri Rusia Sergei Lavrov. ANTARA FOTO/Reuters/Maxim Shemetov/aa.',
    'Xi Jinping dan Vladimir Putin di Kremlin (Foto: Reuters)',
    'FILE - Russian President Vladimir Putin, right, and Chinese President Xi Jinping shake hands during their meeting at the Kremlin in Moscow, Russia, March 21, 2023. (Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)',
    'FILE PHOTO: Chinese President Xi Jinping and Russian President Vladimir Putin attend a meeting in Moscow, Russia, March 21, 2023.',
    'Xi and Putin meet in Beijing on Oct. 18, 2023. (AP Photo/Andy Wong)',
    'Chinese President Xi Jinping, right, and Russian President Vladimir Putin during their talks at the Kremlin in Moscow in May [File: Alexander Kazakov/Sputnik via AP]',
    'Russian Foreign Minister Sergey Lavrov meets Wang Yi in Beijing [Maxim Shemetov/Reuters]',
  ])('drops the photo caption %j', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    'Kedua pihak juga bertukar pendapat mengenai kerja sama BRICS dan konflik Palestina-Israel.',
    'Wang Yi Adakan Pembicaraan Telepon dengan Menlu Rusia',
    'Wang Yi: Hubungan China > Rusia',
    'Lavrov said the talks with Wang [in Beijing] were useful.',
    'Rio de Janeiro, Radio Bharata Online - Menteri Luar Negeri Tiongkok, Wang Yi, pada hari Senin (18/11) lalu bertemu dengan Lavrov.',
  ])('keeps %j', (line) => {
    expect(isFurniture(line) || isCaption(line)).toBe(false);
  });
});

describe('cleanText', () => {
  const page = ['Rabu, 20 November 2024 12:7:31 WIB', '', 'Menlu Bertemu di Rio', 'International', '', 'Eko Satrio Wibowo', 'banner', 'Rio de Janeiro, Radio Bharata Online - Wang Yi bertemu Lavrov.', '', 'Kedua pihak bertukar pandangan.', 'Komentar', 'Berita Lainnya', 'Forum Pangan Dunia ke-2 Dibuka di Roma', 'Selasa, 18 Oktober 2022 23:8:41 WIB'].join('\n');
  const out = cleanText(page, ['Radio Bharata Online']);

  it('keeps date line, headline and body; drops category, byline, banner and everything after Komentar', () => {
    expect(out.text).toBe('Rabu, 20 November 2024 12:7:31 WIB\n\nMenlu Bertemu di Rio\n\nRio de Janeiro, Radio Bharata Online - Wang Yi bertemu Lavrov.\n\nKedua pihak bertukar pandangan.');
  });

  it('finds the headline and where it is in the text', () => {
    expect(out.title).toBe('Menlu Bertemu di Rio');
    expect(out.text.slice(...out.titleRange!)).toBe('Menlu Bertemu di Rio');
  });

  it('takes a standfirst right under the headline into the headline range, not into the body', () => {
    const page = "Xi receives Lavrov\n\nThe Russian foreign minister has held talks with his Chinese counterpart and met President Xi Jinping\n\n9 Apr, 2024 15:37\n\nXi Jinping met Sergey Lavrov in Beijing.";
    const o = cleanText(page, []);
    expect(o.title).toBe('Xi receives Lavrov');
    expect(o.text.slice(...o.titleRange!)).toBe('Xi receives Lavrov\n\nThe Russian foreign minister has held talks with his Chinese counterpart and met President Xi Jinping');
    // A short line is no standfirst.
    const short = cleanText('Xi receives Lavrov\n\nDiplomacy\n\nXi Jinping met Sergey Lavrov in Beijing.', []);
    expect(short.text.slice(...short.titleRange!)).toBe('Xi receives Lavrov');
  });

  it('takes the headline under a page address copied above it, keeping the address in the text for its date', () => {
    const o = cleanText('https://meduza.io/en/news/2025/05/08/putin-and-xi-sign-statement\n\nPutin and Xi sign statement on strategic stability\n\nSource: Meduza\n\nVladimir Putin and Xi Jinping held talks in the Kremlin on Thursday.', []);
    expect(o.title).toBe('Putin and Xi sign statement on strategic stability');
    expect(o.text.slice(...o.titleRange!)).toBe(o.title);
    expect(o.text.startsWith('https://meduza.io/en/news/2025/05/08/')).toBe(true);
  });

  it('takes no byline above the headline for it ("NEWS - Tommy Patrio Sorongan, CNBC Indonesia"), but keeps "Xi Temui Putin - Kompas" as a headline', () => {
    expect(cleanText('NEWS - Tommy Patrio Sorongan, CNBC Indonesia\n13 June 2025 16:40\n\nIndia Dilirik Lagi, Rusia Ngotot\n\nIsi berita panjang sekali.', ['CNBC Indonesia']).title).toBe('India Dilirik Lagi, Rusia Ngotot');
    expect(cleanText('Xi Temui Putin - Kompas\n\nIsi berita panjang sekali.', ['Kompas']).title).toBe('Xi Temui Putin');
  });

  it('strips an outlet suffix and a newsroom dateline from the headline', () => {
    expect(cleanText('Xi dan Putin Gelar Dialog - Beritaja\n\nIsi berita panjang sekali.', ['Beritaja']).title).toBe('Xi dan Putin Gelar Dialog');
    expect(cleanText('23 Februari 2023\nBEIJING – Kunjungan: Negara sepakat\nIsi.', []).title).toBe('Kunjungan: Negara sepakat');
  });

  it('uses the first sentence, without its dateline, when there is no headline', () => {
    expect(cleanText('Moskow, Bharata Online - Tiongkok dan Rusia sepakat. Kalimat kedua.', []).title).toBe('Tiongkok dan Rusia sepakat.');
  });
});

it('drops the teaser headlines under a bare "Baca Juga:" heading up to the next blank line, and keeps the body after it', () => {
  const page = ['Judul Berita Panjang', '', 'Liputan6.com, Jakarta - Wang Yi bertemu Lavrov.', '', 'Baca Juga:', 'Xi Jinping Bertemu Putin di Beijing', 'Lavrov: Rusia Siap Bantu Semenanjung Korea', '', 'Kedua pihak bertukar pandangan.', 'Also read:', 'Putin says trade hit record', '', 'Penutup.'].join('\n');
  expect(cleanText(page).text).toBe('Judul Berita Panjang\n\nLiputan6.com, Jakarta - Wang Yi bertemu Lavrov.\n\nKedua pihak bertukar pandangan.\n\nPenutup.');
});

it.each([
  ['Pilihan Redaksi', ''],
  ['Video Terkait', ''],
  ['Recommended Stories', ''],
  ['Read more', '\n'],
])('drops the teaser headlines under a bare %j heading (a blank line after it too) and keeps the body after them', (heading, gap) => {
  const page = ['Judul Berita Panjang', '', 'Jakarta - Wang Yi bertemu Lavrov di Beijing.', '', heading + gap, 'Wang Yi Bertemu Lavrov di Bali, 7 Juli: Bahas G20', 'Xi, Putin to meet in 2024 — Kremlin', '', 'Kedua pihak bertukar pandangan.'].join('\n');
  expect(cleanText(page).text).toBe('Judul Berita Panjang\n\nJakarta - Wang Yi bertemu Lavrov di Beijing.\n\nKedua pihak bertukar pandangan.');
});

describe('headline, date line, byline and video teaser at the top of a page', () => {
  it.each([
    // A section label is not the headline, however long.
    [['detikNews', 'Internasional', 'Menlu China Terima Kunjungan Lavrov di Beijing', 'Selasa, 09 Apr 2024 16:45 WIB', 'Beijing - Isi.'], 'Menlu China Terima Kunjungan Lavrov di Beijing'],
    [['Xi Jinping akan Kunjungi Rusia 20-22 Maret', 'Jumat, 17 Maret 2023', 'VOA Indonesia', 'Isi berita.'], 'Xi Jinping akan Kunjungi Rusia 20-22 Maret'],
    [['Putin welcomes Xi to Kremlin', 'By Reuters', 'May 8, 2025 4:12 PM GMT+7', 'Body.'], 'Putin welcomes Xi to Kremlin'],
    [['Diperbarui: Selasa, 09 April 2024 16:45 WIB', 'Lavrov Tiba di Beijing', 'Isi.'], 'Lavrov Tiba di Beijing'],
  ])('%j → headline %j', (lines, title) => {
    expect(cleanText(lines.join('\n'), ['detikNews', 'VOA Indonesia']).title).toBe(title);
  });

  it('keeps a date line as a date line', () => {
    const out = cleanText('Judul Berita Yang Panjang\nDiperbarui: Selasa, 09 April 2024 16:45 WIB\nIsi.', []);
    expect(out.text).toBe('Judul Berita Yang Panjang\n\nDiperbarui: Selasa, 09 April 2024 16:45 WIB\n\nIsi.');
  });

  it('drops a byline ending in the outlet after the headline, but keeps a headline ending in it', () => {
    expect(cleanText('Menlu China Terima Lavrov\nRita Uli Hutapea - detikNews\nIsi.', ['detikNews']).text).toBe('Menlu China Terima Lavrov\n\nIsi.');
    expect(cleanText('Xi Temui Putin - Kompas\nIsi.', ['Kompas']).title).toBe('Xi Temui Putin');
  });

  it.each(['Simak Video "Video: Lavrov Tiba di Beijing"', 'Saksikan Video: Putin di Beijing', 'Tonton video lainnya', '(ita/ita)'])('drops %j', (line) => {
    expect(cleanText(`Judul Berita Yang Panjang\nIsi pertama.\n${line}\nIsi kedua.`).text).toBe('Judul Berita Yang Panjang\n\nIsi pertama.\n\nIsi kedua.');
  });
});
