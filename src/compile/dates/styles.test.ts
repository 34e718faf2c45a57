/** Short articles in the styles of other outlets, to keep the date rules general. */
import { describe, expect, it } from 'vitest';
import { findArticleDate, findDateMentions, resolveMention } from './index';

interface Style {
  name: string;
  text: string;
  url?: string;
  published: string | null;
  /** Mention words → resolved value. */
  dates: Record<string, string>;
}

const STYLES: Style[] = [
  {
    name: 'ANTARA, date in the URL only',
    url: 'https://www.antaranews.com/berita/3967512/menlu-rusia-dan-china-bahas-ukraina-20-02-2024',
    text: 'Menlu Rusia dan China bahas Ukraina\n\nJakarta (ANTARA) - Menteri Luar Negeri Rusia Sergei Lavrov melakukan pembicaraan telepon dengan Menlu China Wang Yi pada Senin (19/2) malam, kata Kemlu Rusia.\n\nKedua menteri akan bertemu lagi pada pertemuan G20 di Rio de Janeiro pekan depan.',
    published: '2024-02-20',
    dates: { 'pada Senin (19/2)': '2024-02-19', 'pekan depan': '2024-02-26' },
  },
  {
    name: 'Xinhua English dateline with the year',
    text: 'Chinese, Russian FMs hold talks\n\nMOSCOW, April 9, 2024 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov on Tuesday in Beijing. Lavrov arrived in Beijing on Monday for a two-day visit.',
    published: '2024-04-09',
    dates: { 'on Tuesday': '2024-04-09', 'on Monday': '2024-04-08' },
  },
  {
    name: 'Kompas header with a byline and slash separator',
    text: 'Putin Terima Wang Yi di Kremlin\nKompas.com - 22/02/2023, 19:15 WIB\nPenulis Aditya Jaya\n\nMOSKWA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima Direktur Kantor Urusan Luar Negeri China Wang Yi, Rabu (22/2/2023). Sehari sebelumnya, Selasa, Wang bertemu Nikolai Patrushev.',
    published: '2023-02-22',
    dates: { 'Rabu (22/2/2023)': '2023-02-22', 'Selasa': '2023-02-21' },
  },
  {
    name: 'English wire copy with a future range',
    text: 'Published: November 20, 2024\n\nRussian Foreign Minister Sergey Lavrov said on Wednesday that he will visit China on December 3-4, and that the two sides held talks yesterday.',
    published: '2024-11-20',
    dates: { 'on Wednesday': '2024-11-20', 'on December 3-4': '2024-12-03', yesterday: '2024-11-19' },
  },
  {
    name: 'Indonesian portal with a trending box and a typo in the month',
    text: 'Trending\n\nXi dan Putin Bahas Kerja Sama\n\nSedang Trending 2 jam yang lalu\n\nDiterbitkan 5 Nopember 2024\n\nBeijing - Presiden Xi Jinping dan Presiden Vladimir Putin bertemu di sela KTT BRICS di Kazan pada 22 Oktober lalu.',
    published: '2024-11-05',
    dates: { 'pada 22 Oktober lalu': '2024-10-22' },
  },
];

describe('date rules on other outlets’ styles', () => {
  it.each(STYLES)('$name', ({ text, url, published, dates }) => {
    const articleDate = findArticleDate({ text, url: url ?? null });
    expect(articleDate.value).toBe(published);
    const mentions = findDateMentions(text);
    const ctx = { articleDate: articleDate.value, horizon: '2026-11-22', constraints: [], yearHints: [] };
    for (const [raw, value] of Object.entries(dates)) {
      const m = mentions.find((x) => x.raw === raw);
      expect(m, `${raw} in ${JSON.stringify(mentions.map((x) => x.raw))}`).toBeDefined();
      expect(resolveMention(m!, ctx).value).toBe(value);
    }
  });
});
