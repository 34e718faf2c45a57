import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { repoData, repoOptions } from './fixtures/repo';
import { isInTimeOrder } from '../model/timeOrder';

const enc = (s: string) => new TextEncoder().encode(s);
const data = repoData();
const run = (files: Record<string, string | Uint8Array>, corrections = data.corrections) =>
  compileCorpus(Object.entries(files).map(([file, v]) => ({ file, bytes: typeof v === 'string' ? enc(v) : v })), { ...data, corrections }, repoOptions());

describe('compileCorpus report', () => {
  it('writes events in the app’s time order: a day before the month that contains it', () => {
    const { dataset } = run({
      'a.txt': 'Pertemuan di Moskow\n\nWang Yi bertemu Sergey Lavrov di Moskow pada Maret 2024.',
      'b.txt': 'Telepon\n\nWang Yi menelepon Sergey Lavrov pada 1 Maret 2024.',
    });
    expect(dataset.events.map((e) => e.date.value)).toEqual(['2024-03-01', '2024-03']);
    expect(isInTimeOrder(dataset.events)).toBe(true);
  });

  it.each([
    ['Hubungan antara kedua negara terus membaik.', null],
    ['"Kami siap bekerja sama," kata Xi seperti dikutip kantor berita Xinhua.', null],
    ['Menurut Xinhua, keduanya membahas Ukraina.\n\n(AFP/Reuters/Z-2)', null],
    ['Keduanya membahas Ukraina.\n\nSumber : Reuters, Xinhua', null],
    ['Keduanya membahas Ukraina, Xinhua reported.', null],
    ['ANTARA - Keduanya membahas Ukraina.', 'ANTARA'],
    ['Jakarta, CNN Indonesia -- Keduanya membahas Ukraina.', 'CNN Indonesia'],
    ['detikcom - Keduanya membahas Ukraina.', 'Detik'],
  ])('takes the outlet from %j as %s: no common lower-case word, no wire it quotes or credits', (line, outlet) => {
    const { dataset } = run({ 'a.txt': `Judul berita panjang\n\nSelasa, 5 Maret 2024 10:00 WIB\n\nWang Yi bertemu Sergey Lavrov di Moskow pada Senin.\n\n${line}` });
    expect(dataset.articles[0]!.outlet).toBe(outlet);
  });

  it('makes no contact of a sentence whose first contact words are negated, though later words name a call of another', () => {
    const { dataset, report } = run({ 'a.txt': 'Judul berita panjang\n\nJumat, 14 Februari 2025 10:00 WIB\n\nMoskow - Kremlin menyatakan tidak ada rencana pertemuan Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping dalam waktu dekat, setelah Putin berbicara melalui telepon dengan Presiden Prancis.' });
    expect(dataset.events).toEqual([]);
    expect(report.articles[0]!.notes.join()).toMatch(/possible, denied, postponed or cancelled/);
  });

  it('lists skipped files with the reason and compiles the rest', () => {
    const { report, dataset } = run({ 'a.txt': 'Judul berita\n\nWang Yi bertemu Sergey Lavrov di Moskow pada 3 Maret 2024.', 'b.txt': '', 'c.txt': new Uint8Array([1, 0, 2]) });
    expect(report.articles.map((a) => [a.file, a.status])).toEqual([['a.txt', 'compiled'], ['b.txt', 'skipped'], ['c.txt', 'skipped']]);
    expect(report.warnings.filter((w) => w.kind === 'skipped-file').map((w) => w.file)).toEqual(['b.txt', 'c.txt']);
    expect(dataset.events).toHaveLength(1);
    expect(report.summary).toMatchObject({ articles: 3, compiled: 1, skipped: 2, events: 1 });
  });

  it('warns about a contact with no date anywhere and leaves it out', () => {
    const { report, dataset } = run({ 'a.txt': 'Wang Yi bertemu Sergey Lavrov untuk membahas kerja sama.' });
    expect(dataset.events).toEqual([]);
    expect(report.warnings.map((w) => w.kind)).toContain('undated-contact');
    expect(report.articles[0]!.outcome).toMatch(/^no event: undated contact/);
  });

  it('warns when a contact can only be placed by guesswork (a weekday, no article date, no hints)', () => {
    const { report, dataset } = run({ 'a.txt': 'Wang Yi bertemu Sergey Lavrov di Moskow pada hari Rabu.' });
    expect(dataset.events).toHaveLength(1);
    expect(report.warnings.find((w) => w.kind === 'undated-contact')?.message).toMatch(/guesswork/);
  });

  it('warns when nobody in actors.yaml held a title on the day, and makes no one-sided event', () => {
    const { report, dataset } = run({ 'a.txt': 'Judul\n\nMenlu Brasil bertemu Wang Yi di Beijing pada 3 Maret 2024.' });
    expect(dataset.events).toEqual([]);
    expect(report.warnings.find((w) => w.kind === 'unresolved-title')?.message).toMatch(/Menlu Brasil/);
  });

  it('reports a correction whose target does not exist', () => {
    const { report } = run({ 'a.txt': 'Wang Yi bertemu Sergey Lavrov di Moskow pada 3 Maret 2024.' }, [{ action: 'hide', target: 'e-00000000', reason: 'test' }]);
    expect(report.warnings.find((w) => w.kind === 'unmatched-correction')?.eventId).toBe('e-00000000');
  });

  it('applies a correction by stable id and says so in the article outcome', () => {
    const first = run({ 'a.txt': 'Wang Yi bertemu Sergey Lavrov di Moskow pada 3 Maret 2024.' });
    const id = first.dataset.events[0]!.id;
    const { report, dataset } = run({ 'a.txt': 'Wang Yi bertemu Sergey Lavrov di Moskow pada 3 Maret 2024.' }, [{ action: 'hide', target: id, reason: 'duplicate of a hand-made event' }]);
    expect(dataset.events).toEqual([]);
    expect(report.articles[0]!.outcome).toMatch(/hidden by a correction \(duplicate of a hand-made event\)/);
  });

  it('reports broken front matter but still compiles the article', () => {
    const { report, dataset } = run({ 'a.txt': '---\nurl: [oops\n---\nWang Yi bertemu Sergey Lavrov di Moskow pada 3 Maret 2024.' });
    expect(report.warnings.map((w) => w.kind)).toContain('front-matter');
    expect(dataset.events).toHaveLength(1);
  });

  it('dates a planned visit after the article and marks it planned', () => {
    const { dataset } = run({ 'a.txt': 'Putin akan kunjungi Tiongkok\n\nSenin, 6 Mei 2024 10:00 WIB\n\nPresiden Rusia Vladimir Putin akan melakukan kunjungan kenegaraan ke Tiongkok pada 16-17 Mei atas undangan Presiden Xi Jinping.' });
    expect(dataset.events.map((e) => [e.status, e.type, e.date.value, e.location])).toEqual([['planned', 'visit', '2024-05-16', 'beijing']]);
  });
});

describe('ambassadors named by title only', () => {
  const participantsOf = (text: string) => run({ 'a.txt': text }).dataset.events.map((e) => [...e.participants].sort().join('+'));

  it.each([
    ['Judul\n\nWang Yi bertemu Duta Besar Rusia untuk Tiongkok di Beijing pada 3 Maret 2024.', 'igor-morgulov+wang-yi'],
    ['Title\n\nSergey Lavrov met the Chinese Ambassador to Russia in Moscow on March 3, 2024.', 'sergey-lavrov+zhang-hanhui'],
    ['Judul\n\nWang Yi menerima Dubes Rusia di Beijing pada 3 Maret 2024.', 'igor-morgulov+wang-yi'],
  ])('%j → %s', (text, people) => {
    expect(participantsOf(text)).toEqual([people]);
  });

  it('takes a third country’s unnamed office for what two named sides talked about, not a third participant', () => {
    // The second sentence reports the same call: it joins the first only when both have the same people.
    const text = "Judul\n\nSelasa, 5 Maret 2024\n\nVladimir Putin spoke by phone with Xi Jinping on Monday about his contacts with U.S. President Donald Trump's administration. Xi Jinping told Vladimir Putin in the phone call that China welcomed the efforts.";
    expect(run({ 'a.txt': text }).dataset.events.map((e) => [e.date.value, e.sources[0]!.evidence!.participants.length])).toEqual([['2024-03-04', 2]]);
  });

  it('resolves nobody when the post names a third country the holder is not posted to', () => {
    expect(participantsOf('Judul\n\nSergey Lavrov bertemu Duta Besar China untuk Brasil di Moskow pada 3 Maret 2024.')).toEqual([]);
  });
});

describe('topics of background sentences', () => {
  const topicsOf = (body: string) => run({ 'a.txt': `Judul\n\nSelasa, 5 Maret 2024\n\n${body}` }).dataset.events.map((e) => [e.participants.join('+'), [...e.topics].sort()]);

  it.each([
    ['Wang Yi bertemu Sergey Lavrov di Beijing pada Senin (4/3) membahas Ukraina. Tahun lalu, Wang Yi bertemu Lavrov di Astana untuk membahas SCO.', [['wang-yi+sergey-lavrov', ['ukraine']]]],
    ['Wang Yi bertemu Sergey Lavrov di Beijing pada Senin (4/3) membahas Ukraina. Keduanya terakhir bertemu di KTT G20 di Bali.', [['wang-yi+sergey-lavrov', ['ukraine']]]],
    ['Xi Jinping met Vladimir Putin in Beijing on Monday to discuss Ukraine. The two leaders last met at the BRICS summit.', [['xi-jinping+vladimir-putin', ['ukraine']]]],
  ])('%j', (body, expected) => {
    expect(topicsOf(body)).toEqual(expected);
  });

  it('gives "kedua pemimpin … membahas" to the leaders’ contact, not to the ministers’ call reported after it', () => {
    const body = 'Presiden Xi Jinping akan bertemu Presiden Vladimir Putin di Beijing pada 20 Maret 2024. Sebelumnya, Wang Yi berbicara melalui telepon dengan Sergey Lavrov pada Senin (4/3). Kedua pemimpin juga akan membahas Taiwan.';
    expect(topicsOf(body)).toEqual([['wang-yi+sergey-lavrov', []], ['xi-jinping+vladimir-putin', ['taiwan']]]);
  });
});

describe('dates of sentences around a contact', () => {
  const eventsOf = (body: string) => run({ 'a.txt': `Judul\n\n9 Apr, 2024 15:37\n\n${body}` }).dataset.events.map((e) => `${e.date.value} ${e.type} ${[...e.participants].sort().join('+')}`);

  it('takes no people for an arrival from a sentence of another day', () => {
    // The arrival borrowed Xi and Lavrov from "Xi told Lavrov on Tuesday" and gave the meeting Monday's date.
    const body = 'Xi Jinping has met with Sergey Lavrov in Beijing. The Russian delegation arrived in the Chinese capital on Monday evening for a two-day official visit. According to the Chinese side, Xi Jinping told Sergey Lavrov on Tuesday that the two should cooperate.';
    expect(eventsOf(body)).toEqual(['2024-04-09 meeting sergey-lavrov+xi-jinping']);
  });

  it('dates no contact by the day something was told to the press', () => {
    // 'last month' had made a Putin–Xi meeting in March.
    const body = 'Xi Jinping met Sergey Lavrov in Beijing on Tuesday. Sources told Reuters last month that Vladimir Putin would travel to Beijing for talks with Xi Jinping.';
    expect(eventsOf(body)).toEqual(['2024-04-09 meeting sergey-lavrov+xi-jinping']);
  });

  it('leaves the person hoped for out of a meeting, and reads "in the Pacific port of Vladivostok" as its place', () => {
    const body = 'Last month, Vladimir Putin met Chinese Vice President Han Zheng at an economic forum in the Pacific port of Vladivostok and told him he hoped to see Xi Jinping in Kazan.';
    expect(run({ 'a.txt': `Judul\n\n22 Oct, 2024 15:37\n\n${body}` }).dataset.events.map((e) => `${e.date.value} ${[...e.participants].sort().join('+')} ${e.location}`)).toEqual(['2024-09 han-zheng+vladimir-putin vladivostok']);
  });

  it('keeps a recollection dated to the day ("recalled that during their video call on Jan. 21") as a contact', () => {
    const body = 'Xi Jinping will pay a state visit to Russia from May 7 to 10. The spokesperson recalled that during their video call on Jan. 21, Xi Jinping and Vladimir Putin agreed to mark the anniversary together.';
    expect(run({ 'a.txt': `Judul\n\n4 May, 2025 15:37\n\n${body}` }).dataset.events.map((e) => `${e.date.value} ${e.type} ${e.status}`).sort()).toEqual(['2025-01-21 video_call occurred', '2025-05-07 visit planned']);
  });

  it('keeps a planned trip told of far into its clause, and no talks with a third country make it a setting', () => {
    const body = 'Xi Jinping spoke with Vladimir Putin by phone on Friday. Yury Ushakov said that Vladimir Putin will travel to China for the SCO summit in Tianjin and then pay an official visit on September 3. US President Donald Trump and Vladimir Putin are set to meet in Alaska on Friday.';
    expect(run({ 'a.txt': `Judul\n\n11 Aug, 2025 18:52\n\n${body}` }).dataset.events.map((e) => `${e.date.value} ${e.type} ${e.status}`).sort()).toEqual(['2025-08-08 phone_call occurred', '2025-09-03 visit planned']);
  });

  it('takes a contact that "would" happen for a planned one', () => {
    const body = 'Xi Jinping met Sergey Lavrov in Beijing on Tuesday. Lavrov said Vladimir Putin would travel to Beijing for talks with Xi Jinping in May.';
    expect(run({ 'a.txt': `Judul\n\n9 Apr, 2024 15:37\n\n${body}` }).dataset.events.map((e) => `${e.date.value} ${e.status}`)).toEqual(['2024-04-09 occurred', '2024-05 planned']);
  });
});

describe('reports of one contact in different words', () => {
  it('joins an announced consultation and a report of the meeting that day, titled as what took place', () => {
    const { dataset } = run({
      'a.txt': 'Shoigu akan ke Beijing\n\nSenin, 18 November 2024 08:00 WIB\n\nSekretaris Dewan Keamanan Rusia Sergei Shoigu akan menggelar konsultasi keamanan strategis dengan Wang Yi di Beijing pada Senin (18/11/2024).',
      'b.txt': 'Wang Yi meets Shoigu\n\nNovember 18, 2024\n\nBEIJING -- Chinese Foreign Minister Wang Yi met Russian Security Council Secretary Sergei Shoigu in Beijing on Monday, November 18, 2024.',
    });
    expect(dataset.events.map((e) => [e.date.value, e.type, e.status, e.title, e.sources.length])).toEqual([['2024-11-18', 'consultation', 'occurred', 'Wang Yi – Shoigu consultation', 2]]);
  });
});
