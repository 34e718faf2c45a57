/** Fixed word lists the synthetic dataset is built from: countries, topics, places, roles, names, summits. */
import type { EventType } from '../../src/model/schema';

/** [code, English, Indonesian, name syllables]: ~15 countries; CN and RU dominate the generated events. */
export const COUNTRIES: readonly [string, string, string, readonly string[]][] = [
  ['CN', 'China', 'Tiongkok', ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Lin', 'Luo']],
  ['RU', 'Russia', 'Rusia', ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Petrov', 'Orlov', 'Pavlov', 'Belov', 'Zaitsev']],
  ['ID', 'Indonesia', 'Indonesia', ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Nugroho', 'Kusuma', 'Siregar', 'Hakim']],
  ['IN', 'India', 'India', ['Sharma', 'Verma', 'Gupta', 'Singh', 'Patel', 'Reddy', 'Nair', 'Iyer']],
  ['BR', 'Brazil', 'Brasil', ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Costa', 'Ferreira']],
  ['ZA', 'South Africa', 'Afrika Selatan', ['Nkosi', 'Dlamini', 'Naidoo', 'Botha', 'Mokoena', 'Khumalo']],
  ['KZ', 'Kazakhstan', 'Kazakhstan', ['Nurlanov', 'Abenov', 'Seitkali', 'Tokayev', 'Zhaksy']],
  ['UZ', 'Uzbekistan', 'Uzbekistan', ['Karimov', 'Rashidov', 'Yusupov', 'Saidov', 'Aliyev']],
  ['KG', 'Kyrgyzstan', 'Kirgistan', ['Japarov', 'Bakiyev', 'Osmonov', 'Asanov']],
  ['TJ', 'Tajikistan', 'Tajikistan', ['Rahmonov', 'Nazarov', 'Sharipov', 'Kholov']],
  ['IR', 'Iran', 'Iran', ['Ahmadi', 'Hosseini', 'Rezaei', 'Karimi', 'Moradi']],
  ['TR', 'Türkiye', 'Turki', ['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik']],
  ['MN', 'Mongolia', 'Mongolia', ['Batbayar', 'Ganbold', 'Enkhbold', 'Tsogt']],
  ['VN', 'Viet Nam', 'Vietnam', ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang']],
  ['BY', 'Belarus', 'Belarus', ['Lukashenko', 'Kovalenko', 'Shevchuk', 'Bondar']],
];

/** Given names used with the syllables above, by country (falls back to a shared list). */
export const GIVEN: Record<string, readonly string[]> = {
  CN: ['Yi', 'Qiang', 'Wei', 'Jun', 'Hong', 'Ming', 'Lei', 'Jian', 'Hua', 'Ping'],
  RU: ['Sergey', 'Dmitry', 'Andrei', 'Nikolai', 'Igor', 'Maria', 'Alexei', 'Yuri', 'Oleg', 'Anna'],
  other: ['Ali', 'Amir', 'Nadia', 'Raj', 'Ana', 'Luis', 'Sara', 'Timur', 'Dewi', 'Budi', 'Thabo', 'Ayşe'],
};

/** [role id, English title, Indonesian title, share of actors]. */
export const ROLES: readonly [string, string, string, number][] = [
  ['president', 'President', 'Presiden', 1],
  ['prime_minister', 'Prime Minister', 'Perdana Menteri', 1],
  ['foreign_minister', 'Foreign Minister', 'Menteri Luar Negeri', 3],
  ['deputy_foreign_minister', 'Deputy Foreign Minister', 'Wakil Menteri Luar Negeri', 4],
  ['defence_minister', 'Defence Minister', 'Menteri Pertahanan', 2],
  ['security_council_secretary', 'Security Council Secretary', 'Sekretaris Dewan Keamanan', 1],
  ['trade_minister', 'Trade Minister', 'Menteri Perdagangan', 2],
  ['ambassador', 'Ambassador', 'Duta Besar', 4],
  ['special_envoy', 'Special Envoy', 'Utusan Khusus', 2],
];

/** [id, English label, Indonesian label, extra match terms]: the 20 topics. */
export const TOPICS: readonly [string, string, string, readonly string[]][] = [
  ['brics', 'BRICS', 'BRICS', ['BRICS']],
  ['sco', 'SCO', 'SCO', ['SCO', 'Shanghai Cooperation Organization', 'Organisasi Kerja Sama Shanghai']],
  ['ukraine', 'Ukraine', 'Ukraina', ['Ukraine', 'Ukraina']],
  ['taiwan', 'Taiwan and One-China', 'Taiwan dan Satu Tiongkok', ['Taiwan', 'One-China', 'Satu Tiongkok']],
  ['energy', 'Energy', 'Energi', ['gas', 'oil', 'minyak', 'pipeline', 'pipa']],
  ['trade', 'Trade', 'Perdagangan', ['trade', 'perdagangan', 'tariff', 'tarif']],
  ['security', 'Strategic security', 'Keamanan strategis', ['strategic security', 'keamanan strategis']],
  ['middle-east', 'Middle East', 'Timur Tengah', ['Palestine', 'Palestina', 'Israel', 'Syria', 'Suriah']],
  ['korea', 'Korean Peninsula', 'Semenanjung Korea', ['Korea', 'DPRK']],
  ['arms-control', 'Arms control', 'Pengendalian senjata', ['arms control', 'nuclear', 'nuklir']],
  ['un', 'United Nations', 'Perserikatan Bangsa-Bangsa', ['UN', 'PBB', 'Security Council', 'Dewan Keamanan']],
  ['finance', 'Finance and payments', 'Keuangan dan pembayaran', ['yuan', 'rubel', 'ruble', 'payments', 'pembayaran']],
  ['arctic', 'Arctic and Northern Sea Route', 'Arktik dan Rute Laut Utara', ['Arctic', 'Arktik']],
  ['belt-road', 'Belt and Road', 'Sabuk dan Jalan', ['Belt and Road', 'Sabuk dan Jalan', 'BRI']],
  ['central-asia', 'Central Asia', 'Asia Tengah', ['Central Asia', 'Asia Tengah']],
  ['afghanistan', 'Afghanistan', 'Afganistan', ['Afghanistan', 'Afganistan', 'Taliban']],
  ['space', 'Space cooperation', 'Kerja sama antariksa', ['lunar', 'bulan', 'space station', 'antariksa']],
  ['culture', 'Culture and exchanges', 'Budaya dan pertukaran', ['culture', 'budaya', 'tourism', 'pariwisata']],
  ['sanctions', 'Sanctions', 'Sanksi', ['sanctions', 'sanksi']],
  ['climate', 'Climate', 'Iklim', ['climate', 'iklim', 'emissions', 'emisi']],
];

/** [id, English name, Indonesian name, country]. */
export const PLACES: readonly [string, string, string, string][] = [
  ['beijing', 'Beijing', 'Beijing', 'CN'], ['shanghai', 'Shanghai', 'Shanghai', 'CN'], ['harbin', 'Harbin', 'Harbin', 'CN'],
  ['xiamen', 'Xiamen', 'Xiamen', 'CN'], ['qingdao', 'Qingdao', 'Qingdao', 'CN'], ['moscow', 'Moscow', 'Moskow', 'RU'],
  ['st-petersburg', 'Saint Petersburg', 'Sankt Peterburg', 'RU'], ['vladivostok', 'Vladivostok', 'Vladivostok', 'RU'],
  ['kazan', 'Kazan', 'Kazan', 'RU'], ['sochi', 'Sochi', 'Sochi', 'RU'], ['jakarta', 'Jakarta', 'Jakarta', 'ID'],
  ['bali', 'Bali', 'Bali', 'ID'], ['new-delhi', 'New Delhi', 'New Delhi', 'IN'], ['goa', 'Goa', 'Goa', 'IN'],
  ['rio-de-janeiro', 'Rio de Janeiro', 'Rio de Janeiro', 'BR'], ['brasilia', 'Brasília', 'Brasília', 'BR'],
  ['johannesburg', 'Johannesburg', 'Johannesburg', 'ZA'], ['astana', 'Astana', 'Astana', 'KZ'],
  ['samarkand', 'Samarkand', 'Samarkand', 'UZ'], ['tashkent', 'Tashkent', 'Tashkent', 'UZ'], ['bishkek', 'Bishkek', 'Bishkek', 'KG'],
  ['dushanbe', 'Dushanbe', 'Dushanbe', 'TJ'], ['tehran', 'Tehran', 'Teheran', 'IR'], ['ankara', 'Ankara', 'Ankara', 'TR'],
  ['ulaanbaatar', 'Ulaanbaatar', 'Ulaanbaatar', 'MN'], ['hanoi', 'Hanoi', 'Hanoi', 'VN'], ['minsk', 'Minsk', 'Minsk', 'BY'],
  ['new-york', 'New York', 'New York', 'US'], ['geneva', 'Geneva', 'Jenewa', 'CH'], ['vientiane', 'Vientiane', 'Vientiane', 'LA'],
];

/** [date, gathering name, host place id]: summits that create bursts of contacts around them. */
export const SUMMITS: readonly [string, string, string][] = [
  ['2001-06-15', 'SCO founding summit Shanghai', 'shanghai'], ['2002-06-07', 'SCO summit Saint Petersburg', 'st-petersburg'],
  ['2004-10-14', 'Putin state visit to Beijing', 'beijing'], ['2006-06-15', 'SCO summit Shanghai', 'shanghai'],
  ['2007-08-16', 'SCO summit Bishkek', 'bishkek'], ['2008-05-23', 'Medvedev visit to Beijing', 'beijing'],
  ['2009-06-16', 'BRIC summit Yekaterinburg', 'moscow'], ['2010-04-15', 'BRIC summit Brasília', 'brasilia'],
  ['2011-04-14', 'BRICS summit Sanya', 'beijing'], ['2012-06-06', 'SCO summit Beijing', 'beijing'],
  ['2013-03-22', 'Xi state visit to Moscow', 'moscow'], ['2013-09-05', 'G20 Saint Petersburg', 'st-petersburg'],
  ['2014-05-20', 'CICA summit Shanghai', 'shanghai'], ['2014-11-10', 'APEC Beijing', 'beijing'],
  ['2015-05-08', 'Victory Day Moscow', 'moscow'], ['2015-07-09', 'BRICS and SCO summits Ufa', 'moscow'],
  ['2016-06-25', 'Putin state visit to Beijing', 'beijing'], ['2016-09-04', 'G20 Hangzhou', 'shanghai'],
  ['2017-07-03', 'Xi state visit to Moscow', 'moscow'], ['2017-09-03', 'BRICS summit Xiamen', 'xiamen'],
  ['2018-06-09', 'SCO summit Qingdao', 'qingdao'], ['2018-09-11', 'Eastern Economic Forum Vladivostok', 'vladivostok'],
  ['2019-06-05', 'Xi state visit to Moscow', 'moscow'], ['2019-11-13', 'BRICS summit Brasília', 'brasilia'],
  ['2020-11-17', 'BRICS video summit', 'moscow'], ['2021-06-28', 'Treaty anniversary video call', 'beijing'],
  ['2022-02-04', 'Beijing Winter Olympics', 'beijing'], ['2022-09-15', 'SCO summit Samarkand', 'samarkand'],
  ['2022-11-15', 'G20 Bali', 'bali'], ['2023-03-20', 'Xi state visit to Moscow', 'moscow'],
  ['2023-08-22', 'BRICS summit Johannesburg', 'johannesburg'], ['2023-10-17', 'Belt and Road Forum Beijing', 'beijing'],
  ['2024-05-16', 'Putin state visit to Beijing', 'beijing'], ['2024-07-03', 'SCO summit Astana', 'astana'],
  ['2024-10-22', 'BRICS summit Kazan', 'kazan'], ['2024-11-18', 'G20 Rio de Janeiro', 'rio-de-janeiro'],
  ['2025-05-09', 'Victory Day Moscow', 'moscow'], ['2025-08-31', 'SCO summit Tianjin', 'beijing'],
];

/** How an event type reads in a title and in an article sentence, in each language. */
export const TYPE_WORDS: Record<EventType, { en: string; id: string; share: number }> = {
  phone_call: { en: 'phone call', id: 'pembicaraan telepon', share: 4 },
  video_call: { en: 'video call', id: 'pertemuan video', share: 1 },
  meeting: { en: 'meeting', id: 'pertemuan', share: 6 },
  consultation: { en: 'consultations', id: 'konsultasi', share: 2 },
  summit: { en: 'summit', id: 'KTT', share: 1 },
  visit: { en: 'visit', id: 'kunjungan', share: 2 },
};

export const OUTLETS = ['Xinhua Indonesia', 'CRI Bahasa Indonesia', 'TASS', 'Antara', 'Kompas', 'Reuters', 'Jakarta Post', 'RIA Novosti'];

export const MONTHS: Record<'en' | 'id', readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

/** Filler sentences that pad articles to a realistic length (3–5 KB), in each language. */
export const FILLER: Record<'en' | 'id', readonly string[]> = {
  en: [
    'Both sides noted that the comprehensive strategic partnership of coordination continues to operate at a high level.',
    'They agreed to deepen practical cooperation in trade, investment, energy and connectivity, and to expand people-to-people exchanges.',
    'The two sides exchanged views on international and regional issues of common concern and agreed to keep in close communication.',
    'Officials said the talks were held in a friendly and constructive atmosphere and produced a number of concrete outcomes.',
    'Analysts note that high-level contacts between the two capitals have become markedly more frequent over the past decade.',
    'The ministry said further consultations would take place at the working level in the coming months.',
    'Both parties reaffirmed their commitment to a multipolar world and to the central role of the United Nations.',
    'A joint statement issued afterwards listed cooperation projects in agriculture, education, science and culture.',
  ],
  id: [
    'Kedua pihak menyatakan bahwa kemitraan koordinatif strategis komprehensif terus beroperasi pada level tinggi.',
    'Mereka sepakat memperdalam kerja sama pragmatis di bidang perdagangan, investasi, energi dan konektivitas, serta memperluas pertukaran antar masyarakat.',
    'Kedua pihak juga bertukar pendapat mengenai masalah internasional dan regional yang menjadi perhatian bersama dan sepakat menjaga komunikasi erat.',
    'Pejabat mengatakan pembicaraan berlangsung dalam suasana bersahabat dan konstruktif serta menghasilkan sejumlah capaian konkret.',
    'Pengamat mencatat bahwa kontak tingkat tinggi antara kedua ibu kota semakin sering dalam satu dasawarsa terakhir.',
    'Kementerian menyebutkan konsultasi lanjutan akan digelar di tingkat kerja dalam beberapa bulan mendatang.',
    'Kedua pihak menegaskan kembali komitmen terhadap dunia multipolar dan peran sentral Perserikatan Bangsa-Bangsa.',
    'Pernyataan bersama yang dikeluarkan kemudian mencantumkan proyek kerja sama di bidang pertanian, pendidikan, sains dan budaya.',
  ],
};
