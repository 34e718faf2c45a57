import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { articleFiles, repoData, repoOptions } from './fixtures/repo';

// Fixtures in other outlets' styles (Antara, TASS, Xinhua, CNN Indonesia, Kompas, CGTN), compiled with the seeds.
const files = [...articleFiles('data/articles'), ...articleFiles('src/compile/fixtures')];
const { dataset, report } = compileCorpus(files, repoData(), repoOptions());
const fromArticle = (id: string) => dataset.events.filter((e) => e.sources.some((s) => s.articleId === id));
/** The events of one fixture compiled on its own, before other outlets' reports merge into them. */
const alone = (id: string) => compileCorpus(files.filter((f) => f.file === `${id}.txt`), repoData(), repoOptions()).dataset.events;

describe('fixtures in other styles', () => {
  it.each([
    ['antara_lavrov_wang_call', '2024-02-15', 'phone_call', 'sergey-lavrov+wang-yi', null],
    ['xinhua_en_sco_sidelines', '2024-07-03', 'meeting', 'vladimir-putin+xi-jinping', 'astana'],
    ['kompas_titles_only', '2024-07-25', 'meeting', 'sergey-lavrov+wang-yi', 'vientiane'],
    ['tass_putin_state_visit', '2024-05-16', 'visit', 'vladimir-putin+xi-jinping', 'beijing'],
    ['xinhua_id_counterpart_call', '2024-04-05', 'phone_call', 'sergey-lavrov+wang-yi', null],
  ])('%s → %s %s %s at %s', (article, date, type, people, place) => {
    const [e, ...rest] = fromArticle(article);
    expect(rest).toEqual([]);
    expect([e!.date.value, e!.type, [...e!.participants].sort().join('+'), e!.location]).toEqual([date, type, people, place]);
  });

  it('merges a second outlet’s report of seed 000’s call into one event', () => {
    const calls = dataset.events.filter((e) => e.type === 'phone_call' && e.date.value === '2024-01-11');
    expect(calls).toHaveLength(1);
    // TASS's later "phone call in January" (month only) is the same call and joins it too.
    expect(calls[0]!.sources.map((s) => s.articleId).sort()).toEqual(['000_358eac27bcf1605e', 'cnn_duplicate_of_seed_000', 'tass_en_working_visit_to_moscow']);
  });

  it('marks a future state visit as planned and dates it from the front matter', () => {
    const [visit] = fromArticle('tass_putin_state_visit');
    expect(visit!.status).toBe('planned');
    expect(visit!.title).toMatch(/^Planned /);
  });

  it('records sidelines and the gathering, and ignores "recalled three meetings" and the Related News teaser', () => {
    const [e, ...rest] = fromArticle('xinhua_en_sco_sidelines');
    expect(rest).toEqual([]);
    expect(e!.sidelines).toBe(true);
    expect(e!.gathering).toMatch(/Shanghai Cooperation Organization/);
    expect(e!.topics).toContain('sco');
    expect(dataset.articles.find((a) => a.id === 'xinhua_en_sco_sidelines')!.text).not.toContain('May 16');
  });

  it('resolves unnamed role titles to the office holders and warns about a titled stranger', () => {
    const [e] = fromArticle('kompas_titles_only');
    expect(e!.participants).toEqual(expect.arrayContaining(['sergey-lavrov', 'wang-yi']));
    expect(e!.mentioned).toContain('igor-morgulov');
    expect(report.warnings.some((w) => w.kind === 'unknown-person' && w.message.includes('Saleumxay Kommasith'))).toBe(true);
  });

  it('reads English typos (Shoygu) and finds both contacts of one trip, placing both in Beijing', () => {
    const events = fromArticle('cgtn_en_shoygu_beijing').map((e) => [e.date.value, e.type, [...e.participants].sort().join('+'), e.location]);
    expect(events.sort()).toEqual([
      ['2024-11-11', 'meeting', 'sergei-shoigu+xi-jinping', 'beijing'],
      ['2024-11-12', 'consultation', 'sergei-shoigu+wang-yi', 'beijing'],
    ]);
  });

  it('reads "received … in the Kremlin" as a meeting in Moscow, and leaves out the sender of greetings', () => {
    const events = fromArticle('reuters_en_received_kremlin').map((e) => [e.date.value, e.type, [...e.participants].sort().join('+'), e.location]);
    expect(events.sort()).toEqual([
      ['2023-03-21', 'meeting', 'mikhail-mishustin+xi-jinping', 'moscow'],
      ['2023-03-21', 'meeting', 'vladimir-putin+xi-jinping', 'moscow'],
    ]);
    expect(fromArticle('reuters_en_received_kremlin').find((e) => e.participants.includes('mikhail-mishustin'))!.mentioned).toContain('li-qiang');
  });

  it('resolves "mitranya dari Rusia" to the Russian holder of the Chinese minister’s office', () => {
    expect(fromArticle('xinhua_id_counterpart_call')[0]!.title).toBe('Wang Yi – Lavrov phone call');
  });

  it('reports an article without a contact with the reason', () => {
    const a = report.articles.find((r) => r.file === 'statement_no_contact.txt')!;
    expect(a.events).toEqual([]);
    expect(a.outcome).toMatch(/^no event/);
  });

  it('reads outlets and languages from front matter, URL and text', () => {
    const by = (id: string) => dataset.articles.find((a) => a.id === id)!;
    expect(by('antara_lavrov_wang_call').outlet).toBe('ANTARA');
    expect(by('cnn_duplicate_of_seed_000').outlet).toBe('CNN Indonesia');
    expect(by('xinhua_en_sco_sidelines').language).toBe('en');
    expect(by('cgtn_en_shoygu_beijing').language).toBe('en');
    expect(by('antara_lavrov_wang_call').text).not.toMatch(/Baca juga|Pewarta|COPYRIGHT|ANTARA FOTO/);
  });
});

/** An event as [date, type, participants (sorted, '+'), location, status], for exact comparison. */
/** A text of one's own, compiled alone as the file x.txt. */
const compileText = (body: string) => compileCorpus([{ file: 'x.txt', bytes: new TextEncoder().encode(body) }], repoData(), repoOptions());
const shape = (e: (typeof dataset.events)[number]) => [e.date.value, e.type, [...e.participants].sort().join('+'), e.location, e.status].join(' ');

describe('harder fixtures: datelines, role titles, bystanders, typos, phrasings', () => {
  // Each article's complete event list: anything more would be a spurious event.
  it.each([
    ['tempo_id_envoy_li_hui', ['2024-03-01 meeting li-hui+mikhail-galuzin moscow occurred']],
    ['sputnik_id_ryabkov_consultation', ['2024-04 meeting andrey-rudenko+sun-weidong beijing occurred', '2024-04-11 consultation sergei-ryabkov+sun-xiaobo moscow occurred']],
    ['sindonews_id_typos', ['2024-09-05 meeting sergei-shoigu+xi-jinping beijing occurred']],
    ['reuters_en_video_link', ['2024-11-19 video_call andrei-belousov+dong-jun  occurred']],
    // Putin 'mengharapkan kunjungan kenegaraan Xi ke Moskow pada musim semi mendatang': the state visit of March 2023, as VOA
    // announces it; the Russian MFA's later press release recalls it as having taken place, so the merged event did.
    ['rri_id_video_titles', ['2022-12-30 video_call vladimir-putin+xi-jinping  occurred', '2023-03-20 visit vladimir-putin+xi-jinping moscow occurred']],
    ['voa_id_state_visit_range', ['2023-03-20 visit vladimir-putin+xi-jinping moscow occurred']],
    ['tass_en_lavrov_beijing', ['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']],
    ['kompas_id_role_titles_phone', ['2025-03-10 phone_call sergey-lavrov+wang-yi  occurred']],
    // The planned Tianjin meeting took place: Xinhua's report of the 31 August meeting merges with it (see the next describe's test).
    ['detik_id_planned_tianjin', ['2025-08-23 phone_call sergey-lavrov+wang-yi  occurred', '2025-08-31 meeting vladimir-putin+xi-jinping tianjin occurred']],
    // One person's trip to the other side is a contact; one to a third country ('bertolak ke Minsk') is not.
    ['antara_id_one_person_trips', ['2025-03-03 visit wang-yi moscow occurred', '2025-05-16 visit vladimir-putin beijing planned']],
    ['reuters_en_will_visit_china', ['2025-05-16 visit vladimir-putin beijing planned']],
    // An invitation to visit is a planned visit, dated by the time it names ('next year', 'musim semi tahun depan').
    ['reuters_en_invited_next_year', ['2025-12-02 video_call vladimir-putin+xi-jinping  occurred', '2026 visit vladimir-putin+xi-jinping beijing planned']],
    // The trip "ke China" goes to the Chinese city the article names ('KTT APEC di Shenzhen'), as for any country-level destination.
    ['antara_id_undangan_musim_semi', ['2025-12-02 phone_call vladimir-putin+xi-jinping  occurred', '2026 visit vladimir-putin+xi-jinping shenzhen planned']],
    ['antara_id_kazan_sela', ['2024-10-22 meeting sergey-lavrov+wang-yi kazan occurred', '2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  it('keeps the envoy who travels and leaves out the principal he speaks for', () => {
    expect(fromArticle('tempo_id_envoy_li_hui')[0]!.topics).toContain('ukraine');
  });

  it('reads typos and alternative names (Shoygu, Xi Jinpin, RRT, Peking) and keeps the sender of greetings out', () => {
    const [e] = fromArticle('sindonews_id_typos');
    expect(e!.mentioned).toContain('vladimir-putin');
    expect(e!.topics).toEqual(expect.arrayContaining(['strategic-security', 'asia-pacific']));
  });

  it('names people of a background sentence as mentioned, not participants, in an English video call', () => {
    const [e] = fromArticle('reuters_en_video_link');
    expect(e!.mentioned).toEqual(expect.arrayContaining(['xi-jinping', 'vladimir-putin']));
    expect(e!.topics).toContain('strategic-security');
  });

  it('resolves "Presiden Tiongkok … Presiden Rusia" and "kemarin" for a video conference', () => {
    const [e] = fromArticle('rri_id_video_titles');
    expect(e!.topics).toEqual(expect.arrayContaining(['covid-19', 'ukraine']));
  });

  it('dates a TASS article from its dateline and a later contact ("was later received by") from the one before', () => {
    // Compiled alone: Kompas' report of the same two meetings merges in and may give the basis.
    const [talks, xi] = alone('tass_en_lavrov_beijing');
    expect(dataset.articles.find((a) => a.id === 'tass_en_lavrov_beijing')!.publishedFrom).toBe('dateline');
    expect(talks!.topics).toEqual(expect.arrayContaining(['ukraine', 'asia-pacific', 'brics']));
    expect(xi!.mentioned).toContain('vladimir-putin');
    expect(xi!.date.basis).toMatch(/^'was later' puts it on the day of the contact reported before it/);
  });

  it('keeps attendees of the summit out of the ministers’ meeting, and dates "Pada hari yang sama" from it', () => {
    const [ministers, leaders] = fromArticle('antara_id_kazan_sela');
    expect(ministers!.mentioned).toEqual(expect.arrayContaining(['vladimir-putin', 'xi-jinping']));
    expect([ministers!.sidelines, ministers!.gathering]).toEqual([true, 'KTT BRICS']);
    expect(ministers!.topics).toEqual(expect.arrayContaining(['brics', 'ukraine', 'middle-east']));
    expect(leaders!.mentioned).toContain('dmitry-peskov');
    // Tempo's report of the same Kazan meeting merges in, so read this article's own date evidence.
    const text = dataset.articles.find((a) => a.id === 'antara_id_kazan_sela')!.text ?? '';
    const own = leaders!.sources.find((s) => s.articleId === 'antara_id_kazan_sela')!.evidence!;
    expect(own.date.map(([a, b]) => text.slice(a, b)).join(' ')).toMatch(/Pada hari yang sama/);
  });

  it('resolves title-only participants ("Kepala Diplomat Rusia", "Menteri Luar Negeri China") on the call date', () => {
    const [e] = fromArticle('kompas_id_role_titles_phone');
    expect(e!.date.basis).toMatch(/Senin lalu/);
    expect(e!.topics).toEqual(expect.arrayContaining(['ukraine', 'sco']));
  });

  it('reads "akhir pekan lalu" as last weekend and "pekan depan" as a planned week, and drops "terakhir bertemu … Mei lalu"', () => {
    const [call, trip] = [...alone('detik_id_planned_tianjin')].sort((a, b) => a.date.value.localeCompare(b.date.value));
    expect(trip!.status).toBe('planned');
    expect([call!.date.earliest, call!.date.latest]).toEqual(['2025-08-23', '2025-08-24']);
    expect([trip!.date.earliest, trip!.date.latest]).toEqual(['2025-09-01', '2025-09-07']);
    expect(trip!.mentioned).toContain('yuri-ushakov');
    expect(report.articles.find((a) => a.file === 'detik_id_planned_tianjin.txt')!.notes.join()).toMatch(/terakhir bertemu/);
  });

  it('dates "pada 18/11" and places a planned meeting where the trip is, not where the guest returns to', () => {
    const events = fromArticle('cnbc_id_numeric_dates');
    expect(events.map((e) => [e.type, [...e.participants].sort().join('+'), e.location, e.status])).toEqual(
      expect.arrayContaining([
        ['meeting', 'vyacheslav-volodin+zhao-leji', 'beijing', 'occurred'],
        ['meeting', 'li-qiang+vyacheslav-volodin', 'beijing', 'planned'],
      ]),
    );
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.status === 'occurred')!.date.value).toBe('2024-11-18');
  });

  it('does not date the planned meeting by the return home: "bertemu Li Qiang sebelum kembali ke Moskow pada Kamis (21/11/2024)"', () => {
    const planned = fromArticle('cnbc_id_numeric_dates').find((e) => e.status === 'planned')!;
    expect([planned.date.earliest, planned.date.latest]).toEqual(['2024-11-19', '2024-11-21']);
    expect(planned.date.basis).toMatch(/dates another action of the sentence \('sebelum …'\), not the contact/);
  });

  it('reads "awal bulan ini" as the first days of the month for a further, separately dated contact', () => {
    const rudenko = fromArticle('sputnik_id_ryabkov_consultation').find((e) => e.participants.includes('andrey-rudenko'))!;
    expect([rudenko.date.precision, rudenko.date.earliest, rudenko.date.latest]).toEqual(['month', '2024-04-01', '2024-04-10']);
  });

  it('takes the year of a yearless Xinhua dateline from the URL and merges it with seed 003', () => {
    const [e] = fromArticle('xinhua_en_moscow_noyear');
    expect(e!.sources.map((s) => s.articleId).sort()).toEqual(['003_7e8e0dd11de5e59f', 'xinhua_en_moscow_noyear']);
    expect(shape(e!)).toBe('2025-12-02 consultation sergei-shoigu+wang-yi moscow occurred');
  });

  it('ignores a recollection "terakhir bertemu di sela-sela KTT SCO di Samarkand" in a planned-visit story', () => {
    expect(fromArticle('voa_id_state_visit_range')[0]!.mentioned).toContain('hua-chunying');
  });

  it.each([
    // SCO only in "terakhir bertemu di sela-sela KTT SCO di Samarkand": a recollection, not this visit's topic.
    ['voa_id_state_visit_range', 'visit', ['ukraine']],
    // WWII only in "terakhir bertemu … peringatan 80 tahun"; energy in "kedua pemimpin juga akan membahas", i.e. Xi and Putin.
    ['detik_id_planned_tianjin', 'phone_call', []],
    ['detik_id_planned_tianjin', 'meeting', ['sco', 'trade-energy']],
    // SCO only in "Lavrov's previous visit … the meeting of the SCO Council"; trade only in the "Also read:" teaser.
    ['tass_en_lavrov_beijing', 'sergey-lavrov+xi-jinping', []],
    ['antara_id_kazan_sela', 'sergey-lavrov+wang-yi', ['brics', 'middle-east', 'ukraine']],
    ['antara_id_kazan_sela', 'vladimir-putin+xi-jinping', ['trade-energy']],
  ])('%s %s has exactly the topics %j', (article, which, topics) => {
    const pick = (e: (typeof dataset.events)[number]) => e.type === which || [...e.participants].sort().join('+') === which;
    const matching = fromArticle(article).filter(pick);
    expect(matching).toHaveLength(1);
    // This article's own topics: another outlet's report of the same contact may add its own.
    expect(Object.keys(matching[0]!.sources.find((s) => s.articleId === article)!.evidence!.topics).sort()).toEqual(topics);
  });
});

describe('round 2 fixtures: more outlets and article kinds, complete event lists', () => {
  it.each([
    // Liputan6 intro and multi-line "Baca Juga:" teaser blocks (Xi–Putin, Korean Peninsula) inside the body.
    ['liputan6_id_call_bacajuga', ['2024-10-05 phone_call sergey-lavrov+wang-yi  occurred']],
    // Okezone: "menerima" a named guest; the greetings' sender and the 14-16 Mei trip are the setting.
    ['okezone_id_volodin_beijing', ['2024-05-15 meeting vyacheslav-volodin+xi-jinping beijing occurred']],
    // CNBC: a dated one-person arrival ("tiba di Beijing pada Kamis (16/5/2024)"), then the host's welcome and talks with no date of their own.
    ['cnbc_id_arrival_then_talks', ['2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred']],
    // Republika: "Dalam kunjungan itu, Mishustin bertemu … Li Qiang" takes the visit's days. Its announced Xi meeting merges
    // with VOA's report that it took place (alone, it is planned: see below).
    ['republika_id_dalam_kunjungan_itu', ['2023-12-19 meeting li-qiang+mikhail-mishustin beijing occurred', '2023-12-20 meeting mikhail-mishustin+xi-jinping beijing occurred']],
    // Tempo: "Keduanya menggelar putaran baru konsultasi keamanan strategis" makes the meeting a consultation; Trump's call is another contact.
    ['tempo_id_putaran_baru_konsultasi', ['2025-02-18 consultation sergei-shoigu+wang-yi beijing occurred']],
    // kumparan: a planned meeting dated only by the flight home, and a past-year recollection.
    ['kumparan_id_shoigu_wang', ['2025-06-10 meeting sergei-shoigu+wang-yi beijing occurred', '2025-06-11 meeting ding-xuexiang+sergei-shoigu beijing planned']],
    // Global Times: a "statement released on Friday" is the report, Thursday is the meeting (merged with Kompas's report).
    ['globaltimes_en_wang_lavrov_vientiane', ['2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']],
    // RT: a denied meeting and an earlier rumour make no event.
    ['rt_en_spokesperson_denial', []],
    // CRI: the yearless dateline "Beijing, 12 Juli (CRI) --" is the filing date, "Kamis (11/7)" the call.
    ['cri_id_beijing_dateline', ['2024-07-11 phone_call vladimir-putin+xi-jinping  occurred']],
    // Live blog: two contacts on different days under their own day headings.
    ['liveblog_en_two_contacts', ['2024-02-20 phone_call sergey-lavrov+wang-yi  occurred', '2024-02-23 consultation andrey-rudenko+sun-weidong moscow occurred']],
    // Only a possible meeting "masih dibahas" and a postponed visit: nothing happened or is planned.
    ['detik_id_possible_meeting', []],
    // A spokesperson reports the ministers' past call: the call is the event, the spokesperson only mentioned.
    ['kompas_id_spokesperson_call', ['2024-03-11 phone_call sergey-lavrov+wang-yi  occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  const only = (id: string, pick: (e: (typeof dataset.events)[number]) => boolean = () => true) => fromArticle(id).filter(pick)[0]!;

  it.each([
    ['liputan6_id_call_bacajuga', ['brics', 'middle-east', 'ukraine', 'united-nations']],
    ['okezone_id_volodin_beijing', ['taiwan', 'trade-energy']],
    ['cri_id_beijing_dateline', ['brics', 'sco', 'taiwan', 'trade-energy', 'ukraine']],
    ['kompas_id_spokesperson_call', ['korean-peninsula', 'ukraine']],
  ])('%s has exactly the topics %j (teasers and recollections add none)', (id, topics) => {
    expect([...only(id).topics].sort()).toEqual(topics);
  });

  it('keeps each live-blog entry’s topics with its own contact', () => {
    expect([...only('liveblog_en_two_contacts', (e) => e.type === 'phone_call').topics].sort()).toEqual(['brics', 'middle-east']);
    expect([...only('liveblog_en_two_contacts', (e) => e.type === 'consultation').topics].sort()).toEqual(['asia-pacific', 'korean-peninsula']);
  });

  it('dates the talks of an announced trip by the trip and keeps every one of them planned', () => {
    expect(alone('republika_id_announced_trip_talks').map(shape).sort()).toEqual([
      '2024-05-16 meeting li-qiang+vladimir-putin beijing planned',
      '2024-05-16 meeting vladimir-putin+xi-jinping beijing planned',
      '2024-05-16 visit vladimir-putin+xi-jinping beijing planned',
    ]);
  });

  it('dates talks from "Pertemuan bilateral itu digelar pada Rabu (25/6/2025)" and keeps a relative clause and the paragraphs after a recollection apart', () => {
    const [talks, before] = [...alone('sindonews_id_pertemuan_bilateral_itu')].sort((a, b) => b.date.value.localeCompare(a.date.value));
    // 'Belousov, mantan ekonom yang menggantikan Sergei Shoigu pada Mei tahun lalu, pertama kali bertemu Dong … pada Oktober 2024'.
    expect([talks!, before!].map(shape)).toEqual(['2025-06-25 meeting andrei-belousov+dong-jun qingdao occurred', '2024-10 meeting andrei-belousov+dong-jun beijing occurred']);
    expect(before!.topics).toEqual([]);
    expect(talks!.topics).toEqual(expect.arrayContaining(['sco', 'ukraine', 'middle-east']));
  });

  it('folds a summary lead ("Selama di Moskow, Xi menggelar pembicaraan …") into the talks dated after it, and makes nothing of "lawatan ketiga … sejak … Februari 2022"', () => {
    expect(alone('detik_id_selama_di_moskow').map(shape).sort()).toEqual(['2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred', '2025-08 visit vladimir-putin+xi-jinping beijing planned']);
  });

  it('dates a yearless TASS dateline by the year its anniversary gives and reads "X and Y on Sunday discussed" as their talks', () => {
    const events = alone('tass_en_on_sunday_discussed').map(shape);
    expect(report.articles.find((a) => a.file === 'tass_en_on_sunday_discussed.txt')!.published).toBe('2025-07-13');
    expect(events).toEqual(expect.arrayContaining(['2025-07-13 meeting sergey-lavrov+wang-yi beijing occurred', '2025-07-15 meeting sergey-lavrov+wang-yi tianjin planned']));
    // Not "Lavrov dan Wang juga membahas persiapan KTT BRICS di Kazan pada Oktober": no day between the pair and the words.
    expect(fromArticle('antara_lavrov_wang_call').map(shape)).toEqual(['2024-02-15 phone_call sergey-lavrov+wang-yi  occurred']);
  });

  it("reads \"shared his assessment of Wednesday's meeting with Witkoff\" as the call's subject matter, not a Putin–Xi meeting", () => {
    expect(alone('bloomberg_en_assessment_of_meeting').map(shape).sort()).toEqual(['2025-05 meeting vladimir-putin+xi-jinping moscow occurred', '2025-08-08 phone_call vladimir-putin+xi-jinping  occurred']);
  });

  it("reads a transcript: the footer's date, 'I' and 'you' by the speaker labels, and the venue the host welcomes the guest to", () => {
    const { report: r } = compileCorpus(articleFiles('src/compile/fixtures').filter((f) => f.file === 'kremlin_en_transcript_footer.txt'), repoData(), repoOptions());
    expect(r.articles[0]).toMatchObject({ published: '2025-04-01', publishedFrom: 'footer' });
    // "Today I held in-depth talks with Foreign Minister Lavrov" under "Minister of Foreign Affairs of China Wang Yi (retranslated):",
    // not Lavrov with Xi, named in the sentence before; not in Tianjin, where Putin is "preparing to visit".
    expect(alone('kremlin_en_transcript_footer').map(shape).sort()).toEqual(['2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred', '2025-04-01 meeting vladimir-putin+wang-yi moscow occurred']);
  });

  it("reads 'ia' after a named person as that person: Lavrov's meeting with Kim Jong Un on Saturday is no Lavrov–Wang meeting", () => {
    const events = alone('republika_id_ia_bertemu_kim').map(shape);
    expect(events).toContain('2025-07-13 meeting sergey-lavrov+wang-yi beijing occurred');
    expect(events.filter((e) => e.startsWith('2025-07-12'))).toEqual([]);
  });

  it("does not date talks by a 'sejak' clause before them ('lawatan luar negeri pertama Putin sejak dilantik … pada 7 Mei lalu')", () => {
    const events = alone('kompas_id_sejak_dilantik').map(shape);
    expect(events).toContain('2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred');
    expect(events.filter((e) => e.startsWith('2024-05-07'))).toEqual([]);
  });

  it("sends a planned trip to China to the capital, not to a city only the background names ('… pada Maret 2022, … di Tunxi')", () => {
    expect(alone('antara_id_planned_trip_background_city').map(shape)).toContain('2024-05 visit vladimir-putin beijing planned');
  });

  it("dates the words, not a trip, by 'Putin, who said last month he would travel to Beijing'", () => {
    const events = alone('ap_en_said_last_month_would_travel').map(shape).sort();
    expect(events).toEqual(['2024-04-08 visit sergey-lavrov beijing occurred', '2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });

  it("takes each dated contact of a count ('have spoken twice this year, by video link on Jan. 21 and by phone on Feb. 24'), not the undated 'last met in Kazan'", () => {
    expect(alone('moscowtimes_en_spoken_twice_dated').map(shape).sort()).toEqual([
      '2025-01-21 video_call vladimir-putin+xi-jinping  occurred',
      '2025-02-24 phone_call vladimir-putin+xi-jinping  occurred',
      '2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred',
    ]);
  });

  it("reads an arrival dated to the day as the visit, whatever its aside counts ('…, his third trip to Russia since … February 2022')", () => {
    const { report: r } = compileCorpus(articleFiles('src/compile/fixtures').filter((f) => f.file === 'moscowtimes_en_spoken_twice_dated.txt'), repoData(), repoOptions());
    const notes = r.articles[0]!.notes.join('\n');
    expect(notes).toMatch(/no event of its own from 'Xi flew into Vnukovo airport .*the visit is the setting of the talks/);
    expect(notes).not.toMatch(/background, not a contact: 'Xi flew into Vnukovo/);
  });

  it("dates talks by the next sentence's 'Pertemuan empat mata itu berlangsung Senin (20/3)', not the headline's 'Hari Ini'", () => {
    expect(alone('detik_id_empat_mata_itu').map(shape)).toEqual(['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred']);
  });

  it("takes 'held an informal conversation over tea' for a meeting, dated 'The day before' the regular meeting", () => {
    expect(alone('tass_en_conversation_over_tea').map(shape).sort()).toEqual(['2024-08-20 meeting li-qiang+mikhail-mishustin moscow occurred', '2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred']);
  });

  it("leaves the messenger ('Xi asked Shoygu to convey his greetings to President Vladimir Putin') out of the Xi–Putin call told of", () => {
    const call = alone('globaltimes_en_asked_to_convey').find((e) => e.type === 'phone_call')!;
    expect([shape(call), call.mentioned]).toEqual(['2025-02-24 phone_call vladimir-putin+xi-jinping  occurred', ['sergei-shoigu']]);
  });

  it("takes 'the Shanghai Cooperation Organisation summit' for a multilateral gathering, not a Xi–Putin summit", () => {
    expect(alone('reuters_en_sco_summit_long_name').filter((e) => e.type === 'summit')).toEqual([]);
  });

  it("keeps a visit planned when the words after it look ahead ('Kunjungan tersebut diperkirakan akan diwarnai pembicaraan …')", () => {
    const events = alone('katadata_id_kunjungan_tersebut_akan').map(shape).sort();
    expect(events).toContain('2025-05 visit vladimir-putin+xi-jinping moscow planned');
    expect(events.filter((e) => e.includes('occurred') && e.startsWith('2025-04-02'))).toEqual([]);
  });

  it("leaves out the one who touches on a meeting ('Wang juga menyinggung pertemuan Presiden Xi dan Vladimir Puttin di Astana')", () => {
    const astana = alone('viva_id_menyinggung_pertemuan').find((e) => e.location === 'astana')!;
    expect([shape(astana), astana.mentioned]).toEqual(['2024-07 meeting vladimir-putin+xi-jinping astana occurred', ['wang-yi', 'sergey-lavrov']]);
  });

  it("places talks 'Sehari sebelumnya' where the talks they count from were, not where a third party once travelled ('Blinken berkunjung ke Beijing')", () => {
    expect(alone('tirto_id_sehari_sebelumnya_jakarta').map(shape)).toEqual(expect.arrayContaining(['2023-07-12 meeting sergey-lavrov+wang-yi jakarta occurred', '2023-07-13 meeting sergey-lavrov+wang-yi jakarta occurred']));
  });

  it("dates an article by an address line alone ('https://www.suara.com/news/2023/03/22/…') and by 'Beijing, 9/2 (ANTARA) -' with the year its anniversary gives", () => {
    expect(alone('suara_id_url_line_only').map(shape).sort()).toEqual(['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred', '2023-03-21 meeting mikhail-mishustin+xi-jinping moscow occurred']);
    expect(alone('antara_id_figures_dateline').map(shape)).toEqual(['2024-02-08 phone_call vladimir-putin+xi-jinping  occurred']);
  });

  it("reads a header line with an update stamp, and dates 'Later in the evening' from the day before it, not a background 'last met … in March'", () => {
    expect(alone('thehindu_en_update_stamp_later_evening').map(shape)).toEqual(['2023-05-04 meeting qin-gang+sergey-lavrov  occurred']);
    expect(alone('france24_en_issued_modified').map(shape)).toContain('2025-06-19 phone_call vladimir-putin+xi-jinping  occurred');
  });

  it("takes no one after ', but' ('… met in Johannesburg this week, but there will be no face-to-face encounter between Xi and Putin'), and 'a meeting with Xi is expected' as planned", () => {
    expect(alone('anadolu_en_but_no_encounter').map(shape).sort()).toEqual(['2023-07-24 meeting nikolai-patrushev+wang-yi johannesburg occurred', '2023-10 meeting vladimir-putin+xi-jinping beijing planned']);
  });

  it("places a visitor 'who is in the People's Republic of China on a working visit' in China, and reads 'held scheduled consultations'", () => {
    const events = alone('midru_en_in_country_on_visit').map(shape);
    expect(events).toContain('2023-06-25 visit andrey-rudenko+qin-gang beijing occurred');
    expect(events).toContain('2023-06-25 consultation andrey-rudenko+ma-zhaoxu beijing occurred');
    // VOA announced that state visit; read alone, it is still planned there.
    expect(alone('voa_id_state_visit_range').map(shape)).toEqual(['2023-03-20 visit vladimir-putin+xi-jinping moscow planned']);
  });

  it("gives an entry of a chronology of Xi–Putin contacts that names no one ('2. 15 September 2022, Samarkand / Bertemu di sela KTT SCO') to that pair", () => {
    const events = alone('idntimes_id_kronologi_pair').map(shape);
    expect(events).toEqual(expect.arrayContaining(['2022-09-15 meeting vladimir-putin+xi-jinping samarkand occurred', '2024-07-03 meeting vladimir-putin+xi-jinping astana occurred']));
  });

  it.each(['minimal_en_talks_and_met', 'minimal_id_pembicaraan_dan_bertemu'])("splits 'held talks with Wang Yi and met President Xi Jinping … on Tuesday' into the subject's two contacts (%s)", (id) => {
    expect(alone(id).map(shape).sort()).toEqual(['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });

  it("splits a chronology's 'talks with Wang Yi and a meeting with President Xi Jinping' too", () => {
    const april = alone('thinktank_en_chronology_bullets').filter((e) => e.date.value.startsWith('2024-04')).map((e) => [...e.participants].sort().join('+'));
    expect(april.sort()).toEqual(['sergey-lavrov+wang-yi', 'sergey-lavrov+xi-jinping']);
  });

  it("takes 'Volodin and … Zhao Leji opened the 10th session of the interparliamentary cooperation commission' for their meeting", () => {
    expect(alone('thediplomat_en_opened_commission_session').map(shape)).toEqual(expect.arrayContaining(['2025-08-26 meeting vyacheslav-volodin+zhao-leji beijing occurred', '2025-08-26 meeting vyacheslav-volodin+xi-jinping beijing occurred']));
  });

  it("dates 'Last month, Xi met … Lavrov in Beijing on April 9' by the day, so 'Earlier that day' counts from it", () => {
    const april = alone('xinhua_en_last_month_on_april_9').filter((e) => e.status === 'occurred').map(shape).sort();
    expect(april).toEqual(['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });

  it("reads 'Usai perundingan tersebut, Lavrov mengatakan … menantikan kehadiran Xi' as words after the talks just told, not a Lavrov–Xi meeting", () => {
    const events = alone('republika_id_usai_perundingan_tersebut').map(shape);
    expect(events.filter((e) => e.includes('sergey-lavrov+xi-jinping'))).toEqual([]);
    expect(events).toEqual(expect.arrayContaining(['2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred', '2025-05-08 meeting vladimir-putin+xi-jinping moscow planned']));
  });

  it("reads 'who is on a working visit to Moscow' as the visit to Moscow, not as one to the Ukraine discussed next", () => {
    expect(alone('tass_en_working_visit_to_moscow').map(shape)).toContain('2024-01-29 meeting andrey-rudenko+ma-zhaoxu moscow occurred');
  });

  it("places talks after 'Li terbang ke Moskow dan berunding dengan …' in Moscow, the flight's destination", () => {
    expect(alone('kompastv_id_terbang_ke_dan_berunding').map(shape)).toEqual(expect.arrayContaining(['2022-09-07 meeting li-zhanshu+vladimir-putin vladivostok occurred', '2022-09-08 meeting li-zhanshu+vyacheslav-volodin moscow occurred']));
  });

  it("reads 'ia dan Volodin bertemu di gedung Duma Negara, Moskow' as Zhao (named before) and Volodin meeting in Moscow", () => {
    expect(alone('minimal_id_ia_dan_volodin').map(shape).sort()).toEqual(['2024-07-10 meeting vyacheslav-volodin+zhao-leji moscow occurred', '2024-07-11 meeting vladimir-putin+zhao-leji st-petersburg occurred']);
  });

  it("dates talks 'on Thursday, and for the first time since Russian troops crossed into Ukraine in February' by the Thursday", () => {
    expect(alone('guardian_en_since_in_february').map(shape)).toEqual(['2022-09-15 meeting vladimir-putin+xi-jinping samarkand occurred']);
  });

  it("places talks after 'Mr Wang then flew to the Laotian capital, where on Thursday he met … Lavrov' in Vientiane, not Guangzhou", () => {
    expect(alone('en_flew_to_where_he_met').map(shape)).toEqual(['2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']);
  });

  it("dates a planned visit 'pada 20 hingga 22 bulan ini' by its first day, not by the publication day", () => {
    expect(alone('detik_id_hingga_bulan_ini').map(shape)).toContain('2023-03-20 visit vladimir-putin+xi-jinping moscow planned');
  });

  it("takes 'Hours earlier, Lavrov and Foreign Minister Wang Yi had held talks' on the day of the reception reported before it", () => {
    expect(alone('en_hours_earlier_talks').map(shape).sort()).toEqual(['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });

  it('does not place talks in a city of a later leg of the trip', () => {
    expect(alone('xinhua_en_state_visit_harbin_ahead').map(shape)).toContain('2024-05-16 meeting li-qiang+vladimir-putin beijing occurred');
  });

  it('counts "Pada hari yang sama" from the talks dated to the day, not a recollection of May, and leaves strangers’ talks’ topics out', () => {
    const events = alone('tempo_id_pada_hari_yang_sama_trilateral');
    expect(events.map(shape).sort()).toEqual(['2024-05 meeting vladimir-putin+xi-jinping beijing occurred', '2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']);
    // Energy and Gaza were Lavrov's talks with Retno Marsudi; Japan, Wang's with Yoko Kamikawa.
    const talks = events.find((e) => e.date.value === '2024-07-25')!;
    expect(talks.topics).not.toContain('japan');
    expect(talks.topics).not.toContain('trade-energy');
  });

  it('says in the report that an arrival is the setting of the talks reported, not an event of its own', () => {
    expect(report.articles.find((a) => a.file === 'antara_id_ia_kemudian.txt')!.notes.join()).toMatch(/tiba di Moskow.*the setting of the talks/);
  });

  it('gives the kumparan meeting Taiwan from "Dalam pertemuan tersebut, Wang Yi …" and nothing from "Tahun lalu … SCO"', () => {
    expect([...only('kumparan_id_shoigu_wang', (e) => e.status === 'occurred').topics].sort()).toEqual(['asia-pacific', 'strategic-security', 'taiwan']);
    expect(only('kumparan_id_shoigu_wang', (e) => e.status === 'planned').date.latest).toBe('2025-06-12');
    expect(report.articles.find((a) => a.file === 'kumparan_id_shoigu_wang.txt')!.notes.join()).toMatch(/a contact of a past year/);
  });

  it('dates the talks of a reported visit from the visit, and keeps the visit\'s span', () => {
    const [talks, announced] = alone('republika_id_dalam_kunjungan_itu');
    expect([talks!.date.earliest, talks!.date.latest, talks!.status]).toEqual(['2023-12-19', '2023-12-20', 'occurred']);
    expect(talks!.date.basis).toMatch(/19-20 Desember 2023/);
    expect([announced!.date.value, announced!.status]).toEqual(['2023-12-20', 'planned']);
    expect(alone('cnbc_id_arrival_then_talks')[0]!.date.basis).toMatch(/Kamis \(16\/5\/2024\)/);
  });

  it('takes the gathering from "Pertemuan itu berlangsung di sela-sela …" right after the contact', () => {
    const [e, ...rest] = alone('kompas_id_pertemuan_itu_sela');
    expect(rest).toEqual([]);
    expect([e!.sidelines, e!.gathering]).toEqual([true, 'rangkaian pertemuan para menteri luar negeri ASEAN']);
    expect([e!.date.value, e!.type, e!.location]).toEqual(['2024-07-25', 'meeting', 'vientiane']);
  });

  it.each([
    // "Dalam pertemuan itu, Wang dan Lavrov membahas …" is the meeting's sentence, not another contact (Putin is only discussed).
    ['kompasid_dalam_pertemuan_itu', '2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', ['asia-pacific', 'ukraine']],
    ['voa_id_defence_video', '2024-08-12 video_call andrei-belousov+dong-jun  occurred', ['defence']],
    // "mengunjungi China pekan depan" puts the planned consultation in China, not in the Moscow dateline.
    // BBC: the only contact words are "berjanji … dalam pembicaraan di Beijing, Kamis (16/05)".
    ['bbc_id_dalam_pembicaraan', '2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred', ['ukraine']],
    // Kontan: the meeting's only date is in "Pertemuan itu berlangsung dalam rangkaian kunjungan … pada 3 s.d. 5 Juni 2024".
    ['kontan_id_pertemuan_itu_dated', '2024-06-03 meeting denis-manturov+he-lifeng beijing occurred', ['trade-energy']],
    // A third-country dateline that is no newsroom city ("VIENTIANE —") is the venue; "Jakarta" stays the newsroom.
    ['redaksi_id_vientiane_dateline', '2024-07-11 meeting sergey-lavrov+wang-yi vientiane occurred', []],
    ['kompas_id_mengunjungi_china_planned', '2023-04-10 consultation nikolai-patrushev+wang-yi beijing planned', ['strategic-security']],
  ])('%s: %s, topics %j', (id, event, topics) => {
    const [e, ...rest] = alone(id);
    expect(rest).toEqual([]);
    expect([shape(e!), [...e!.topics].sort()]).toEqual([event, topics]);
  });

  it('makes two contacts of "pembicaraan informal pada Senin dan pembicaraan resmi pada Selasa"', () => {
    expect(alone('sindonews_id_two_rounds_moskow').map(shape).sort()).toEqual(['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred', '2023-03-21 meeting vladimir-putin+xi-jinping moscow occurred']);
  });

  it('dates and places each entry of a chronology from its heading line ("2. Astana, 3 Juli 2024")', () => {
    const events = alone('kompas_id_kronologi_2024');
    expect(events.map(shape)).toEqual([
      '2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred',
      '2024-07-03 meeting vladimir-putin+xi-jinping astana occurred',
      '2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred',
    ]);
    // "di sela-sela pertemuan tersebut" points back at the KTT BRICS the entry names.
    expect(events.map((e) => e.gathering)).toEqual([null, 'KTT SCO', 'KTT BRICS']);
  });

  it('does not date "Lavrov dan Wang Yi sebelumnya berbicara melalui telepon" on the day of Lavrov\'s arrival, which is his visit', () => {
    expect(alone('detik_id_visit_then_earlier_call').map(shape)).toEqual(['2024-04-08 visit sergey-lavrov beijing occurred']);
  });

  it('keeps "Di sela pertemuan tersebut, … Wang Yi juga bertemu … Lavrov" as a contact on the day, place and gathering of the one before', () => {
    expect(alone('antara_id_di_sela_pertemuan_tersebut').map((e) => `${shape(e)} ${e.gathering}`).sort()).toEqual([
      '2024-10-22 meeting sergey-lavrov+wang-yi kazan occurred KTT BRICS',
      '2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred KTT BRICS',
    ]);
  });

  it('dates "hari ini, Kamis (5/12/2024)" by the full date that restates it, in an article with no date of its own', () => {
    const xi = alone('liputan6_id_hari_ini_full_date').find((e) => e.participants.includes('xi-jinping'))!;
    expect([xi.date.value, xi.date.basis]).toEqual(['2024-12-05', expect.stringMatching(/^'Kamis \(5\/12\/2024\)' gives 2024-12-05/)]);
  });

  it('dates talks reported without a date by the visitor\'s trip given after them ("Kunjungan Lavrov … berlangsung pada 8-9 April 2024")', () => {
    const [e, ...rest] = alone('jpnn_id_kunjungan_berlangsung');
    expect(rest).toEqual([]);
    expect([shape(e!), e!.date.earliest, e!.date.latest]).toEqual(['2024-04-08 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-08', '2024-04-09']);
  });

  it('makes nothing of a denied report ("membantah laporan … yang menyebut Putin akan bertemu Xi") and keeps the spokesperson out of the next meeting', () => {
    // "Pertemuan berikutnya akan berlangsung di China pada akhir Agustus," ujar Peskov: planned, in China (Tianjin, named later), not at the Moscow dateline.
    const [e, ...rest] = alone('inews_id_kremlin_bantah');
    expect(rest).toEqual([]);
    expect([shape(e!), e!.date.earliest, e!.date.latest, e!.mentioned.includes('dmitry-peskov')]).toEqual(['2025-08 meeting vladimir-putin+xi-jinping tianjin planned', '2025-08-21', '2025-08-31', true]);
  });

  it('takes "sepakat bertemu langsung di China pada akhir Agustus" for a planned meeting in the coming August', () => {
    expect(alone('sindonews_id_sepakat_bertemu').map(shape).sort()).toEqual(['2025-06-19 phone_call vladimir-putin+xi-jinping  occurred', '2025-08 meeting vladimir-putin+xi-jinping tianjin planned']);
  });

  it.each([
    // "Setelah pertemuan dengan Mishustin, Li diterima Presiden Vladimir Putin di Kremlin pada hari yang sama."
    ['metrotv_id_setelah_pertemuan', 'li-qiang+vladimir-putin'],
    // "Sebelum diterima Putin, Wang mengadakan pembicaraan dengan Menteri Luar Negeri Rusia Sergei Lavrov pada hari yang sama."
    ['antara_id_sebelum_diterima', 'sergey-lavrov+wang-yi'],
    // "Lavrov bertemu dengan … Wang Yi di Beijing pada Ahad (13/7/2025), dalam kunjungan pertamanya ke China sejak Presiden Vladimir Putin dan Xi Jinping bertemu di Moskow pada Mei."
    ['republika_id_sejak_bertemu', 'sergey-lavrov+wang-yi'],
  ])('%s: the people of the other contact in an opening "Sebelum/Setelah …," or a later "sejak/ketika …" clause take no part in %s', (id, pair) => {
    const [first, second] = pair.split('+');
    const events = alone(id).filter((e) => e.participants.includes(first!) && e.participants.includes(second!));
    expect(events.map((e) => [...e.participants].sort().join('+'))).toEqual([pair]);
  });

  it('keeps the headline of the Republika report with its body contact, on the day the body names', () => {
    expect(alone('republika_id_sejak_bertemu').filter((e) => e.participants.includes('wang-yi')).map((e) => e.date.value)).toEqual(['2025-07-13']);
  });

  it.each([
    // 'Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping kembali berkomunikasi … Keduanya berbicara melalui telepon pada Senin (24/2/2025)'
    ['cnbc_id_keduanya_berbicara', [['2025-01-21', 'video_call', 'vladimir-putin+xi-jinping'], ['2025-02-24', 'phone_call', 'vladimir-putin+xi-jinping']], /'Keduanya' = Putin and Xi Jinping named in/],
    // 'Menteri Luar Negeri China Wang Yi tiba di Moskow pada Senin (31/3/2025) … Ia kemudian mengadakan pembicaraan dengan … Lavrov pada Selasa (1/4)'
    ['antara_id_ia_kemudian', [['2025-04-01', 'meeting', 'sergey-lavrov+wang-yi']], /'Ia' = Wang Yi named in/],
    // '… Lavrov tiba di Beijing, Senin (8/4/2024) … Sehari kemudian, dia bertemu dengan Presiden China Xi Jinping'
    ['antara_id_sehari_kemudian_dia', [['2024-04-09', 'meeting', 'sergey-lavrov+xi-jinping']], /'Sehari kemudian' = one day after the day named in/],
    // 'Pada 2022, keduanya juga menggelar konferensi video pada 30 Desember' (the article is of January 2025)
    ['kompas_id_pada_2022_tradisi', [['2022-12-30', 'video_call', 'vladimir-putin+xi-jinping'], ['2025-01-21', 'video_call', 'vladimir-putin+xi-jinping']], /'pada 30 Desember' in the sentence's year \('Pada 2022'\)/],
  ] as const)('%s: a pronoun subject stands for the people named before it, and the day is counted or given its year as the text says', (id, expected, basis) => {
    const events = alone(id);
    expect(events.map((e) => [e.date.value, e.type, [...e.participants].sort().join('+')]).sort()).toEqual(expected);
    expect(events.map((e) => e.date.basis).join(' | ')).toMatch(basis);
  });

  it('makes no contact of "tidak merencanakan pertemuan dalam waktu dekat" and says why', () => {
    expect(alone('detik_id_tidak_merencanakan')).toEqual([]);
    expect(report.articles.find((a) => a.file === 'detik_id_tidak_merencanakan.txt')!.notes.join()).toMatch(/possible, denied, postponed or cancelled/);
  });

  it('takes "seperti yang disepakati … dalam pertemuan mereka di Kazan" in a quote for a recollection, not a contact', () => {
    expect(alone('tempo_id_quote_as_agreed')).toEqual([]);
  });

  it('gives "Dalam pertemuan dengan Putin, Wang membahas …" to the Putin meeting: its topics, no contact of its own', () => {
    const events = alone('kompas_id_dalam_pertemuan_dengan');
    expect(events.map(shape)).toEqual(['2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred', '2025-04-01 meeting vladimir-putin+wang-yi moscow occurred']);
    expect(events.map((e) => e.topics)).toEqual([[], ['wwii']]);
    expect(alone('kontan_id_pertemuan_itu_dated')[0]!.date.latest).toBe('2024-06-05');
  });

  it('borrows no one from the next sentence when a titled stranger is the other side of the call', () => {
    // 'Putin berbicara melalui telepon dengan Perdana Menteri India Narendra Modi … Presiden China Xi Jinping dijadwalkan …'
    expect(alone('jawapos_id_stranger_call')).toEqual([]);
  });

  it('puts "Ma juga bertemu dengan … Lavrov" on the day of the consultation before it, not of a background date between them', () => {
    expect(alone('jpnn_id_juga_bertemu').map(shape)).toEqual(['2023-10-26 consultation andrey-rudenko+ma-zhaoxu moscow occurred', '2023-10-26 meeting ma-zhaoxu+sergey-lavrov moscow occurred']);
  });

  it('takes the people and the place of the meeting from outside the quotation that opens its sentence', () => {
    // '"We are waiting for our friend, President Xi Jinping, in Kazan," … Putin said at the start of Thursday's meeting with … Wang Yi in the Kremlin.'
    expect(alone('reuters_en_quoted_invitation').map(shape)).toEqual(['2024-10-03 meeting vladimir-putin+wang-yi moscow occurred']);
  });

  it('gives the topics of a sentence that goes on about a background contact ("Saat itu keduanya membahas …") to no event', () => {
    const events = alone('antara_id_saat_itu_background');
    expect(events.map(shape)).toEqual(['2024-10 meeting vladimir-putin+xi-jinping kazan occurred']);
    expect(events[0]!.topics).toEqual([]);
  });

  it('dates "Selama berada di Beijing, Shoigu juga mengadakan pembicaraan dengan …" on the consultation\'s day and keeps "Konsultasi putaran sebelumnya berlangsung di Moskow pada September tahun lalu" as its own contact', () => {
    expect(alone('xinhua_id_selama_berada_putaran_sebelumnya').map(shape).sort()).toEqual([
      '2023-09 consultation nikolai-patrushev+wang-yi moscow occurred',
      '2024-11-12 consultation sergei-shoigu+wang-yi beijing occurred',
      '2024-11-12 meeting chen-wenqing+sergei-shoigu beijing occurred',
    ]);
  });

  it('dates the undated lead by its own report, not by "they met again in July", and makes no Putin–Xi contact of "Modi, who met Putin on Tuesday, is expected to hold a bilateral meeting with Xi"', () => {
    expect(alone('aljazeera_en_stranger_subject_met_again').map(shape).sort()).toEqual(['2024-07 meeting vladimir-putin+xi-jinping astana occurred', '2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred']);
    expect(report.articles.find((a) => a.file === 'aljazeera_en_stranger_subject_met_again.txt')!.notes.join()).toMatch(/its contacts are those of .*Narendra Modi/);
  });

  it('marks "Putin tetap akan berkunjung ke China pada akhir Agustus … dan bertemu Xi" in an article of 12 August as planned', () => {
    const tianjin = alone('tribunnews_id_tetap_akan_akhir_agustus').filter((e) => e.location === 'tianjin');
    expect(tianjin.map(shape)).toEqual(['2025-08 meeting vladimir-putin+xi-jinping tianjin planned']);
  });

  it.each(['okezone_id_setelah_sebelumnya', 'reuters_en_after_holding_talks'])('%s: the subject\'s other contact in a "setelah sebelumnya …"/"after holding talks with …" clause is a contact of that day', (id) => {
    expect(alone(id).map(shape).sort()).toEqual(['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });

  it('borrows no one from the next sentence for an aide who only speaks ("ajudan Kremlin Yuri Ushakov mengatakan … dalam pertemuan tersebut")', () => {
    const events = alone('kumparan_id_ajudan_dalam_pertemuan');
    expect(events.filter((e) => e.participants.includes('yuri-ushakov'))).toEqual([]);
    expect(events.map(shape)).toContain('2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred');
  });

  it('keeps the leaders of a later "ketika …" clause out of the ministers\' earlier meeting ("… dan kembali bertemu ketika Presiden Xi Jinping dan Presiden Vladimir Putin menggelar pertemuan")', () => {
    expect(alone('liputan6_id_kembali_bertemu_ketika').map(shape).sort()).toEqual(['2024-05 meeting sergey-lavrov+wang-yi astana occurred', '2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']);
  });

  it('keeps the spokesperson out of the call and the Okezone headline out of the unknown-person warnings', () => {
    expect(only('kompas_id_spokesperson_call').mentioned).toContain('mao-ning');
    expect(report.warnings.filter((w) => w.kind === 'unknown-person' && w.file === 'okezone_id_volodin_beijing.txt')).toEqual([]);
  });

  it('says why the denied, possible and postponed contacts made no event', () => {
    for (const file of ['rt_en_spokesperson_denial.txt', 'detik_id_possible_meeting.txt']) {
      const a = report.articles.find((r) => r.file === file)!;
      expect(a.events).toEqual([]);
      expect(a.notes.join()).toMatch(/possible, denied, postponed or cancelled/);
    }
  });

  it('merges the Global Times report with the other reports of the same Vientiane meeting (Kompas, Liputan6, Reuters, Tempo, Viva, …)', () => {
    // Later fixtures reporting the same meeting join too, so the list is checked for these, not closed.
    expect(only('globaltimes_en_wang_lavrov_vientiane').sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(['en_flew_to_where_he_met', 'globaltimes_en_wang_lavrov_vientiane', 'kompas_id_pertemuan_itu_sela', 'kompas_titles_only', 'liputan6_id_kembali_bertemu_ketika', 'reuters_en_laotian_capital', 'tempo_id_pada_hari_yang_sama_trilateral', 'viva_id_menyinggung_pertemuan']));
  });
});

describe('contacts dated and placed from another contact of the same article', () => {
  it.each([
    // Kompas: "Sehari sebelumnya pula, … Wang Yi mengadakan pembicaraan dengan Menlu Rusia … di tempat yang sama"; Putin's arrival and Xi's onward trip are no contacts.
    ['kompas_id_relative_day', ['2019-06-12 meeting sergey-lavrov+wang-yi bishkek occurred', '2019-06-13 meeting vladimir-putin+xi-jinping bishkek occurred']],
    // Xinhua: "The following day, … Wang Yi held talks with … Lavrov at the same venue"; "Two days later, Lavrov left for New York" is no contact.
    ['xinhua_en_following_day', ['2022-09-15 meeting vladimir-putin+xi-jinping samarkand occurred', '2022-09-16 meeting sergey-lavrov+wang-yi samarkand occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  const ministers = (id: string) => fromArticle(id).find((e) => e.participants.includes('wang-yi'))!;

  it.each([
    ['kompas_id_relative_day', "'Sehari sebelumnya' = one day before the Xi Jinping – Putin meeting on 2019-06-13"],
    ['xinhua_en_following_day', "'The following day' = one day after the Xi Jinping – Putin meeting on 2022-09-15"],
  ])('%s says which contact the day is counted from', (id, basis) => {
    expect(ministers(id).date.basis.startsWith(basis)).toBe(true);
  });

  it.each([
    ['kompas_id_relative_day', 'di tempat yang sama', /Organisasi Kerja Sama Shanghai/],
    ['xinhua_en_following_day', 'at the same venue', /Shanghai Cooperation Organization/],
  ])('%s takes the place, sidelines and gathering of the contact it refers to', (id, words, gathering) => {
    const e = ministers(id);
    const text = dataset.articles.find((a) => a.id === id)!.text ?? '';
    expect([e.sidelines, e.gathering]).toEqual([true, expect.stringMatching(gathering)]);
    expect(e.sources[0]!.evidence!.location.map(([a, b]) => text.slice(a, b))).toContain(words);
    expect(e.date.basis).toMatch(new RegExp(`Place: '${words}' = (Bishkek|Samarkand)`));
  });

  it.each([
    ['kompas_id_relative_day', 'sergey-lavrov+wang-yi', ['sco']],
    ['kompas_id_relative_day', 'vladimir-putin+xi-jinping', ['sco', 'ukraine']],
    // UN only in "Two days later, Lavrov left for New York … UN General Assembly": another day's doings;
    // SCO because "at the same venue" puts the talks on the sidelines of the SCO summit.
    ['xinhua_en_following_day', 'sergey-lavrov+wang-yi', ['korean-peninsula', 'sco']],
    ['xinhua_en_following_day', 'vladimir-putin+xi-jinping', ['sco', 'taiwan']],
  ])('%s %s has exactly the topics %j (read alone: another outlet’s report of the same meeting adds its own)', (id, people, topics) => {
    const e = alone(id).find((x) => [...x.participants].sort().join('+') === people)!;
    expect([...e.topics].sort()).toEqual(topics);
  });

  it('warns about nobody: the arrival, the onward trip and the departure are not contacts', () => {
    expect(report.warnings.filter((w) => w.file === 'kompas_id_relative_day.txt' || w.file === 'xinhua_en_following_day.txt')).toEqual([]);
  });
});

describe('headline contacts and welcome cues', () => {
  it.each([
    // detik: the headline 'Menlu China Terima Kunjungan Lavrov' summarises the body's meeting: one event, dated by the body.
    ['detik_id_headline_terima_kunjungan', ['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred']],
    // detik: the body names the ministers but has no contact words; the headline's 'Bertemu di Astana' makes the event.
    ['detik_id_headline_only_contact', ['2024-07-03 meeting sergey-lavrov+wang-yi astana occurred']],
    // Reuters: 'welcomed … Xi Jinping to the Kremlin … for talks' is a meeting in Moscow; 'welcomed the agreement' and Xi's arrival are none.
    ['reuters_en_welcomed_kremlin', ['2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred']],
    // Xinhua: the publication date sits on a 'Source: Xinhua | 2024-03-14 21:05:11' credit line the cleaner removes; 'on Thursday' counts from it.
    ['xinhua_en_source_line_rudenko', ['2024-03-14 meeting andrey-rudenko+wang-yi beijing occurred']],
    // 'pembicaraan telpon': a common misspelling of 'telepon' still makes a phone call.
    ['okezone_id_telpon_typo', ['2023-04-05 phone_call sergey-lavrov+wang-yi  occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  it.each([
    ['detik_id_headline_terima_kunjungan', ['asia-pacific', 'ukraine']],
    ['detik_id_headline_only_contact', ['asia-pacific', 'sco']],
    // WWII from the headline's 'Victory Day' and the body's 'defeat of Nazi Germany'.
    ['reuters_en_welcomed_kremlin', ['trade-energy', 'ukraine', 'wwii']],
  ])('%s gives its event exactly the topics %j', (id, topics) => {
    const [e] = fromArticle(id);
    // The detik meeting merges with TASS's report of the same talks, so compare this article's own evidence.
    expect(Object.keys(e!.sources.find((s) => s.articleId === id)!.evidence!.topics).sort()).toEqual(topics);
  });

  it('takes WWII from the Reuters body too ("80 years since the defeat of Nazi Germany"), not only the headline', () => {
    const e = fromArticle('reuters_en_welcomed_kremlin')[0]!;
    const text = dataset.articles.find((a) => a.id === 'reuters_en_welcomed_kremlin')!.text ?? '';
    // Other outlets' reports of the same talks merge in: read Reuters' own evidence.
    const own = e.sources.find((s) => s.articleId === 'reuters_en_welcomed_kremlin')!;
    expect(own.evidence!.topics.wwii!.map(([a, b]) => text.slice(a, b)).join('|')).toMatch(/defeat of Nazi Germany/);
  });

  it('merges detik’s report with the other reports of the same Beijing talks (TASS, Antara, AP, Kompas, JPNN, …), on the day they name', () => {
    // JPNN dates the talks only by Lavrov's trip, 8-9 April: the others' 9 April lies within it and says more. Later
    // fixtures reporting the same talks join too, so the list is checked for these, not closed.
    const [e] = fromArticle('detik_id_headline_terima_kunjungan');
    expect(e!.sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(['antara_id_planned_trip_background_city', 'ap_en_said_last_month_would_travel', 'detik_id_headline_terima_kunjungan', 'jpnn_id_kunjungan_berlangsung', 'kompas_id_lavrof_typo', 'kompasid_dalam_pertemuan_itu', 'minimal_en_talks_and_met', 'minimal_id_pembicaraan_dan_bertemu', 'okezone_id_setelah_sebelumnya', 'reuters_en_after_holding_talks', 'tass_en_lavrov_beijing', 'thinktank_en_chronology_bullets', 'xinhua_en_last_month_on_april_9']));
    expect([e!.date.earliest, e!.date.latest]).toEqual(['2024-04-09', '2024-04-09']);
  });

  it('takes the headline, not the section label, and drops the byline and the "Simak Video" teaser', () => {
    const a = dataset.articles.find((x) => x.id === 'detik_id_headline_terima_kunjungan')!;
    expect(a.title).toBe('Menlu China Terima Kunjungan Lavrov di Beijing');
    expect(a.text).not.toMatch(/Internasional|Novi Christiastuti|Simak Video|ita\/ita/);
  });

  it('says the headline reports the body’s contact', () => {
    expect(report.articles.find((r) => r.file === 'detik_id_headline_terima_kunjungan.txt')!.notes.join()).toMatch(/headline .* same contact as the body/);
  });
});

describe('a state visit’s talks on two days, the second with a pair pronoun as subject', () => {
  it.each([
    // Kompas: 'Pada hari yang sama' counts from the arrival day; 'Pada Selasa, keduanya melanjutkan pembicaraan resmi' is the second meeting; 'Keduanya pernah bertemu' and the Baca juga teaser make none.
    ['kompas_id_keduanya_lanjutkan', ['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred', '2023-03-21 meeting vladimir-putin+xi-jinping moscow occurred']],
    // AP: 'On Tuesday, the two leaders held formal talks'; 'have met more than 40 times' and 'They last met' are background.
    ['apnews_en_two_leaders_formal_talks', ['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred', '2023-03-21 meeting vladimir-putin+xi-jinping moscow occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  const day = (id: string, iso: string) => fromArticle(id).find((e) => e.date.value === iso)!;

  it('merges each day with the other outlets’ report of that day, and Reuters’ Tuesday report with Tuesday (Sindonews reports both days in one sentence)', () => {
    const ids = (e: (typeof dataset.events)[number]) => e.sources.map((s) => s.articleId).sort();
    // CNN Indonesia reports Monday's talks and announces Tuesday's: it joins both days.
    expect(ids(day('kompas_id_keduanya_lanjutkan', '2023-03-20'))).toEqual(['apnews_en_two_leaders_formal_talks', 'cnnindonesia_id_setibanya_planned_talks', 'detik_id_empat_mata_itu', 'kompas_id_keduanya_lanjutkan', 'sindonews_id_two_rounds_moskow', 'suara_id_url_line_only']);
    // Okezone announced Tuesday's formal talks days before: its planned report joins them too.
    expect(ids(day('kompas_id_keduanya_lanjutkan', '2023-03-21'))).toEqual(['apnews_en_two_leaders_formal_talks', 'cnnindonesia_id_setibanya_planned_talks', 'kompas_id_keduanya_lanjutkan', 'okezone_id_planned_then_talks', 'reuters_en_received_kremlin', 'sindonews_id_two_rounds_moskow']);
  });

  it('says whom the pronoun stands for and gives both sentences as participants evidence', () => {
    const tue = day('apnews_en_two_leaders_formal_talks', '2023-03-21');
    // The merged event's basis may come from another outlet's report: read AP's own, compiled alone.
    const ap = compileCorpus(files.filter((f) => f.file === 'apnews_en_two_leaders_formal_talks.txt'), repoData(), repoOptions()).dataset.events;
    expect(ap.find((e) => e.date.value === '2023-03-21')!.date.basis).toContain("'the two leaders' = Xi Jinping and Putin of the meeting on 2023-03-20");
    const text = dataset.articles.find((a) => a.id === 'kompas_id_keduanya_lanjutkan')!.text ?? '';
    const ev = tue.sources.find((s) => s.articleId === 'kompas_id_keduanya_lanjutkan')!.evidence!;
    expect(ev.participants.map(([a, b]) => text.slice(a, b).slice(0, 30))).toEqual(['Pada hari yang sama, Xi dan Pr', 'Pada Selasa, keduanya melanjut']);
  });

  it.each([
    ['kompas_id_keduanya_lanjutkan', '2023-03-20', []],
    ['kompas_id_keduanya_lanjutkan', '2023-03-21', ['ukraine']],
    ['apnews_en_two_leaders_formal_talks', '2023-03-20', []],
    ['apnews_en_two_leaders_formal_talks', '2023-03-21', ['trade-energy', 'ukraine']],
  ])('%s %s has exactly the topics %j from its own text', (id, iso, topics) => {
    const ev = day(id, iso).sources.find((s) => s.articleId === id)!.evidence!;
    expect(Object.keys(ev.topics).sort()).toEqual(topics);
  });
});

describe('red-team round: unseen outlets’ page furniture and phrasings, complete event lists', () => {
  it.each([
    // Kompas: 'Kompas.com - 16/05/2024' is the publication, 'Diperbarui 17 Mei 2024' only the update stamp.
    ['kompas_id_diperbarui_putin_beijing', ['2024-05-16 meeting li-qiang+vladimir-putin beijing occurred', '2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred']],
    // CGTN: 'Updated 22:05, 31-Jan-2024' dates the page; the 'Search Trends' list is other articles.
    ['cgtn_en_updated_stamp_search_trends', ['2024-01-31 video_call dong-jun+sergei-shoigu  occurred']],
    // Tempo: 'Pilihan Editor: Lavrov: …' is a teaser, so Lavrov joins no planned meeting with Xi (whose Wednesday meeting is with Modi).
    ['tempo_id_pilihan_editor_kazan', ['2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred']],
    // Sindonews: breadcrumb 'Internasional > Asia' is not the headline (which has 'Parade 9 Mei'); 'tiba … sehari sebelumnya untuk kunjungan' is the talks' setting, not a visit on Friday.
    ['sindonews_id_arrival_day_before', ['2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred']],
    // Okezone: 'Usai pertemuan, Li Qiang diterima oleh Presiden Vladimir Putin' is the same day; the headline names all three.
    ['okezone_id_usai_pertemuan_breadcrumb', ['2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred', '2024-08-21 meeting li-qiang+vladimir-putin moscow occurred']],
    // Republika: the arrival 'untuk kunjungan tiga hari atas undangan Lavrov' is the setting of the talks; the caption and 'Berita Terkait' make nothing.
    // CNN Indonesia: 'Setibanya di Moskow, Xi … pertemuan informal dengan … Putin' the day of arrival; Peskov announces 'pembicaraan resmi kedua kepala negara akan digelar pada Selasa (21/3)' (planned, Peskov only mentioned); the invitation to China is no event.
    // (Tuesday's talks took place: other outlets report them, so the merged event is occurred; alone, CNN's is planned.)
    ['cnnindonesia_id_setibanya_planned_talks', ['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred', '2023-03-21 meeting vladimir-putin+xi-jinping moscow occurred']],
    // Reuters: 'in the Laotian capital' is Vientiane (not Guangzhou, where Kuleba's trip to China went); merges with the other Vientiane reports.
    ['reuters_en_laotian_capital', ['2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']],
    // Xinhua: 'met on Aug. 31 in Tianjin' was cut at 'Aug.' and merged, undated, into Tuesday's Beijing talks.
    ['xinhua_en_month_abbreviation', ['2025-08-31 meeting vladimir-putin+xi-jinping tianjin occurred', '2025-09-02 meeting vladimir-putin+xi-jinping beijing occurred']],
    // Reuters: 'the BRICS summit, which … Putin will attend by video link' is remote attendance, no planned video call of Li and Putin.
    ['reuters_en_attend_by_video_link', ['2023-08-22 video_call li-qiang+mikhail-mishustin  occurred']],
    // VOA: 'Xi menerima … Mishustin … pada hari Rabu (20/12), sehari setelah Mishustin dan mitranya, PM Li Qiang, memimpin pertemuan …': Li Qiang is in the other action's clause, not Wednesday's meeting.
    ['voa_id_received_day_after_other_talks', ['2023-12-19 meeting li-qiang+mikhail-mishustin beijing occurred', '2023-12-20 meeting mikhail-mishustin+xi-jinping beijing occurred']],
    // Kompas: 'Lavrof' (typo) in the headline and first paragraph; the headline's 'Bertemu Wang Yi dan Xi Jinpin' is the body's two meetings.
    ['kompas_id_lavrof_typo', ['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']],
    // Republika (06:45 WIB on a Wednesday): 'Sekretaris Dewan Keamanan Rusia' without a name is Patrushev in 2023; 'dijadwalkan bertemu Presiden Putin pada Rabu' is that day, in Moscow from the 'REPUBLIKA.CO.ID, MOSKOW --' dateline.
    ['republika_id_title_only_planned_today', ['2023-02-21 consultation nikolai-patrushev+wang-yi moscow occurred', '2023-02-22 meeting vladimir-putin+wang-yi moscow occurred']],
    // detik (dated by its URL only): exchanged New Year greetings, 'harapan untuk bertemu Putin tahun ini' and a 'terakhir bertemu' recollection: no contact.
    ['detik_id_greetings_hope_to_meet', []],
    // TASS without a year anywhere ('KAZAN, October 22. /TASS/.'): 'the BRICS summit in Kazan' was held in 2024, so not the most recent 22 October.
    ['tass_en_kazan_no_year', ['2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred']],
    // Kompas round-up of a four-day visit: talks on Thursday, Mishustin 'Di sela-sela kunjungan' on Friday (no gathering), the parade and the reader's 'Komentar' make nothing.
    ['kompas_id_multiday_visit_komentar', ['2025-05-08 meeting vladimir-putin+xi-jinping moscow occurred', '2025-05-09 meeting mikhail-mishustin+xi-jinping moscow occurred']],
    // AP: the 'FILE - … March 21, 2023 … (via AP, File)' caption makes no 2023 meeting; 'Xi Jinping's expected visit' is no participant; 'earlier in the day' is Tuesday's Lavrov talks.
    ['apnews_en_file_photo_earlier_in_day', ['2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred', '2025-04-01 meeting vladimir-putin+wang-yi moscow occurred']],
    ['republika_id_invited_visit_setting', ['2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred', '2025-04-01 meeting vladimir-putin+wang-yi moscow occurred']],
  ])('%s', (article, expected) => {
    expect(fromArticle(article).map(shape).sort()).toEqual(expected);
  });

  it('joins detik’s planned Tianjin meeting (next week) and iNews’, Sindonews’ and Al Jazeera’s (late August, "at the end of August") with Xinhua’s report that it took place on 31 August', () => {
    const tianjin = fromArticle('xinhua_en_month_abbreviation').find((e) => e.location === 'tianjin')!;
    expect(tianjin.sources.map((s) => s.articleId).sort()).toEqual(['aljazeera_en_file_caption', 'detik_id_planned_tianjin', 'inews_id_kremlin_bantah', 'sindonews_id_sepakat_bertemu', 'tribunnews_id_tetap_akan_akhir_agustus', 'xinhua_en_month_abbreviation']);
    expect([tianjin.status, tianjin.date.value]).toEqual(['occurred', '2025-08-31']);
  });

  it('announces Tuesday’s talks as planned, with the spokesperson only mentioned, when CNN’s report is read alone', () => {
    const cnn = compileCorpus(files.filter((f) => f.file === 'cnnindonesia_id_setibanya_planned_talks.txt'), repoData(), repoOptions()).dataset.events;
    const tue = cnn.find((e) => e.date.value === '2023-03-21')!;
    expect([tue.status, tue.mentioned]).toEqual(['planned', ['dmitry-peskov']]);
    expect(tue.date.basis).toContain("'kedua kepala negara' = Xi Jinping and Putin of the meeting on 2023-03-20");
  });

  it('reads "akan makan malam informal pada Senin, lalu pembicaraan resmi pada Selasa" as planned talks on the coming Tuesday, beside the announced visit', () => {
    // Compiled alone: other fixtures report the visit and the talks that took place, and merge with them.
    expect(alone('okezone_id_planned_then_talks').map(shape).sort()).toEqual(['2023-03-20 visit vladimir-putin+xi-jinping moscow planned', '2023-03-21 meeting vladimir-putin+xi-jinping moscow planned']);
    expect(fromArticle('okezone_id_planned_then_talks').every((e) => e.date.value >= '2023-03-20')).toBe(true);
  });

  it.each([
    ['Xi Jinping menerima Mikhail Mishustin di Beijing pada Rabu (20/12/2023), sehari setelah Mishustin bertemu Li Qiang.', 'mikhail-mishustin+xi-jinping'],
    ['Xi Jinping received Mikhail Mishustin in Beijing on December 20, 2023, after Mishustin held talks with Li Qiang.', 'mikhail-mishustin+xi-jinping'],
    // Only two people in all: nobody is left out.
    ['Xi Jinping menerima Mikhail Mishustin di Beijing pada Rabu (20/12/2023), setelah tiba sehari sebelumnya.', 'mikhail-mishustin+xi-jinping'],
  ])('keeps people of a later clause of another action out of the contact: %s', (body, people) => {
    const { dataset } = compileText(`Judul berita panjang\n\n${body}`);
    expect(dataset.events.filter((e) => e.participants.includes('xi-jinping')).map((e) => [...e.participants].sort().join('+'))).toEqual([people]);
  });

  it('takes no WWII topic from CGTN’s "Hot Topics" teaser (Victory Day parade) for the June call', () => {
    expect(fromArticle('cgtn_en_hot_topics_phone').map(shape)).toEqual(['2025-06-19 phone_call vladimir-putin+xi-jinping  occurred']);
    expect([...alone('cgtn_en_hot_topics_phone')[0]!.topics].sort()).toEqual(['middle-east', 'sco', 'ukraine']);
  });

  it.each([
    'Menlu Lavrovski Tiba di Beijing, Bertemu Wang Yi dan Xi Jinping\n\nBEIJING - Wang Yi dan Xi Jinping bertemu pada Selasa (9/4/2024).',
    'Xi meets Wang\n\nBEIJING - Xi Jinping met Wang Yi on Tuesday, April 9, 2024.',
  ])('makes no event of people all from one side, and says why: %j', (body) => {
    const { dataset, report } = compileText(body);
    expect(dataset.events).toEqual([]);
    expect(report.articles[0]!.notes.join()).toMatch(/from one country/);
  });

  it('joins Republika’s announced Wang Yi–Putin meeting with seed 001’s report that it took place that Wednesday', () => {
    const putin = fromArticle('republika_id_title_only_planned_today').find((e) => e.participants.includes('vladimir-putin'))!;
    expect(putin.sources.map((s) => s.articleId)).toContain('001_31694bd1b5832e2a');
    expect(alone('republika_id_title_only_planned_today').find((e) => e.participants.includes('vladimir-putin'))!.status).toBe('planned');
  });

  it('puts a meeting "di sela-sela kunjungan" on no multilateral sidelines', () => {
    const e = fromArticle('kompas_id_multiday_visit_komentar').find((x) => x.participants.includes('mikhail-mishustin'))!;
    expect([e.sidelines, e.gathering]).toEqual([false, null]);
  });

  it('gives the talks, not the arrival, the topics of the sentences after the arrival', () => {
    expect([...alone('sindonews_id_arrival_day_before').find((e) => e.type !== 'visit')!.topics].sort()).toEqual(['strategic-security', 'trade-energy', 'ukraine', 'united-states', 'wwii']);
  });
  it.each([
    ['Wang Yi received by Putin\n\nApril 9, 2025 18:40 MSK\n\nChinese Foreign Minister Wang Yi was received at the Kremlin by President Vladimir Putin on Tuesday, the press service said.', '2025-04-08 meeting vladimir-putin+wang-yi moscow occurred'],
    ['Wang Yi diterima Putin\n\nRabu, 9 April 2025 07:15 WIB\n\nMenlu China Wang Yi diterima di Istana Kremlin oleh Presiden Vladimir Putin pada Selasa (8/4).', '2025-04-08 meeting vladimir-putin+wang-yi moscow occurred'],
  ])('reads "received at <place> by <person>" as a meeting: %j', (body, event) => {
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual([event]);
  });

  it('takes "the Kremlin said on Friday" as the day of the saying: the planned talks are on the Sunday named before it', () => {
    const body =
      'Putin heads to China\n\nAugust 29, 2025 09:12 GMT\n\nMOSCOW, Aug 29 (Reuters) - Russian President Vladimir Putin is due in Tianjin on Sunday for a summit of the Shanghai Cooperation Organisation, where he will hold talks with Chinese President Xi Jinping, the Kremlin said on Friday.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-08-31 meeting vladimir-putin+xi-jinping tianjin planned']);
  });
  it('makes one contact per item of a semicolon list of the subject’s talks, each with its own other side and day', () => {
    expect(alone('republika_id_semicolon_list').map(shape)).toEqual([
      '2023-02 consultation nikolai-patrushev+wang-yi moscow occurred',
      '2023-09-18 meeting sergey-lavrov+wang-yi moscow occurred',
      '2023-09-19 consultation nikolai-patrushev+wang-yi moscow occurred',
      '2023-09-20 meeting vladimir-putin+wang-yi moscow occurred',
      '2023-10 meeting vladimir-putin+xi-jinping beijing planned',
    ]);
    const body =
      'Wang Yi wraps up Moscow trip\n\nFebruary 23, 2023\n\nBEIJING, Feb. 23 (Xinhua) -- Chinese top diplomat Wang Yi concluded his visit to Russia on Wednesday. During the trip he held strategic security consultations with Nikolai Patrushev, Secretary of the Security Council, on Tuesday; met Foreign Minister Sergey Lavrov on Wednesday morning; and was received by President Vladimir Putin later that day.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual([
      '2023-02-21 consultation nikolai-patrushev+wang-yi moscow occurred',
      '2023-02-22 meeting vladimir-putin+wang-yi moscow occurred',
      '2023-02-22 meeting sergey-lavrov+wang-yi moscow occurred',
    ]);
  });

  it('leaves out the one whose office another held: "Pendahulu Belousov, Sergei Shoigu, … bertemu Dong"', () => {
    expect(alone('liputan6_id_pendahulu').map(shape)).toEqual([
      '2024-04-26 meeting dong-jun+sergei-shoigu astana occurred',
      '2025-01 video_call andrei-belousov+dong-jun  occurred',
      '2025-06-25 meeting andrei-belousov+dong-jun qingdao occurred',
    ]);
  });
  it('takes Al Jazeera’s "[File: …]" caption for an archive photo, not the article’s first contact: the call is its event', () => {
    expect(alone('aljazeera_en_file_caption').map(shape)).toContain('2025-06-19 phone_call vladimir-putin+xi-jinping  occurred');
    expect(alone('aljazeera_en_file_caption').map(shape)).not.toContain('2025-05 meeting vladimir-putin+xi-jinping moscow occurred');
  });
  it('reads "the second video summit between Xi and Putin" as the video call, and Putin’s "video call with US President Joe Biden" as no Xi–Putin contact', () => {
    expect(alone('scmp_en_video_summit_briefed').map(shape)).toEqual(['2021-12-15 video_call vladimir-putin+xi-jinping  occurred']);
    const body = 'Xi dan Putin gelar KTT virtual\n\nRabu, 15 Desember 2021 20:00 WIB\n\nPresiden China Xi Jinping dan Presiden Rusia Vladimir Putin menggelar KTT virtual pada Rabu (15/12/2021).';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2021-12-15 video_call vladimir-putin+xi-jinping  occurred']);
  });
  it('splits "traveled to Moscow in August for talks with Mishustin, and was received by Putin at the Kremlin on August 21" into two contacts, each with its own date', () => {
    const body =
      'The year in review\n\nNovember 05, 2024\n\nPremier Li Qiang traveled to Moscow in August for the 29th regular meeting of heads of government with his Russian counterpart Mikhail Mishustin, and was received by Putin at the Kremlin on August 21.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-08 meeting li-qiang+mikhail-mishustin moscow occurred', '2024-08-21 meeting li-qiang+vladimir-putin moscow occurred']);
    // "talks with Wang Yi and a meeting with President Xi Jinping on 9 April": the day named after the second is its own.
    expect(alone('thinktank_en_chronology_bullets').filter((e) => e.participants.includes('xi-jinping') && e.participants.includes('sergey-lavrov')).map((e) => e.date.value)).toEqual(['2024-04-09']);
  });
  it('borrows no people or day from the next bullet of a summary ("- Putin to attend Wednesday parade alongside Xi")', () => {
    const events = alone('reuters_en_summary_bullets').map(shape);
    expect(events).toContain('2025-09-02 summit vladimir-putin+xi-jinping beijing occurred');
    expect(events).toContain('2025-08-08 phone_call vladimir-putin+xi-jinping  occurred');
    expect(events.filter((e) => e.startsWith('2025-08-27'))).toEqual([]);
  });
  it('reads "the Chinese diplomat was received by the Russian foreign minister" as the Chinese one of the contact before, met by Lavrov', () => {
    expect(alone('tass_en_the_chinese_diplomat').map(shape)).toEqual([
      '2026-01 phone_call sergey-lavrov+wang-yi  occurred',
      '2026-01-27 meeting sergey-lavrov+sun-weidong moscow occurred',
      '2026-01-27 consultation andrey-rudenko+sun-weidong moscow occurred',
      // "Putin said in December that he had accepted Xi Jinping's invitation to attend the APEC summit that China will host in Shenzhen in November 2026".
      '2026-11 visit vladimir-putin+xi-jinping shenzhen planned',
    ]);
  });
  it('dates "this morning you had substantive talks with Mr Lavrov", said to Wang Yi in a Kremlin transcript, on the day of the meeting', () => {
    expect(alone('kremlin_en_this_morning_you').map(shape)).toEqual(['2025-04-01 meeting vladimir-putin+wang-yi moscow occurred', '2025-04-01 meeting sergey-lavrov+wang-yi moscow occurred']);
  });
  it('places a contact at the place right after its own words, not at one an earlier clause names', () => {
    const body =
      'The year in review\n\nNovember 05, 2024\n\nChina’s top diplomat, Wang Yi, and Russian Foreign Minister Sergey Lavrov, who had already held talks in Beijing in April, met again in Vientiane on July 25, on the margins of ASEAN-related meetings.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-04 meeting sergey-lavrov+wang-yi beijing occurred', '2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']);
  });
  it.each([
    'Wang dan Lavrov, bersama Menlu AS Antony Blinken, dijadwalkan menghadiri pertemuan menteri luar negeri KTT Asia Timur dan Forum Regional ASEAN di Vientiane pada Jumat (26/7/2024).',
    'Wang Yi and Sergey Lavrov will attend the ASEAN Regional Forum ministerial meeting in Vientiane on Friday, July 26, 2024.',
  ])('makes no contact of two ministers attending a gathering’s session: %j', (sentence) => {
    const { dataset } = compileText(`Judul berita\n\n25 Juli 2024\n\n${sentence}`);
    expect(dataset.events).toEqual([]);
  });
  it.each([
    ['Presiden Xi Jinping dan Vladimir Putin terakhir berbicara melalui telepon pada 24 Februari, bertepatan dengan peringatan tiga tahun invasi.', '2025-02-24 phone_call vladimir-putin+xi-jinping  occurred'],
    ['Xi Jinping and Vladimir Putin last spoke by phone on Feb. 24, the third anniversary of the invasion.', '2025-02-24 phone_call vladimir-putin+xi-jinping  occurred'],
  ])('takes the last contact dated to the day as a contact: %j', (sentence, event) => {
    const { dataset } = compileText(`Judul berita\n\n1 April 2025\n\n${sentence}`);
    expect(dataset.events.map(shape)).toEqual([event]);
  });
  it('takes no contact from a journalist’s question at a briefing that asks to confirm it', () => {
    const body =
      'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 16, 2025\n\nJune 16, 2025\n\nAFP: A Japanese newspaper reported that Defense Minister Dong Jun held an unannounced meeting with Sergei Shoigu, secretary of Russia’s Security Council, in Beijing last week. Can you confirm that such a meeting took place?\n\nLin Jian: I’m not aware of what you mentioned.';
    const { dataset, report } = compileText(body);
    expect(dataset.events).toEqual([]);
    expect(report.articles[0]!.notes.join()).toMatch(/a question asking to confirm it/);
  });
  it.each([
    ["Last year's 29th regular meeting was held in Moscow in August, when Li Qiang traveled to the Russian capital for talks with Mikhail Mishustin.", '2024-08 meeting li-qiang+mikhail-mishustin moscow occurred'],
    ['Tahun lalu, Li Qiang bertemu Mikhail Mishustin di Moskow pada 21 Agustus.', '2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred'],
  ])('gives a yearless month or day the year its sentence names relative to the article: %j', (sentence, event) => {
    const { dataset } = compileText(`Judul berita\n\n3 November 2025\n\n${sentence}`);
    expect(dataset.events.map(shape)).toEqual([event]);
  });
  it.each([
    ['Wang Yi diterima Putin\n\nRabu, 2 April 2025 | 14:05 WIB\n\nMOSKOW - Menteri Luar Negeri China Wang Yi diterima Presiden Rusia Vladimir Putin di Kremlin pada Selasa (1/4), sehari setelah menggelar pembicaraan panjang dengan Menteri Luar Negeri Rusia Sergei Lavrov.', '2025-03-31'],
    ['Wang Yi received by Putin\n\nApril 2, 2025\n\nChinese Foreign Minister Wang Yi was received by Russian President Vladimir Putin at the Kremlin on Tuesday, a day after holding lengthy talks with Russian Foreign Minister Sergey Lavrov.', '2025-03-31'],
    ['Wang Yi diterima Putin\n\nRabu, 2 April 2025\n\nMenteri Luar Negeri China Wang Yi diterima Presiden Rusia Vladimir Putin di Kremlin pada Selasa (1/4), dua hari sebelum bertemu Menteri Luar Negeri Rusia Sergei Lavrov.', '2025-04-03'],
  ])('counts the subject’s other contact in a "sehari setelah …"/"a day after …" clause from the main one’s day: %j', (body, day) => {
    const { dataset } = compileText(body);
    const byPeople = (e: (typeof dataset.events)[number]) => [...e.participants].sort().join('+');
    expect(Object.fromEntries(dataset.events.map((e) => [byPeople(e), e.date.value]))).toEqual({ 'vladimir-putin+wang-yi': '2025-04-01', 'sergey-lavrov+wang-yi': day });
    expect(dataset.events).toHaveLength(2);
  });
  it('leaves out the addressee of greetings someone is asked to pass on, so the Kremlin meeting told of again is the one already reported', () => {
    const body =
      'Wang Yi diterima Putin\n\nRabu, 2 April 2025\n\nMenteri Luar Negeri China Wang Yi diterima Presiden Rusia Vladimir Putin di Kremlin pada Selasa (1/4). Kunjungan Wang ke Moskow dimulai Senin (31/3).\n\nDalam pertemuan di Kremlin, Wang menyampaikan salam dari Presiden Xi Jinping. Putin meminta Wang menyampaikan salam balik kepada Xi.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-04-01 meeting vladimir-putin+wang-yi moscow occurred']);
  });
  it('reads "menjamu Li … pada Selasa malam, sebelum pembicaraan resmi keesokan harinya" as two rounds, so "Pada hari yang sama" after it is the day of the talks', () => {
    const body =
      'Li Qiang di Moskow\n\nKamis, 22 Agustus 2024\n\nPerdana Menteri China Li Qiang tiba di Moskow pada Selasa (20/8). Perdana Menteri Rusia Mikhail Mishustin menjamu Li di kediamannya di Gorki pada Selasa malam, sebelum pembicaraan resmi keesokan harinya di Moskow.\n\nPada hari yang sama, Presiden Rusia Vladimir Putin menerima Li di Kremlin.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape).sort()).toEqual([
      '2024-08-20 meeting li-qiang+mikhail-mishustin moscow occurred',
      '2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred',
      '2024-08-21 meeting li-qiang+vladimir-putin moscow occurred',
    ]);
  });
  it('takes "Kedua perdana menteri sepakat menggelar pertemuan ke-30 di China tahun depan" as their planned meeting in China, not where they met', () => {
    const body =
      'Li dan Mishustin bertemu\n\nKamis, 22 Agustus 2024\n\nPerdana Menteri China Li Qiang dan Perdana Menteri Rusia Mikhail Mishustin bertemu di Moskow, Rabu (21/8/2024). Kedua perdana menteri sepakat menggelar pertemuan ke-30 di China tahun depan.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred', '2025 meeting li-qiang+mikhail-mishustin beijing planned']);
  });
  it.each([
    ['pada 16 Mei lalu', ['2024-05-16 visit vladimir-putin beijing occurred', '2024-08-21 meeting li-qiang+vladimir-putin moscow occurred', '2025 meeting li-qiang+vladimir-putin beijing planned']],
    // Recalled to the month only, it is background: no event.
    ['pada Mei lalu', ['2024-08-21 meeting li-qiang+vladimir-putin moscow occurred', '2025 meeting li-qiang+vladimir-putin beijing planned']],
  ])('takes a trip recalled to the day ("mengenang kunjungan kenegaraannya ke Beijing dan Harbin %s") as that earlier visit, not as the setting of the talks reported', (when, events) => {
    const body = `Putin terima Li\n\nKamis, 22 Agustus 2024\n\nPresiden Rusia Vladimir Putin menerima Perdana Menteri China Li Qiang di Kremlin pada Rabu (21/8). Putin juga mengenang kunjungan kenegaraannya ke Beijing dan Harbin ${when}. Keduanya sepakat bertemu lagi di China tahun depan.`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape).sort()).toEqual(events);
  });
  it('takes "the two Ministers" after "Mr. Jaishankar said his talks with Mr. Qin …" for those two, so their last meeting is no Qin–Lavrov contact and dates nothing', () => {
    const body =
      'Jaishankar meets Qin, Lavrov\n\nMay 04, 2023\n\nExternal Affairs Minister S. Jaishankar on Thursday held separate meetings with Chinese Foreign Minister Qin Gang and Russian Foreign Minister Sergei Lavrov in Goa.\n\nMr. Jaishankar said his talks with Mr. Qin focused on the border. The two Ministers had last met in New Delhi on March 2, during the G20 meeting.\n\nLater in the evening, Mr. Lavrov and Mr. Qin held their own meeting.';
    const { dataset, report } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2023-05-04 meeting qin-gang+sergey-lavrov  occurred']);
    expect(report.articles[0]!.notes.join()).toMatch(/background, not a contact: 'The two Ministers had last met/);
  });
  it.each([
    'Dalam pidatonya di KTT, Presiden China Xi Jinping menyerukan penolakan terhadap mentalitas Perang Dingin. Putin menimpali bahwa SCO telah menjadi fondasi.',
    'In his speech at the summit, Chinese President Xi Jinping called for rejecting a Cold War mentality. Putin said the SCO had become a foundation.',
  ])('takes a speech at a summit for no summit of the two, so it does not turn their talks into one: %j', (speech) => {
    const body = `Judul\n\nKamis, 4 September 2025\n\nPresiden Rusia Vladimir Putin tiba di Tianjin pada Minggu (31/8).\n\n${speech}\n\nPada Selasa (2/9), Putin dan Xi menggelar pembicaraan resmi di Beijing.`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-09-02 meeting vladimir-putin+xi-jinping beijing occurred']);
  });
  it('makes no contact of the talks someone is briefed about, and takes "They held a video call on January 21" for the pair of the call before', () => {
    const body =
      'Putin briefs Xi\n\nFebruary 24, 2025 15:42 GMT\n\nChinese leader Xi Jinping and Russian President Vladimir Putin spoke by phone on February 24.\n\nAccording to a Kremlin readout, Putin informed Xi about the February 18 talks in Riyadh between Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio, the first high-level meeting between the two countries since the invasion.\n\nIt was the second conversation between the two leaders this year. They held a video call on January 21, a day after Trump\'s inauguration.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-01-21 video_call vladimir-putin+xi-jinping  occurred', '2025-02-24 phone_call vladimir-putin+xi-jinping  occurred']);
  });
  it('dates the article by "By … | China Daily | Updated: 2024-07-26 07:12", the meeting by the "said on Thursday" its remarks were made at, and "met … earlier this month" to the month', () => {
    const body =
      'Wang, Lavrov pledge closer coordination\n\nBy GAO SHUYUN in Vientiane | China Daily | Updated: 2024-07-26 07:12\n\nChina and Russia will strengthen coordination in the Asia-Pacific region, Foreign Minister Wang Yi said on Thursday.\n\nWang made the remarks while meeting with Russian Foreign Minister Sergey Lavrov in Vientiane, Laos.\n\nNoting that President Xi Jinping and President Vladimir Putin met in Astana, Kazakhstan, earlier this month and reached new common understandings, Wang said the two sides should keep the momentum.';
    const { dataset, report } = compileText(body);
    expect(report.articles[0]!.published).toBe('2024-07-26');
    expect(dataset.events.map(shape)).toEqual(['2024-07 meeting vladimir-putin+xi-jinping astana occurred', '2024-07-25 meeting sergey-lavrov+wang-yi vientiane occurred']);
  });
  it.each([
    'During that trip, Wang also held talks with Putin.',
    'Dalam kunjungan itu, Wang juga bertemu Putin.',
  ])('takes a contact of the background trip just told of as background too: %j', (sentence) => {
    const body = `Xi receives Lavrov\n\nApril 9, 2024\n\nChinese President Xi Jinping met with Russian Foreign Minister Sergey Lavrov in Beijing on Tuesday. Lavrov had earlier on Tuesday held talks with Chinese Foreign Minister Wang Yi.\n\nWang and Lavrov last met in person when Wang visited Moscow last September. ${sentence}`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape).sort()).toEqual(['2024-04-09 meeting sergey-lavrov+wang-yi beijing occurred', '2024-04-09 meeting sergey-lavrov+xi-jinping beijing occurred']);
  });
  it.each([
    'Selain bertemu Wang Yi, Shoigu dijadwalkan bertemu Wakil Ketua Komisi Militer Pusat China, Jenderal Zhang Youxia, pada Selasa, 19 November 2024.',
    'Besides meeting Wang Yi, Shoigu is scheduled to meet Zhang Youxia, vice chairman of China\'s Central Military Commission, on Tuesday, November 19, 2024.',
  ])('leaves the people of a leading "Selain …"/"Besides …" clause out of the main clause’s planned contact: %j', (sentence) => {
    const body = `Shoigu di Beijing\n\nSelasa, 19 November 2024 | 10:45 WIB\n\nSekretaris Dewan Keamanan Rusia Sergei Shoigu dan Menteri Luar Negeri China Wang Yi menggelar konsultasi keamanan strategis di Beijing pada Senin, 18 November 2024.\n\n${sentence}`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-11-18 consultation sergei-shoigu+wang-yi beijing occurred', '2024-11-19 meeting sergei-shoigu+zhang-youxia beijing planned']);
  });
  it.each([
    ['Ushakov also said Xi had accepted an invitation to attend celebrations in Moscow in May marking the 80th anniversary of the victory.', '2025-05 visit xi-jinping moscow planned'],
    ['Putin has accepted Xi\'s invitation to come to China at the end of August for the summit in Tianjin.', '2025-08 summit vladimir-putin+xi-jinping tianjin planned'],
    ['Xi declined an invitation to attend the celebrations in Moscow in May.', null],
  ])('takes an accepted invitation to attend or come as a planned visit, even beside a call of the visitor, and a declined one as none: %j', (sentence, event) => {
    const body = `Judul\n\nFebruary 24, 2025\n\nChinese leader Xi Jinping and Russian President Vladimir Putin spoke by phone on February 24.\n\n${sentence}`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-02-24 phone_call vladimir-putin+xi-jinping  occurred', ...(event ? [event] : [])]);
  });
  it('reads a numbered chronology entry by entry: each entry’s date for all its contacts, and no merging across entries', () => {
    const body =
      'Kilas Balik 2024\n\nSenin, 30 Desember 2024 | 07:15 WIB\n\nKompas merangkum pertemuan penting pejabat China dan Rusia selama 2024.\n\n1. 16 Mei 2024 — Kunjungan kenegaraan Putin ke Beijing\nPresiden Rusia Vladimir Putin dan Presiden China Xi Jinping menggelar pembicaraan di Aula Besar Rakyat, Beijing. Pada hari yang sama, Putin juga bertemu Perdana Menteri China Li Qiang.\n\n2. 3 Juli 2024 — Xi dan Putin di Astana\nKedua pemimpin kembali bertatap muka di sela KTT SCO di Astana, Kazakhstan.\n\n3. 21 Agustus 2024 — Pertemuan rutin kepala pemerintahan\nPerdana Menteri Li Qiang berkunjung ke Moskwa dan memimpin pertemuan reguler bersama Perdana Menteri Rusia Mikhail Mishustin. Seusai pertemuan itu, Li diterima Putin di Kremlin.\n\n5. 22 Oktober 2024 — Bertemu lagi di Kazan\nXi terbang ke Kazan, Rusia, untuk menghadiri KTT BRICS. Sehari sebelum pembukaan resmi KTT, ia menggelar pembicaraan bilateral dengan Putin.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape).sort()).toEqual([
      '2024-05-16 meeting li-qiang+vladimir-putin beijing occurred',
      '2024-05-16 meeting vladimir-putin+xi-jinping beijing occurred',
      '2024-07-03 meeting vladimir-putin+xi-jinping astana occurred',
      '2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred',
      '2024-08-21 meeting li-qiang+vladimir-putin moscow occurred',
      '2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred',
    ]);
  });
  it('takes "Seusai pembicaraan dengan Belousov, Dong melaporkan hasilnya kepada … Zhang Youxia" as the talks already reported, not a meeting with Zhang', () => {
    const body =
      'Menhan bicara\n\nKamis 19 Jun 2025 19:45 WIB\n\nMenteri Pertahanan China Dong Jun dan Menteri Pertahanan Rusia Andrei Belousov menggelar pembicaraan melalui tautan video pada Senin (16/6).\n\nSeusai pembicaraan dengan Belousov, Dong melaporkan hasilnya kepada Wakil Ketua Komisi Militer Pusat China Zhang Youxia.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-06-16 video_call andrei-belousov+dong-jun  occurred']);
  });
  it('reads a look back and the next day after it ("Sehari sebelumnya, Shoigu yang tiba … pada Minggu malam bertemu …", "Keesokan harinya"), keeps Wang Xiaohong apart from Wang Yi, and makes no contact of two Russians with an unknown American', () => {
    const body =
      'Shoigu di Beijing\n\nSelasa, 18 Feb 2025 21:05 WIB\n\nBeijing - Sekretaris Dewan Keamanan Rusia Sergei Shoigu menemui Sekretaris Komisi Urusan Politik dan Hukum Pusat Partai Komunis China, Chen Wenqing. Pertemuan keduanya digelar pada Selasa (18/2).\n\nSehari sebelumnya, Shoigu yang tiba di Beijing pada Minggu malam bertemu Menteri Keamanan Publik China Wang Xiaohong.\n\nKeesokan harinya, Shoigu dijadwalkan diterima Wakil Presiden China Han Zheng.\n\nKunjungan Shoigu berlangsung bersamaan dengan pertemuan Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar Negeri AS Marco Rubio di Riyadh, Arab Saudi, pada hari yang sama.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape).sort()).toEqual([
      '2025-02-17 meeting sergei-shoigu+wang-xiaohong beijing occurred',
      '2025-02-18 meeting chen-wenqing+sergei-shoigu beijing occurred',
      '2025-02-19 meeting han-zheng+sergei-shoigu beijing planned',
    ]);
  });
  it('takes a welcome at the airport for protocol, not a contact, and knows the vice-premiers of the intergovernmental commissions', () => {
    const arrival = 'Xi di Moskow\n\nKamis, 8 Mei 2025\n\nPresiden China Xi Jinping tiba di Bandara Vnukovo, Moskwa, pada Rabu (7/5/2025) sore dan disambut Wakil Perdana Menteri Rusia Dmitry Chernyshenko.';
    expect(compileText(arrival).dataset.events).toEqual([]);
    // Received at the Kremlin after an arrival at the airport is a meeting still.
    const received = 'Xi di Moskow\n\nTuesday, March 21, 2023\n\nChinese President Xi Jinping, who arrived at Vnukovo airport on Monday, was received by Russian President Vladimir Putin at the Kremlin on Monday.';
    expect(compileText(received).dataset.events.map(shape)).toEqual(['2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred']);
    const commission =
      "Manturov in Beijing\n\nPublished: 6:30pm, 15 Nov 2024\n\nManturov and Vice-Premier Zhang Guoqing on Wednesday co-chaired the 11th meeting of the China-Russia intergovernmental commission on investment cooperation, Russia's First Deputy Prime Minister Denis Manturov said. The day before, Manturov met Vice-Premier He Lifeng.";
    expect(compileText(commission).dataset.events.map((e) => [e.date.value, [...e.participants].sort().join('+')])).toEqual([
      ['2024-11-12', 'denis-manturov+he-lifeng'],
      ['2024-11-13', 'denis-manturov+zhang-guoqing'],
    ]);
  });
  it.each([
    ['The call followed a video conference between Chinese leader Xi Jinping and Russian President Vladimir Putin on Jan. 21.', '2025-01-21 video_call vladimir-putin+xi-jinping  occurred'],
    ['The call came days after Xi Jinping and Vladimir Putin met on Feb. 10 in Moscow.', '2025-02-10 meeting vladimir-putin+xi-jinping moscow occurred'],
  ])('reads "The call followed …" as the call just reported and an earlier contact of its own: %j', (sentence, earlier) => {
    const body = `Judul\n\nFebruary 20, 2025\n\nChinese Foreign Minister Wang Yi and Russian Foreign Minister Sergey Lavrov spoke by phone on Wednesday.\n\n${sentence}`;
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual([earlier, '2025-02-19 phone_call sergey-lavrov+wang-yi  occurred']);
  });
  it('makes no Ding–Putin contact of "Sehari setelah sambungan video Novak–Ding, Putin dan Trump berbicara melalui telepon"', () => {
    const body =
      'Pipa gas\n\nJumat, 14 Februari 2025\n\nPada Selasa (11/2), Wakil Perdana Menteri Rusia Alexander Novak dan Wakil Perdana Menteri China Ding Xuexiang berbicara melalui sambungan video. Sehari setelah sambungan video Novak–Ding, Presiden Rusia Vladimir Putin dan Donald Trump berbicara melalui telepon, Rabu (12/2).';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-02-11 video_call alexander-novak+ding-xuexiang  occurred']);
  });
  it('takes a report word\'s date only when it follows the word within its clause: "Menurut jadwal yang dirilis Duma, Volodin akan bertemu … Li Qiang pada Jumat (25/4)" is the meeting\'s', () => {
    const body =
      'Volodin di Beijing\n\nKamis, 24 April 2025 - 14:22 WIB\n\nKetua Duma Negara Rusia Vyacheslav Volodin bertemu Ketua Komite Tetap Kongres Rakyat Nasional China Zhao Leji di Beijing pada Rabu (23/4).\n\nMenurut jadwal yang dirilis Duma, Volodin akan bertemu Perdana Menteri China Li Qiang pada Jumat (25/4) sebelum mengakhiri lawatannya.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-04-23 meeting vyacheslav-volodin+zhao-leji beijing occurred', '2025-04-25 meeting li-qiang+vyacheslav-volodin beijing planned']);
  });
  it.each([
    'Wakil Menteri Luar Negeri Rusia Andrey Rudenko dijadwalkan ke Beijing bulan depan untuk konsultasi rutin dengan Wakil Menteri Luar Negeri China Sun Weidong.',
    'Russian Deputy Foreign Minister Andrey Rudenko is scheduled to travel to Beijing next month for regular consultations with Chinese Vice Foreign Minister Sun Weidong.',
  ])('reads "konsultasi rutin dengan" / "consultations with" as a consultation: %j', (sentence) => {
    const { dataset } = compileText(`Judul\n\n13 June 2025 16:40\n\n${sentence}`);
    expect(dataset.events.map(shape)).toEqual(['2025-07 consultation andrey-rudenko+sun-weidong beijing planned']);
  });
  it.each([
    ['February 24, 2025', 'Russian President Vladimir Putin informed Chinese President Xi Jinping about his talks with Trump during a phone call on Monday.'],
    ['Selasa, 25 Februari 2025', 'Presiden Rusia Vladimir Putin memberi tahu Presiden China Xi Jinping tentang perundingan dengan AS dalam percakapan telepon pada Senin (24/2).'],
  ])('keeps the call a briefing is given in ("informed Xi about … during a phone call"): %s', (date, sentence) => {
    const { dataset } = compileText(`Judul\n\n${date}\n\n${sentence}`);
    expect(dataset.events.map(shape)).toEqual(['2025-02-24 phone_call vladimir-putin+xi-jinping  occurred']);
  });
  it('dates "Wang Yi yang tiba di Moskow pada Senin (20/3) langsung bertemu Lavrov" by the arrival when no other day is named', () => {
    const { dataset } = compileText('Judul\n\nSelasa, 21 Maret 2023\n\nWang Yi yang tiba di Moskow pada Senin (20/3) langsung bertemu Menteri Luar Negeri Rusia Sergei Lavrov.');
    expect(dataset.events.map(shape)).toEqual(['2023-03-20 meeting sergey-lavrov+wang-yi moscow occurred']);
  });
  it('takes "Presiden Xi dijadwalkan hadir di Moskow … pada 9 Mei" as a planned visit, and gives "Keduanya membahas …" after "pembicaraan Wang dengan Lavrov" to those two', () => {
    const body =
      'Wang Yi di Moskow\n\nRabu, 2 April 2025 | 14:05 WIB\n\nMenteri Luar Negeri China Wang Yi diterima Presiden Rusia Vladimir Putin di Kremlin pada Selasa (1/4), sehari setelah menggelar pembicaraan panjang dengan Menteri Luar Negeri Rusia Sergei Lavrov.\n\n"Presiden Xi Jinping dijadwalkan hadir di Moskow untuk peringatan 80 tahun Kemenangan pada 9 Mei," kata Peskov kepada wartawan.\n\nAdapun pembicaraan Wang dengan Lavrov pada Senin berlangsung lebih dari tiga jam. Keduanya membahas situasi Ukraina dan persiapan KTT SCO.';
    const { dataset } = compileText(body);
    expect(dataset.events.map((e) => `${shape(e)} {${[...e.topics].sort().join(',')}}`)).toEqual([
      '2025-03-31 meeting sergey-lavrov+wang-yi moscow occurred {sco,ukraine}',
      '2025-04-01 meeting vladimir-putin+wang-yi moscow occurred {}',
      '2025-05-09 visit xi-jinping moscow planned {}',
    ]);
  });
  it('reads "preparations were reviewed for the visit of Putin to China … on August 31" as planned, and "The ministers also agreed to meet … in July" as the ministers’ planned meeting', () => {
    const body =
      'Lavrov, Wang Yi discuss escalation\n\nMOSCOW, June 18. /TASS/. A telephone conversation was held between Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi on Tuesday.\n\nPreparations were reviewed for the visit of Russian President Vladimir Putin to China to attend the SCO summit in Tianjin on August 31 - September 1. The ministers also agreed to meet in person on the sidelines of the SCO Council of Foreign Ministers in Tianjin in July.\n\n18 June 2025, 11:25';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual([
      '2025-06-17 phone_call sergey-lavrov+wang-yi  occurred',
      '2025-07 meeting sergey-lavrov+wang-yi tianjin planned',
      '2025-08-31 visit vladimir-putin tianjin planned',
    ]);
  });
  it('makes no contact of "No Xi–Putin meeting at BRICS summit" or "skipped a BRICS summit …, ruling out a meeting with Vladimir Putin"', () => {
    const body =
      'No Xi–Putin meeting at BRICS summit in Rio as both leaders stay away\n\nMon 7 Jul 2025 14.30 BST\n\nXi Jinping has skipped a BRICS summit for the first time in his more than 12 years in power, sending Premier Li Qiang to Rio de Janeiro in his place and ruling out a meeting with Vladimir Putin.\n\nRussia was represented in person by Foreign Minister Sergey Lavrov. Li held talks with Lavrov on the sidelines of the summit on Sunday.';
    const { dataset } = compileText(body);
    expect(dataset.events.map((e) => [e.date.value, [...e.participants].sort().join('+')])).toEqual([['2025-07-06', 'li-qiang+sergey-lavrov']]);
  });
  it('takes "Putin and Xi last spoke by phone on August 8, …, the Kremlin aide recalled" as the call of that day', () => {
    const { dataset } = compileText('Judul\n\nSunday, August 31, 2025\n\nRussian President Vladimir Putin and Chinese President Xi Jinping last spoke by phone on August 8, when Putin briefed the Chinese leader on his talks with US envoy Steve Witkoff, the Kremlin aide recalled.');
    expect(dataset.events.map(shape)).toEqual(['2025-08-08 phone_call vladimir-putin+xi-jinping  occurred']);
  });
  it('takes an undated contact in a live blog\'s time-stamped entry as news of the blog\'s day, not background or another entry\'s day', () => {
    const body =
      'LIVE: KTT BRICS di Kazan Hari Pertama\n\nKompas.id — Selasa, 22 Oktober 2024\n\n22:40 WIB — Agenda bilateral Putin untuk Rabu mencakup pertemuan dengan Presiden Iran.\n\n19:15 WIB — Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin memulai pertemuan bilateral di Kazan. Xi memuji Rusia atas penyelenggaraan KTT.\n\n14:05 WIB — Perdana Menteri India Narendra Modi bertemu Presiden Rusia Vladimir Putin di Kazan.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-10-22 meeting vladimir-putin+xi-jinping kazan occurred']);
  });
  it('makes no contact of "The Kremlin has said such a meeting needs careful preparation" or "pertemuan semacam itu", the kind of meeting just speculated about', () => {
    const body =
      'Putin, Xi talk by phone\n\nFebruary 24, 2025\n\nMOSCOW, Feb 24 (Reuters) - Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping on Monday.\n\nTrump has said he could meet the Russian leader "very soon". The Kremlin has said such a meeting needs careful preparation.\n\nUshakov also said Putin had repeated an invitation for Xi to attend celebrations in Moscow on May 9. Menurut Peskov, pertemuan semacam itu dengan Xi belum dijadwalkan.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2025-02-24 phone_call vladimir-putin+xi-jinping  occurred']);
  });
  it('counts "Pada hari yang sama dengan pembicaraan resmi" from the official talks it names, not from the informal meeting told after them', () => {
    const body =
      'Xi Tinggalkan Moskow\n\nKamis, 23 Maret 2023 - 07:05 WIB\n\nPembicaraan resmi antara Xi Jinping dan Presiden Rusia Vladimir Putin berlangsung di Kremlin dua hari lalu.\n\nSebelum pembicaraan resmi, Xi dan Putin telah bertemu secara informal di Kremlin pada Senin malam.\n\nPada hari yang sama dengan pembicaraan resmi, Xi juga bertemu Perdana Menteri Rusia Mikhail Mishustin.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual([
      '2023-03-20 meeting vladimir-putin+xi-jinping moscow occurred',
      '2023-03-21 meeting vladimir-putin+xi-jinping moscow occurred',
      '2023-03-21 meeting mikhail-mishustin+xi-jinping moscow occurred',
    ]);
  });
  it('keeps the contact of "Xi Jinping dan Vladimir Putin menggelar pertemuan trilateral dengan Presiden Mongolia …": both sides are its subject, the stranger joins them', () => {
    const { dataset } = compileText('Judul\n\nRabu, 3 September 2025 | 08:12 WIB\n\nPada Selasa (2/9), Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin menggelar pertemuan trilateral dengan Presiden Mongolia Ukhnaa Khurelsukh di Beijing.');
    expect(dataset.events.map(shape)).toEqual(['2025-09-02 meeting vladimir-putin+xi-jinping beijing occurred']);
  });
  it('reads "Li Hongzhong, vice chairman of the NPC Standing Committee, met Putin" as Li Hongzhong\'s meeting: a vice chairman is not the chairman (Zhao Leji) the rest of the title names', () => {
    const { dataset } = compileText('Tracker\n\nPublished: 14.10.2024 14:05\n\nLi Hongzhong, vice chairman of the NPC Standing Committee, met Putin in Vladivostok on September 4. Wakil Ketua Komite Tetap Kongres Rakyat Nasional juga bertemu Presiden Rusia Vladimir Putin pada Kamis (5/9).');
    expect(dataset.events.map(shape)).toEqual(['2024-09-04 meeting li-hongzhong+vladimir-putin vladivostok occurred', '2024-09-05 meeting li-hongzhong+vladimir-putin vladivostok occurred']);
    // Nor is a deputy speaker the speaker: no Volodin here.
    const deputy = compileText('Judul\n\nKamis, 5 September 2024\n\nWakil Ketua Duma Negara Rusia bertemu Menteri Luar Negeri China Wang Yi di Beijing pada Rabu (4/9).');
    expect(deputy.dataset.events.map(shape)).toEqual([]);
  });
  it('makes no contact of "Media reports that Xi would skip the summit …" or "There is no indication that Putin will travel to the G20 summit in Rio de Janeiro in November"', () => {
    const body =
      'Tracker\n\nPublished: 14.10.2024 14:05\n\nThe Kremlin has confirmed that Xi Jinping and Putin will hold bilateral talks in Kazan on October 22. Media reports that Xi would skip the summit were dismissed by Beijing as "groundless". There is no indication that Putin will travel to the G20 summit in Rio de Janeiro in November, so no Xi–Putin encounter is expected there.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-10-22 meeting vladimir-putin+xi-jinping kazan planned']);
  });
  it('takes "Putin received Wang the next day, September 12, …; the Kremlin said the conversation covered preparations for the Kazan summit" as that day\'s meeting, the summit being what they talked about', () => {
    const body =
      'Tracker\n\nPublished: 14.10.2024 14:05\n\nPutin received Chinese Foreign Minister Wang Yi on September 12 in St Petersburg; the Kremlin said the conversation covered preparations for the Kazan summit.';
    const { dataset } = compileText(body);
    expect(dataset.events.map(shape)).toEqual(['2024-09-12 meeting vladimir-putin+wang-yi st-petersburg occurred']);
  });
  it.each([
    'On August 21 he co-chaired the 29th regular meeting of heads of government with Mikhail Mishustin.',
    'Pada 21 Agustus ia memimpin bersama pertemuan rutin ke-29 kepala pemerintahan dengan Mikhail Mishustin.',
  ])('takes the pronoun for the subject of a chaired meeting after a visit: %s', (sentence) => {
    const { dataset } = compileText(`Tracker\n\nPublished: 14.10.2024 14:05\n\nPremier Li Qiang made an official visit to Moscow on August 20–22. ${sentence}`);
    expect(dataset.events.map(shape)).toEqual(['2024-08-21 meeting li-qiang+mikhail-mishustin moscow occurred']);
  });
});
