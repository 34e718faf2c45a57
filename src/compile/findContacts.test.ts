import { describe, expect, it } from 'vitest';
import { bestType, isPointer, findCues, findSidelines, isPlanned, isUnreal, isVague } from './findContacts';
import { repoData } from './fixtures/repo';
import { buildLexicon } from './lexicon';

const lex = buildLexicon(repoData());
const typeOf = (s: string) => bestType(findCues(s, lex));

describe('contact type', () => {
  it.each([
    ['Wang Yi mengadakan pembicaraan telepon dengan Lavrov', 'phone_call'],
    ['Lavrov berbicara melalui telepon dengan Wang Yi', 'phone_call'],
    ['Wang Yi held a phone call with Lavrov', 'phone_call'],
    ['Xi berbicara dengan Putin dalam sebuah pertemuan via video', 'video_call'],
    ['Xi and Putin held talks via video link', 'video_call'],
    ['Xi dan Putin menggelar konferensi video', 'video_call'],
    ['Xi berbicara dengan Putin melalui sambungan video', 'video_call'],
    ['Lavrov and his Chinese counterpart discussed Ukraine in a telephone conversation', 'phone_call'],
    ['Presiden Putin menerima kunjungan Wang Yi di Kremlin', 'meeting'],
    ['Wang dan Shoigu memimpin konsultasi keamanan strategis putaran ke-20', 'consultation'],
    ['Wang co-chaired the strategic security consultation with Patrushev', 'consultation'],
    ['Wang Yi bertemu dengan Lavrov selama kunjungannya ke Rusia', 'meeting'],
    ['Xi met Putin in Astana', 'meeting'],
    // Remote attendance of a gathering is no call with anyone.
    ['Li will travel to the BRICS summit, which Putin will attend by video link', null],
    ['Putin menghadiri KTT BRICS secara virtual', null],
    ['Putin hadir melalui konferensi video', null],
    ['Pembicaraan resmi kedua kepala negara akan digelar pada Selasa', 'meeting'],
    ['Talks between the two leaders took place in the Kremlin', 'meeting'],
    ['Pembicaraan resmi via telepon antara Xi dan Putin', 'phone_call'],
    ['Xi dan Putin menggelar KTT Rusia-Tiongkok di Beijing', 'summit'],
    ['Xi bertemu Putin di sela-sela KTT BRICS', 'meeting'],
    ['Putin will pay a state visit to China', 'visit'],
    ['Tiongkok mendukung Rusia menyelenggarakan KTT BRICS', null],
    ['Kedua pihak bertukar pandangan mengenai Ukraina', null],
    ['Xi spoke by phone with Putin on Monday', 'phone_call'],
    ['Lavrov dan Wang Yi melakukan percakapan telepon', 'phone_call'],
    ['Lavrov dan Wang Yi melakukan pembicaraan telpon', 'phone_call'],
    ['Putin berbicara dengan Xi lewat telfon', 'phone_call'],
    ['Wang Yi menelpon Lavrov', 'phone_call'],
    ['Putin berbicara dengan Xi melalui sambungan telepon', 'phone_call'],
    ['Xi dan Putin menggelar pembicaraan via video', 'video_call'],
    ['Putin melakukan kunjungan kenegaraan ke Tiongkok', 'visit'],
    ['Lavrov was later received by Chinese President Xi Jinping', 'meeting'],
    ['Ryabkov mengadakan konsultasi mengenai stabilitas strategis dengan Sun Xiaobo', 'consultation'],
    ['Ryabkov held consultations on strategic stability with Sun Xiaobo', 'consultation'],
    ['Rudenko dan Sun Weidong menggelar konsultasi antarkementerian', 'consultation'],
    ['Sun Weidong held consultations with Andrey Rudenko in Moscow', 'consultation'],
    ['Rudenko dan Sun Weidong mengadakan konsultasi di Beijing', 'consultation'],
    ['Keduanya menggelar putaran baru konsultasi antara Cina dan Rusia', 'consultation'],
    ['Putin dan Xi berjanji memperdalam kemitraan dalam pembicaraan di Beijing', 'meeting'],
    ['Putin and Xi pledged a new era during talks in Beijing', 'meeting'],
    ['Rudenko dan Sun Weidong mengadakan putaran ke-5 konsultasi di Beijing', 'consultation'],
    ['The two sides held a new round of consultations in Moscow', 'consultation'],
    // Talks without a medium are meetings; a telephone or video word makes them remote.
    ['Wang Yi mengadakan pembicaraan dengan Menlu Rusia Sergey Lavrov', 'meeting'],
    ['Wang Yi melakukan pembicaraan dengan Lavrov', 'meeting'],
    ['Wang Yi berunding dengan Lavrov di Astana', 'meeting'],
    ['Wang Yi bertukar pandangan dengan Lavrov', 'meeting'],
    ['Wang Yi exchanged views with Lavrov', 'meeting'],
    ['Wang Yi bertukar pandangan dengan Lavrov melalui telepon', 'phone_call'],
    ['Wang Yi mengadakan pembicaraan dengan Lavrov melalui sambungan video', 'video_call'],
    ['Wang Yi exchanged views with Lavrov by phone', 'phone_call'],
    // Headline verb forms without the me- prefix: receiving someone's visit in one place is a meeting, not a visit.
    ['Menlu China Terima Kunjungan Lavrov di Beijing', 'meeting'],
    ['Xi Jinping Terima Kedatangan Putin di Zhongnanhai', 'meeting'],
    ['Ketua Duma Rusia Temui Xi Jinping di Beijing', 'meeting'],
    ['Xi Jamu Putin di Balai Agung Rakyat', 'meeting'],
    ['Wang Yi menerima kunjungan Sergey Lavrov di Beijing, Selasa (9/4/2024)', 'meeting'],
    ['Lavrov melakukan kunjungan resmi ke China', 'visit'],
    // A further round of talks, formal or informal, is a meeting of its own.
    ['Pada Selasa, keduanya melanjutkan pembicaraan resmi di Kremlin', 'meeting'],
    ['Xi dan Putin Lanjutkan Pembicaraan Resmi di Kremlin', 'meeting'],
    ['Wang Yi dan Lavrov meneruskan perundingan di Beijing', 'meeting'],
    ['Xi dan Presiden Rusia Vladimir Putin menggelar pembicaraan informal selama 4,5 jam', 'meeting'],
    ['Xi dan Putin menggelar pembicaraan resmi di Kremlin', 'meeting'],
    ['On Tuesday, the two leaders held formal talks in the Kremlin', 'meeting'],
    ['Xi arrived in Moscow on Monday and held informal talks with Putin', 'meeting'],
    ['Xi and Putin had lengthy talks in the Kremlin', 'meeting'],
    ['Xi and Putin continued their talks in the Kremlin', 'meeting'],
    ['Lavrov and Wang Yi resumed talks in Beijing', 'meeting'],
    // Wire English for talks: the hours, the setting or the occasion stand between "held" and "talks".
    ['Putin and Xi held four and a half hours of informal talks over dinner on Monday', 'meeting'],
    ['Lavrov and Wang Yi discussed Ukraine at talks in Beijing on Tuesday', 'meeting'],
    ['After a day of formal talks in the Kremlin, the two leaders signed a joint statement', 'meeting'],
    ['Wang Yi and Lavrov held negotiations in Moscow', 'meeting'],
    ['"We intend to strengthen coordination," Putin told Xi at the start of their talks on Tuesday', 'meeting'],
    ['Konsultasi putaran sebelumnya berlangsung di Moskow pada September tahun lalu', 'consultation'],
    ['Konsultasi putaran ke-18 digelar di Moskow', 'consultation'],
    // A contact that is what is told about.
    ['Putin informed Xi about the meeting between Russian and U.S. delegations in Riyadh last week', null],
    ['Wang Yi memberi tahu Lavrov tentang pertemuan delegasi China dan AS di Jenewa', null],
    ['On Tuesday, Putin also briefed Xi in detail on his Aug. 15 summit with U.S. President Donald Trump in Alaska', null],
    ['Wang ikut memimpin pertemuan mengenai Mekanisme Konsultasi Keamanan Strategis', 'consultation'],
    // An intention to keep talking is no contact.
    ['Xi dan Putin sepakat untuk melanjutkan pembicaraan soal energi', null],
    ['Lavrov and Wang Yi agreed to continue talks on energy', null],
  ])('%s → %s', (sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });
});

describe('planned, vague and sidelines', () => {
  it.each([
    ['Putin akan berkunjung ke Tiongkok', 'berkunjung', true],
    ['Putin will visit China in May', 'visit', true],
    ['Lavrov is scheduled to meet Wang Yi', 'meet', true],
    ['Wang Yi bertemu Lavrov pada hari Senin', 'bertemu', false],
    ['Wang said China will work with Russia, after he met Lavrov', 'met', false],
    // A clause that continues a planned one is planned too; one with its own verb is not.
    ['Putin dan Xi akan makan malam informal pada Senin, lalu pembicaraan resmi pada Selasa', 'pembicaraan resmi', true],
    ['Xi and Putin will dine on Monday, then hold formal talks on Tuesday', 'hold formal talks', true],
    ['Putin mengatakan ia akan ke Beijing, lalu Wang Yi bertemu Lavrov', 'bertemu', false],
    ['Xi tiba di Moskow, lalu bertemu Putin', 'bertemu', false],
    // Agreed on, or expected: still to come.
    ['Putin dan Xi juga sepakat bertemu langsung di China pada akhir Agustus', 'bertemu', true],
    ['The two agreed to meet in person at the SCO summit in Tianjin', 'meet', true],
    ['Xi juga diperkirakan bertemu dengan Perdana Menteri Mikhail Mishustin pada hari yang sama', 'bertemu', true],
    ['Putin dan Xi, yang sepakat memperkuat kerja sama, bertemu di Kremlin pada Selasa', 'bertemu', false],
    // An invitation to the contact; not the invitation a visit is made at.
    ['Xi invited Putin to visit China next year', 'visit', true],
    ['Putin menerima undangan Xi untuk berkunjung ke China', 'berkunjung', true],
    ['Li mengundang Mishustin untuk menggelar pertemuan reguler', 'pertemuan', true],
    ['Atas undangan Lavrov Wang Yi mengunjungi Moskow pada 20 Maret', 'mengunjungi', false],
    ['Kedua pemimpin membahas persiapan kunjungan Putin ke China', 'kunjungan', true],
    ['They discussed preparations for the visit of Putin to China', 'visit', true],
    // A leading time clause takes the main clause's tense.
    ['Usai pembicaraan di Beijing, Putin dan Xi dijadwalkan menandatangani pernyataan bersama', 'Usai pembicaraan', true],
    ['After the talks, Putin and Xi signed a joint statement', 'After the talks', false],
    // The contact words as the subject, or followed by their own verb, looking ahead.
    ['Kunjungan tersebut diperkirakan akan diwarnai pembicaraan tingkat tinggi', 'Kunjungan', true],
    ['Kunjungan tersebut berlangsung selama tiga hari', 'Kunjungan', false],
    ['Putin is due in Tianjin, where a full-fledged meeting with Xi is expected', 'meeting', true],
    ['Formal talks with Xi are pencilled in for September 2', 'talks', true],
    ['Putin intends to visit China in October', 'visit', true],
    ['The meeting with Xi was held in the Kremlin', 'meeting', false],
  ])('%s: planned=%s', (s, cue, planned) => {
    const at = s.indexOf(cue);
    expect(isPlanned(s, at, at + cue.length)).toBe(planned);
  });

  it.each([
    ['Xi recalled three meetings with Putin last year', true],
    ['Xi mengingat kembali tiga pertemuannya dengan Putin tahun lalu', true],
    ['Xi dan Putin bertemu dua kali tahun ini', true],
    ['Xi met Putin on Wednesday', false],
    ['Xi dan Putin terakhir bertemu di Moskow pada Mei lalu', true],
    ['Kunjungan ini merupakan lawatan ketiga Xi ke Rusia sejak invasi ke Ukraina dimulai pada Februari 2022', true],
    ["It was Xi's third visit to Russia since February 2022", true],
    ['The two leaders last met in Kazan in October', true],
    ["Lavrov's previous visit to China took place in 2023", true],
    ['Lavrov bertemu Wang Yi, kunjungan terakhirnya sejak tahun lalu', false],
    // What a pair has done before is background, not a further contact of theirs.
    ['Keduanya pernah bertemu di Beijing pada Februari 2022', true],
    ['Kedua pemimpin sudah pernah bertemu di sela-sela KTT SCO', true],
    ['They last met in Beijing in February 2022', true],
    ['The two have met more than 40 times', true],
    ['Xi and Putin have met each other before', true],
    ['Seperti yang disepakati Presiden Xi Jinping dan Presiden Vladimir Putin dalam pertemuan mereka di Kazan, kedua negara akan saling mendukung', true],
    ['As agreed by the two presidents at their meeting in Kazan, both sides will coordinate', true],
    // One regular meeting is a contact; meeting regularly is a habit.
    ['Li Qiang and Mishustin co-chaired the 29th regular meeting between Chinese and Russian heads of government', false],
    ['The two premiers hold regular meetings every year', true],
    ['Xi and Putin meet regularly', true],
    ['Keduanya bertemu di Kremlin pada Selasa', false],
    ['On Tuesday, the two leaders held formal talks in the Kremlin', false],
  ])('%s: background=%s', (s, vague) => {
    expect(isVague(s)).toBe(vague);
  });

  it.each([
    ['Xi met Putin on the sidelines of the SCO summit in Astana.', 'SCO summit'],
    ['Wang bertemu Lavrov di sela-sela KTT G20 di Rio de Janeiro.', 'KTT G20'],
    ['Wang bertemu Lavrov di Moskow.', null],
    ['Di sela-sela kunjungan, Mishustin juga bertemu Xi pada Jumat.', null],
    ['On the sidelines of his state visit, Xi met Mishustin.', null],
    ['Xi bertemu Putin di Kazan pada Selasa di sela Konferensi Tingkat Tinggi (KTT) BRICS.', 'Konferensi Tingkat Tinggi (KTT) BRICS'],
    ['Xi bertemu Putin di sela-sela Konferensi Tingkat Tinggi (KTT) BRICS di Kazan.', 'Konferensi Tingkat Tinggi (KTT) BRICS'],
    ['Xi bertemu Putin di sela KTT Organisasi Kerja Sama Shanghai (SCO) di Astana.', 'KTT Organisasi Kerja Sama Shanghai (SCO)'],
    ['Xi bertemu Putin (di sela-sela KTT SCO) pada Rabu.', 'KTT SCO'],
    ['Xi menghadiri KTT BRICS di Rusia dan bertemu Putin di sela-sela pertemuan tersebut.', 'KTT BRICS'],
    ['Xi attended the BRICS summit and met Putin on the sidelines of the summit.', 'BRICS summit'],
    ['Xi bertemu Putin di sela-sela acara tersebut.', 'acara tersebut'],
    ['Xi met Putin on the sidelines of the summit.', 'summit'],
    // "St." abbreviates, it does not end the name.
    ['Wang Yi bertemu Shoigu di sela-sela Forum Ekonomi Internasional St. Petersburg (SPIEF) pada Kamis.', 'Forum Ekonomi Internasional St. Petersburg (SPIEF)'],
    ['Xi met Putin on the sidelines of the St. Petersburg International Economic Forum on Friday.', 'St. Petersburg International Economic Forum'],
  ])('%s → gathering %s', (s, g) => {
    expect(findSidelines(s)?.gathering ?? null).toBe(g);
  });

  it.each([
    ['Peskov mengatakan kemungkinan pertemuan antara Putin dan Xi tahun depan masih dibahas', 'pertemuan', true],
    ['No meeting between Putin and Xi is planned for next week', 'meeting', true],
    ['Several outlets had claimed that Putin would visit Beijing', 'visit', true],
    ['Rencana kunjungan Lavrov ke Beijing pekan ini ditunda', 'kunjungan', true],
    ['The talks between Lavrov and Wang Yi were postponed', 'talks', true],
    ['Kremlin membantah kabar Putin akan bertemu Xi', 'bertemu', true],
    ['Wang Yi bertemu Lavrov dan membahas kemungkinan kerja sama energi', 'bertemu', false],
    ['Xi met Putin, and no agreement on the pipeline was announced', 'met', false],
    ['Putin akan bertemu Xi di Beijing pekan depan', 'bertemu', false],
    // Hoped for, not arranged.
    ['Xi menyatakan harapan untuk bertemu Putin tahun ini', 'bertemu', true],
    ['Xi berharap dapat bertemu Putin segera', 'bertemu', true],
    ['Putin said he looks forward to meeting Xi soon', 'meeting', true],
    ['Xi hopes to visit Russia next year', 'visit', true],
    ['Xi bertemu Putin dan berharap hubungan terus membaik', 'bertemu', false],
    // Negated: not planned, not yet, never.
    ['Kremlin mengatakan Putin dan Xi tidak merencanakan pertemuan dalam waktu dekat', 'pertemuan', true],
    ['Putin belum bertemu Xi tahun ini', 'bertemu', true],
    ['The Kremlin said Putin does not plan to meet Xi this month', 'meet', true],
    ['Xi tidak hanya bertemu Putin, tetapi juga Mishustin', 'bertemu', false],
    // A denied report: everything it says, however far from the verb, up to a turn.
    ['Kremlin membantah laporan media Barat yang menyebut Presiden Rusia Vladimir Putin akan bertemu Presiden China Xi Jinping di perbatasan', 'bertemu', true],
    ['Peskov denied reports that Putin had spoken with Xi Jinping by phone on Thursday', 'spoken with', true],
    ['Peskov membantah laporan soal sanksi, namun Putin bertemu Xi pada Kamis', 'bertemu', false],
    ['Not only did Xi meet Putin, he also met Mishustin', 'meet', false],
  ])('%s: only possible, denied or called off = %s', (s, cue, unreal) => {
    const at = s.indexOf(cue);
    expect(isUnreal(s, at, at + cue.length)).toBe(unreal);
  });
});

describe('isPointer', () => {
  it.each([['pertemuan tersebut', true], ['that meeting', true], ['the same summit', true], ['meeting', true], ['KTT BRICS', false], ['Forum Ekonomi Timur', false], ['that meeting of BRICS advisers', false]])('%j → %s', (words, pointer) => {
    expect(isPointer(words)).toBe(pointer);
  });
});
