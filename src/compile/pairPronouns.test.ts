import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { repoData, repoOptions } from './fixtures/repo';
import { buildLexicon } from './lexicon';
import { findPairPronoun, findSinglePronoun } from './pairPronouns';

const lex = buildLexicon(repoData());

describe('findPairPronoun', () => {
  it.each([
    ['Pada Selasa, keduanya melanjutkan pembicaraan', 'melanjutkan', 'keduanya', []],
    ['Kedua pemimpin kemudian menggelar pembicaraan resmi', 'menggelar', 'Kedua pemimpin', ['president']],
    ['Kedua menteri luar negeri bertemu lagi di Beijing', 'bertemu', 'Kedua menteri luar negeri', ['foreign_minister']],
    ['Pada Selasa, kedua pihak melanjutkan perundingan', 'melanjutkan', 'kedua pihak', []],
    ['Mereka juga bertemu di Kremlin', 'bertemu', 'Mereka', []],
    ['On Tuesday, the two leaders held formal talks', 'held', 'the two leaders', ['president']],
    ['Both leaders then met in the Kremlin', 'met', 'Both leaders', ['president']],
    ['They continued their talks on Tuesday', 'continued', 'They', []],
    ['The two have also met in Beijing', 'met', 'The two', []],
    ['Keduanya berbicara melalui telepon pada Senin', 'melalui telepon', 'Keduanya', []],
    ['Sebelumnya, keduanya hanya berbicara melalui konferensi video', 'melalui konferensi video', 'keduanya', []],
  ])('%s → %s', (sentence, cue, words, roles) => {
    const p = findPairPronoun(sentence, sentence.indexOf(cue), lex);
    expect(p && [p.words, p.roles]).toEqual([words, roles]);
  });

  it('reads "kedua menteri" as any minister’s office', () => {
    const s = 'Pada Selasa, kedua menteri melanjutkan perundingan';
    expect(findPairPronoun(s, s.indexOf('melanjutkan'), lex)!.roles).toEqual(expect.arrayContaining(['foreign_minister', 'defence_minister', 'premier']));
  });

  it.each([
    ['Peskov mengatakan pembicaraan resmi kedua kepala negara akan digelar pada Selasa (21/3)', 'pembicaraan resmi', 'kedua kepala negara', ['president']],
    ['Pertemuan kedua pemimpin berlangsung selama empat jam', 'Pertemuan', 'kedua pemimpin', ['president']],
    ['Peskov said talks between the two leaders will be held on Tuesday', 'talks between', 'the two leaders', ['president']],
    ['Undangan tersebut disampaikan dalam konferensi video antara kedua pemimpin pada Jumat (30/12/2022)', 'konferensi video', 'kedua pemimpin', ['president']],
    ['The invitation was made during a video call between the two leaders on Friday', 'video call', 'the two leaders', ['president']],
  ])('the pair whose contact opens a clause and happens: %s', (sentence, cue, words, roles) => {
    const at = sentence.indexOf(cue);
    const p = findPairPronoun(sentence, at, lex, at + cue.length);
    expect(p && [p.words, p.roles]).toEqual([words, roles]);
  });

  it.each([
    ['Kedua menteri membahas persiapan pertemuan kedua kepala negara', 'pertemuan'],
    ['Pertemuan kedua pemimpin dibahas oleh para menteri', 'Pertemuan'],
    ['Para menteri membahas persiapan pertemuan antara kedua pemimpin di Kazan', 'pertemuan'],
    ['The ministers discussed preparations for a meeting between the two leaders', 'meeting'],
    ['Lavrov menyinggung pembicaraan resmi kedua kepala negara tahun lalu', 'pembicaraan resmi'],
    // The contact noun ends the text (found by the property test).
    ['. KTT', 'KTT'],
  ])('no pair for a contact that is an object or does not happen: %s', (sentence, cue) => {
    const at = sentence.indexOf(cue);
    expect(findPairPronoun(sentence, at, lex, at + cue.length)).toBeNull();
  });

  it.each([
    // Not people, or not the subject of the contact words.
    ['Pada Selasa, kedua negara menggelar pembicaraan', 'menggelar'],
    ['The two countries held talks in Beijing', 'held'],
    ['Kedua menteri membahas persiapan pertemuan kedua kepala negara', 'pertemuan'],
    ['Putin said they discussed the meeting', 'meeting'],
    ['Xi bertemu Putin, dan keduanya, menurut Peskov, bertemu', 'bertemu'],
  ])('no pair subject: %s', (sentence, cue) => {
    expect(findPairPronoun(sentence, sentence.lastIndexOf(cue), lex)).toBeNull();
  });
});

const enc = (s: string) => new TextEncoder().encode(s);
const compile = (body: string, header = 'Kamis, 23 Maret 2023 10:00 WIB') =>
  compileCorpus([{ file: 'a.txt', bytes: enc(`Judul Berita Yang Cukup Panjang\n\n${header}\n\n${body}`) }], repoData(), repoOptions()).dataset.events;
const shape = (body: string, header?: string) => compile(body, header).map((e) => `${e.date.value} ${e.type} ${[...e.participants].sort().join('+')} ${e.location}`).sort();

const XI_PUTIN_MON = 'Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin di Moskow, Senin (20/3/2023).';
const MON = '2023-03-20 meeting vladimir-putin+xi-jinping moscow';
const TUE = '2023-03-21 meeting vladimir-putin+xi-jinping moscow';

describe('a contact whose subject is the pair of an earlier contact', () => {
  it.each([
    ['keduanya', `${XI_PUTIN_MON} Pada Selasa, keduanya melanjutkan pembicaraan resmi di Kremlin.`],
    ['kedua pemimpin', `${XI_PUTIN_MON} Pada Selasa (21/3), kedua pemimpin menggelar pembicaraan resmi di Kremlin.`],
    ['kedua kepala negara', `${XI_PUTIN_MON} Selasa, kedua kepala negara kembali bertemu di Kremlin.`],
    ['kedua pihak', `${XI_PUTIN_MON} Pada Selasa, kedua pihak melanjutkan perundingan di Kremlin.`],
    ['mereka', `${XI_PUTIN_MON} Pada Selasa, mereka kembali bertemu di Kremlin.`],
    ['the two leaders', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. On Tuesday, the two leaders held formal talks in the Kremlin.'],
    ['both leaders', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. On Tuesday, both leaders met again in the Kremlin.'],
    ['they', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. On Tuesday, they continued their talks in the Kremlin.'],
    ['the two', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. On Tuesday, the two held formal talks in the Kremlin.'],
  ])('%s: two meetings on two days', (_, body) => {
    expect(shape(body)).toEqual([MON, TUE]);
  });

  it('says in the basis whom the pronoun stands for, and gives the earlier sentence as participants evidence', () => {
    const body = `${XI_PUTIN_MON} Pada Selasa, keduanya melanjutkan pembicaraan resmi di Kremlin.`;
    const tue = compile(body).find((e) => e.date.value === '2023-03-21')!;
    expect(tue.date.basis).toContain("'keduanya' = Xi Jinping and Putin of the meeting on 2023-03-20");
    expect(tue.sources[0]!.evidence!.participants).toHaveLength(2);
  });

  it.each([
    ['the two ministers', 'the two ministers met again in Beijing', '2024-04-09 meeting sergey-lavrov+wang-yi beijing'],
    ['the two leaders', 'the two leaders met again in Beijing', '2024-04-09 meeting vladimir-putin+xi-jinping beijing'],
    ['kedua menlu', 'kedua menlu bertemu lagi di Beijing', '2024-04-09 meeting sergey-lavrov+wang-yi beijing'],
  ])('%s takes the contact whose office it names, not just the nearest', (_, second, expected) => {
    const body = `Xi Jinping bertemu Vladimir Putin di Beijing, Senin (8/4/2024). Pada hari yang sama, Menlu China Wang Yi bertemu Menlu Rusia Sergey Lavrov di Beijing. Pada Selasa, ${second}.`;
    expect(shape(body, 'Rabu, 10 April 2024 10:00 WIB')).toContain(expected);
    expect(shape(body, 'Rabu, 10 April 2024 10:00 WIB')).toHaveLength(3);
  });

  it.each([
    ['same day written twice', `${XI_PUTIN_MON} Pada Senin, keduanya juga menggelar pembicaraan informal di Kremlin.`],
    ['elaboration without a date', `${XI_PUTIN_MON} Kedua pemimpin menggelar pembicaraan selama 4,5 jam di Kremlin.`],
    ['the same day by reference', `${XI_PUTIN_MON} Pada hari yang sama, keduanya menggelar pembicaraan informal di Kremlin.`],
  ])('%s: one event, one source', (_, body) => {
    const events = compile(body);
    expect(events.map((e) => `${e.date.value} ${[...e.participants].sort().join('+')}`)).toEqual(['2023-03-20 vladimir-putin+xi-jinping']);
    expect(events[0]!.sources).toHaveLength(1);
  });

  it.each([
    ['pernah bertemu', `${XI_PUTIN_MON} Keduanya pernah bertemu di Beijing pada Februari 2022.`],
    ['last met', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. They last met in Beijing in February 2022.'],
    ['met 40 times', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. The two have met more than 40 times.'],
    ['countries, not people', `${XI_PUTIN_MON} Pada Selasa, kedua negara menggelar pembicaraan di Kremlin.`],
    ['the contact is an object', `${XI_PUTIN_MON} Pada Selasa, kedua pemimpin membahas persiapan pertemuan para menteri.`],
    ['an intention', `${XI_PUTIN_MON} Keduanya sepakat untuk melanjutkan pembicaraan.`],
  ])('%s: no further event', (_, body) => {
    expect(shape(body)).toEqual([MON]);
  });

  it('makes no event from a pronoun with no earlier contact', () => {
    expect(compile('Pada Selasa, keduanya melanjutkan pembicaraan resmi di Kremlin.')).toEqual([]);
  });

  it('property: two days give two events, the same day one, for every pair form', () => {
    const days = ['Senin', 'Selasa', 'Rabu'];
    const forms = ['keduanya', 'kedua pemimpin', 'kedua pihak', 'mereka', 'kedua kepala negara'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...forms), (a, b, form) => {
        const body = `Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin di Moskow pada ${days[a]}. Pada ${days[b]}, ${form} melanjutkan pembicaraan di Kremlin.`;
        const events = compile(body);
        expect(events).toHaveLength(a === b ? 1 : 2);
        for (const e of events) expect([...e.participants].sort()).toEqual(['vladimir-putin', 'xi-jinping']);
      }),
      { numRuns: 40 },
    );
  });
});

describe('findSinglePronoun', () => {
  it.each([
    ['Ia kemudian mengadakan pembicaraan dengan Lavrov', 'mengadakan pembicaraan', 'Ia'],
    ['Sehari kemudian, dia bertemu dengan Presiden Xi', 'bertemu', 'dia'],
    ['He held talks with Wang Yi', 'held talks', 'He'],
    ['Beliau juga bertemu Mishustin', 'bertemu', 'Beliau'],
  ])('%j: %j has the subject %j', (sentence, cue, words) => {
    expect(findSinglePronoun(sentence, sentence.indexOf(cue))?.words).toBe(words);
  });
  it.each([
    ['Ia mengatakan pertemuan dengan Lavrov produktif', 'pertemuan'],
    ['Dia berharap bertemu Xi', 'bertemu'],
    ['Menurut dia, Putin bertemu Xi', 'bertemu'],
    ['Media bertemu Xi', 'bertemu'],
  ])('%j: %j has no pronoun subject', (sentence, cue) => {
    expect(findSinglePronoun(sentence, sentence.indexOf(cue))).toBeNull();
  });
});
