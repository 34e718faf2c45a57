/** A generated corpus of news-like articles (Indonesian and English, seed-corpus styles) for the compile benchmark. */

/** Deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAIRS = [
  ['Menteri Luar Negeri Tiongkok Wang Yi', 'Menteri Luar Negeri Rusia Sergey Lavrov', 'Chinese Foreign Minister Wang Yi', 'Russian Foreign Minister Sergei Lavrov'],
  ['Presiden Tiongkok Xi Jinping', 'Presiden Rusia Vladimir Putin', 'Chinese President Xi Jinping', 'Russian President Vladimir Putin'],
  ['Perdana Menteri Tiongkok Li Qiang', 'Perdana Menteri Rusia Mikhail Mishustin', 'Chinese Premier Li Qiang', 'Russian Prime Minister Mikhail Mishustin'],
  ['Wang Yi', 'Sekretaris Dewan Keamanan Federasi Rusia Sergei Shoigu', 'Wang Yi', 'Security Council Secretary Sergei Shoigu'],
] as const;
const ID_CONTACT = ['mengadakan pembicaraan telepon dengan', 'bertemu dengan', 'berbicara melalui konferensi video dengan', 'memimpin konsultasi keamanan strategis bersama'];
const EN_CONTACT = ['held a phone call with', 'met with', 'held talks via video link with', 'co-chaired the strategic security consultation with'];
const ID_DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const PLACES = ['Moskow', 'Beijing', 'Rio de Janeiro', 'Astana', 'Kazan'];
const ID_FILLER = [
  'Kedua pihak juga bertukar pendapat mengenai kerja sama BRICS dan konflik Palestina-Israel.',
  'Tiongkok bersedia bekerja sama dengan Rusia untuk memperkuat koordinasi strategis di PBB dan SCO.',
  'Kedua pihak juga bertukar pandangan tentang krisis Ukraina dan situasi di Semenanjung Korea.',
  'Rusia berpegang teguh pada prinsip satu Tiongkok dan mendukung posisi Tiongkok terkait Taiwan.',
  'Hubungan kedua negara mendorong terciptanya dunia multipolar yang lebih adil dan tata kelola global yang inklusif.',
  'Kerja sama di bidang perdagangan, energi dan investasi terus meningkat, begitu pula pertukaran antar masyarakat.',
];
const EN_FILLER = [
  'The two sides also exchanged views on BRICS cooperation and the Palestinian-Israeli conflict.',
  'China is ready to work with Russia to strengthen coordination at the United Nations and the SCO.',
  'They also discussed the Ukraine crisis and the situation on the Korean Peninsula.',
  'Russia firmly adheres to the one-China principle and supports China on Taiwan.',
  'Both sides called for a multipolar world and fairer global governance.',
  'Trade, energy and investment cooperation keeps growing, as do people-to-people exchanges.',
];
const BOILERPLATE = ['banner', 'Trending', 'Baca juga: Hubungan Rusia-Tiongkok capai tingkat tertinggi', 'Komentar', 'Berita Lainnya', 'Forum Pangan Dunia Dibuka di Roma', 'Selasa, 18 Oktober 2022 23:8:41 WIB'];

/** `n` article files named bench_00000.txt…, deterministic for a given seed. */
export function makeCorpus(n: number, seed = 1): Array<{ file: string; text: string }> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Array<{ file: string; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const year = 2015 + Math.floor(r() * 11);
    const month = 1 + Math.floor(r() * 12);
    const day = 3 + Math.floor(r() * 25);
    const k = Math.floor(r() * PAIRS.length);
    const pair = PAIRS[k]!;
    const c = Math.floor(r() * ID_CONTACT.length);
    const english = r() < 0.3;
    const place = pick(PLACES);
    const filler = Array.from({ length: 6 + Math.floor(r() * 10) }, () => pick(english ? EN_FILLER : ID_FILLER));
    const lines = english
      ? [`${pair[2]} ${EN_CONTACT[c]} ${pair[3]}`, '', `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:00:00`, '', `${place.toUpperCase()}, (Wire) -- ${pair[2]} ${EN_CONTACT[c]} ${pair[3]} on ${pick(EN_DAYS)} in ${place}.`, '', ...filler]
      : [`${day} ${ID_MONTHS[month - 1]} ${year}`, `${pair[0]} ${ID_CONTACT[c]} ${pair[1]}`, 'banner', '', `${place}, Bharata Online - ${pair[0]} pada hari ${pick(ID_DAYS)} ${ID_CONTACT[c]} ${pair[1]} di ${place}.`, '', ...filler, '', ...BOILERPLATE];
    out.push({ file: `bench_${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') });
  }
  return out;
}
