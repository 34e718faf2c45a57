import { describe, expect, it } from 'vitest';
import { anchorIndex, countFromContact } from './anchorContacts';
import { compileCorpus } from './compileCorpus';
import type { ResolvedDate } from './dates';
import { repoData, repoOptions } from './fixtures/repo';

const day = (value: string, alternatives: string[] = []): ResolvedDate => ({ value, precision: 'day', earliest: value, latest: value, confidence: 0.95, basis: `'${value}'`, alternatives });

describe('anchorIndex', () => {
  it.each([
    [[1, null, null], 2, 0],
    [[1, 2, null], 2, 1],
    [[null, null, 3], 0, 2],
    [[null, 5, null, 7], 2, 1],
    [[null, null], 0, null],
  ])('%j at %i → %s', (dated, k, expected) => {
    expect(anchorIndex(dated, k)).toBe(expected);
  });
});

describe('countFromContact', () => {
  it('moves a day and its alternatives, and says from what', () => {
    const r = countFromContact(day('2024-07-03', ['2019-07-03']), { words: 'Sehari sebelumnya', days: -1 }, 'Xi Jinping – Putin meeting');
    expect([r.value, r.earliest, r.latest, r.alternatives]).toEqual(['2024-07-02', '2024-07-02', '2024-07-02', ['2019-07-02']]);
    expect(r.basis).toBe("'Sehari sebelumnya' = one day before the Xi Jinping – Putin meeting on 2024-07-03; that contact's date: '2024-07-03'");
    expect(r.confidence).toBe(0.85);
  });

  it('crosses a month and a year', () => {
    expect(countFromContact(day('2024-12-31'), { words: 'the next day', days: 1 }, 'x').value).toBe('2025-01-01');
    expect(countFromContact(day('2024-03-01'), { words: 'sehari sebelumnya', days: -1 }, 'x').value).toBe('2024-02-29');
  });

  it('keeps a month as a month, widened by the shift', () => {
    const month: ResolvedDate = { value: '2024-04', precision: 'month', earliest: '2024-04-01', latest: '2024-04-30', confidence: 0.7, basis: 'b', alternatives: [] };
    const r = countFromContact(month, { words: 'two days later', days: 2 }, 'x');
    expect([r.value, r.precision, r.earliest, r.latest]).toEqual(['2024-04', 'month', '2024-04-01', '2024-05-02']);
  });
});

// Small articles, each: a dated contact, then a further one dated by a phrase counted from it.
const enc = (s: string) => new TextEncoder().encode(s);
const compile = (text: string) => compileCorpus([{ file: 'a.txt', bytes: enc(text) }], repoData(), repoOptions());
const HEAD = 'Judul\n\nJakarta - Presiden Xi Jinping bertemu Presiden Vladimir Putin di Astana pada Rabu (3/7/2024).\n\n';
const HEAD_EN = 'Headline\n\nASTANA - Chinese President Xi Jinping met Russian President Vladimir Putin in Astana on July 3, 2024.\n\n';

describe('a further contact dated from the one before it', () => {
  it.each([
    [HEAD, 'Sehari sebelumnya, Wang Yi mengadakan pembicaraan dengan Sergey Lavrov.', '2024-07-02'],
    [HEAD, 'Sehari kemudian, Wang Yi berunding dengan Sergey Lavrov.', '2024-07-04'],
    [HEAD, 'Keesokan harinya, Wang Yi bertemu Sergey Lavrov.', '2024-07-04'],
    [HEAD, 'Esok harinya, Wang Yi melakukan pembicaraan dengan Sergey Lavrov.', '2024-07-04'],
    [HEAD, 'Dua hari kemudian, Wang Yi bertemu Sergey Lavrov.', '2024-07-05'],
    [HEAD, 'Dua hari sebelumnya, Wang Yi bertemu Sergey Lavrov.', '2024-07-01'],
    [HEAD, 'Pada hari yang sama, Wang Yi bertemu Sergey Lavrov.', '2024-07-03'],
    [HEAD, 'Malam harinya, Wang Yi bertukar pandangan dengan Sergey Lavrov.', '2024-07-03'],
    [HEAD_EN, 'The day before, Wang Yi held talks with Sergey Lavrov.', '2024-07-02'],
    [HEAD_EN, 'The previous day, Wang Yi met Sergey Lavrov.', '2024-07-02'],
    [HEAD_EN, 'The next day, Wang Yi met Sergey Lavrov.', '2024-07-04'],
    [HEAD_EN, 'The following day, Wang Yi held talks with Sergey Lavrov.', '2024-07-04'],
    [HEAD_EN, 'Two days later, Wang Yi met Sergey Lavrov.', '2024-07-05'],
    [HEAD_EN, 'A day earlier, Wang Yi met Sergey Lavrov.', '2024-07-02'],
    [HEAD_EN, 'Later that day, Wang Yi met Sergey Lavrov.', '2024-07-03'],
  ])('%#: %s%s → %s', (head, sentence, date) => {
    const { dataset } = compile(head + sentence);
    const ministers = dataset.events.filter((e) => e.participants.includes('wang-yi'));
    expect(ministers.map((e) => e.date.value)).toEqual([date]);
    expect(ministers[0]!.date.basis).toMatch(/Xi Jinping – Putin meeting on 2024-07-03/);
    expect(dataset.events).toHaveLength(2);
  });

  it.each([
    // The contact before it dates these: upon arrival, after the meeting.
    [HEAD, 'Setibanya di Astana, Wang Yi langsung menggelar pertemuan dengan Sergey Lavrov.', '2024-07-03'],
    [HEAD, 'Usai pertemuan, Wang Yi diterima oleh Sergey Lavrov.', '2024-07-03'],
    [HEAD, 'Seusai pembicaraan tersebut, Wang Yi bertemu Sergey Lavrov.', '2024-07-03'],
    [HEAD_EN, 'Upon arrival, Wang Yi met Sergey Lavrov.', '2024-07-03'],
    [HEAD_EN, 'After the meeting, Wang Yi was received by Sergey Lavrov.', '2024-07-03'],
  ])('%#: a further contact "%s…%s" takes the day of the contact before it: %s', (head, sentence, date) => {
    const { dataset } = compile(head + sentence);
    expect(dataset.events.filter((e) => e.participants.includes('wang-yi')).map((e) => e.date.value)).toEqual([date]);
  });

  it('dates an arrival for a state visit by "sehari sebelumnya" near it, not by a later day of the trip', () => {
    const { dataset } = compile('Judul\n\nMOSKOW - Xi Jinping menggelar pembicaraan dengan Mikhail Mishustin di Kremlin, Moskow, hari Kamis (8/5/2025). Xi tiba di Moskow sehari sebelumnya untuk kunjungan kenegaraan dan akan menjadi tamu kehormatan pada parade di Lapangan Merah pada Jumat.\n\nPutin menyebut Xi sebagai sahabat yang terhormat.');
    expect(dataset.events.map((e) => [e.type, e.date.value]).sort()).toEqual([['meeting', '2025-05-08'], ['visit', '2025-05-07']]);
  });

  it.each([
    ['Xi tiba di Moskow sehari sebelumnya untuk kunjungan kenegaraan. Putin menyebut Xi sebagai sahabat.', [['meeting', '2025-05-08']]],
    ['Xi melakukan kunjungan kenegaraan ke Rusia atas undangan Putin.', [['meeting', '2025-05-08']]],
  ])('makes a visit whose people also hold talks the setting of those talks: %s', (more, expected) => {
    const { dataset } = compile(`Judul\n\nMOSKOW - Xi Jinping menggelar pembicaraan dengan Vladimir Putin di Kremlin, Moskow, hari Kamis (8/5/2025).\n\n${more}`);
    expect(dataset.events.map((e) => [e.type, e.date.value])).toEqual(expected);
  });

  it('counts from the nearest preceding contact, chaining through one that was itself counted', () => {
    const { dataset } = compile(`${HEAD}Keesokan harinya, Wang Yi bertemu Sergey Lavrov.\n\nSehari kemudian, Li Qiang bertemu Mikhail Mishustin.`);
    expect(dataset.events.map((e) => [e.participants.join('+'), e.date.value]).sort()).toEqual([
      ['li-qiang+mikhail-mishustin', '2024-07-05'],
      ['wang-yi+sergey-lavrov', '2024-07-04'],
      ['xi-jinping+vladimir-putin', '2024-07-03'],
    ]);
  });

  it('counts from the contact after it when none precedes', () => {
    const { dataset } = compile('Judul\n\nJakarta - Sehari sebelumnya, Wang Yi bertemu Sergey Lavrov.\n\nPresiden Xi Jinping bertemu Presiden Vladimir Putin pada Rabu (3/7/2024).');
    expect(dataset.events.find((e) => e.participants.includes('wang-yi'))!.date.value).toBe('2024-07-02');
  });

  it.each([
    'Sehari sebelumnya, Putin tiba di Astana.',
    'Putin, who arrived the day before, praised the hosts.',
    'Dua hari kemudian, Putin kembali ke Moskow.',
    'Keesokan harinya, Xi melanjutkan lawatan ke Tajikistan.',
  ])('makes no event from another day’s doings: %s', (sentence) => {
    expect(compile(HEAD + sentence).dataset.events).toHaveLength(1);
  });

  it('takes the place of the contact it refers to ("di kota yang sama"), without its sidelines', () => {
    const { dataset } = compile('Judul\n\nJakarta - Xi Jinping bertemu Vladimir Putin di sela-sela KTT SCO di Astana pada Rabu (3/7/2024).\n\nSehari sebelumnya, Wang Yi bertemu Sergey Lavrov di kota yang sama.');
    const e = dataset.events.find((x) => x.participants.includes('wang-yi'))!;
    expect([e.location, e.sidelines, e.gathering]).toEqual(['astana', false, null]);
  });

  it('gives a phone call no place even with "pada hari yang sama"', () => {
    const { dataset } = compile(`${HEAD}Pada hari yang sama, Wang Yi berbicara dengan Sergey Lavrov melalui telepon di tempat yang sama.`);
    expect(dataset.events.find((x) => x.participants.includes('wang-yi'))!.location).toBeNull();
  });
});
