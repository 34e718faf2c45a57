import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeDays, findDayReference, findPlaceReference } from './contactReferences';

describe('findDayReference', () => {
  it.each([
    ['Sehari sebelumnya, Wang Yi mengadakan pembicaraan dengan Lavrov.', 'Sehari sebelumnya', -1],
    ['Satu hari sebelum itu Wang Yi bertemu Lavrov.', 'Satu hari sebelum itu', -1],
    ['Sehari kemudian, Wang Yi bertemu Lavrov.', 'Sehari kemudian', 1],
    ['Wang Yi bertemu Lavrov sehari setelahnya.', 'sehari setelahnya', 1],
    ['Keesokan harinya, Wang Yi berunding dengan Lavrov.', 'Keesokan harinya', 1],
    ['Esok harinya Wang Yi bertemu Lavrov.', 'Esok harinya', 1],
    ['Dua hari kemudian, Wang Yi bertemu Lavrov.', 'Dua hari kemudian', 2],
    ['Tiga hari sebelumnya Wang Yi menelepon Lavrov.', 'Tiga hari sebelumnya', -3],
    ['3 hari kemudian Wang Yi bertemu Lavrov.', '3 hari kemudian', 3],
    ['Pada hari yang sama, Xi bertemu Putin.', 'Pada hari yang sama', 0],
    ['Malam harinya, Xi menjamu Putin.', 'Malam harinya', 0],
    ['Dalam kesempatan yang sama, Wang Yi bertemu Lavrov.', 'Dalam kesempatan yang sama', 0],
    ['The day before, Wang Yi met Lavrov.', 'The day before', -1],
    ['Wang Yi met Lavrov the previous day.', 'the previous day', -1],
    ['The next day Wang Yi held talks with Lavrov.', 'The next day', 1],
    ['The following day, Wang Yi held talks with Lavrov at the same venue.', 'The following day', 1],
    ['Two days later, Wang Yi met Lavrov.', 'Two days later', 2],
    ['Seminggu kemudian, Wang Yi bertemu Lavrov.', 'Seminggu kemudian', 7],
    ['Sepekan sebelumnya Wang Yi menelepon Lavrov.', 'Sepekan sebelumnya', -7],
    ['Dua minggu kemudian, Xi bertemu Putin.', 'Dua minggu kemudian', 14],
    ['A week later, Wang Yi met Lavrov.', 'A week later', 7],
    ['Two weeks earlier, Xi spoke with Putin by phone.', 'Two weeks earlier', -14],
    ['A day earlier, Wang Yi met Lavrov.', 'A day earlier', -1],
    ['Later that day, Xi met Putin.', 'Later that day', 0],
    ['Wang also held talks with Lavrov earlier in the day.', 'earlier in the day', 0],
    ['Sebelumnya pada hari itu, Wang Yi bertemu Lavrov.', 'Sebelumnya pada hari itu', 0],
    ['On the same occasion, Wang met Lavrov.', 'On the same occasion', 0],
  ])('%s → %s (%i days)', (sentence, words, days) => {
    const r = findDayReference(sentence);
    expect([r?.words, r?.days]).toEqual([words, days]);
    expect(sentence.slice(r!.start, r!.end)).toBe(words);
  });

  it.each([
    // Counted from something that is not a contact, or dating another action.
    'The day before the summit, Wang Yi met Lavrov.',
    'Two days after Putin arrived, Xi met him.',
    'Wang Yi, who arrived the day before, met Lavrov.',
    'Wang Yi yang tiba sehari sebelumnya bertemu Lavrov.',
    // Counted from the article date or no date at all.
    'Dua hari lalu Wang Yi bertemu Lavrov.',
    'Wang Yi bertemu Lavrov pada Rabu (3/7).',
    'Kemudian Wang Yi bertemu Lavrov.',
    'Sehari-hari Wang Yi bekerja di Beijing.',
  ])('no reference to another contact in %s', (sentence) => {
    expect(findDayReference(sentence)).toBeNull();
  });

  it.each([
    ['Xi tiba di Moskow sehari sebelumnya untuk kunjungan kenegaraan empat hari.', 'sehari sebelumnya', -1],
    ['Xi arrived in Moscow the day before for a state visit.', 'the day before', -1],
  ])('dates a visit by its own arrival when the contact is the visit: %s', (sentence, words, days) => {
    expect(findDayReference(sentence)).toBeNull();
    expect(findDayReference(sentence, true)).toMatchObject({ words, days });
    expect(findDayReference('Wang Yi, who arrived the day before, visited Moscow.', true)).toBeNull();
  });

  it('takes the earliest phrase of the sentence', () => {
    expect(findDayReference('Keesokan harinya, pada malam harinya, Wang bertemu Lavrov.')?.days).toBe(1);
  });

  it('never throws and returns a range inside the text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = findDayReference(s);
      return r === null || (r.start >= 0 && r.end <= s.length && s.slice(r.start, r.end) === r.words);
    }));
  });
});

describe('findPlaceReference', () => {
  it.each([
    ['Wang Yi berunding dengan Lavrov di tempat yang sama.', 'di tempat yang sama', true],
    ['Wang Yi bertemu Lavrov di kota yang sama.', 'di kota yang sama', false],
    ['Wang Yi bertemu Lavrov di sela-sela acara yang sama.', 'di sela-sela acara yang sama', true],
    ['Dalam kesempatan yang sama, Wang Yi bertemu Lavrov.', 'Dalam kesempatan yang sama', true],
    ['Wang Yi held talks with Lavrov at the same venue.', 'at the same venue', true],
    ['Wang met Lavrov in the same city.', 'in the same city', false],
    ['On the same occasion, Wang met Lavrov.', 'On the same occasion', true],
    ['Wang met Lavrov on the sidelines of the same summit.', 'on the sidelines of the same summit', true],
  ])('%s → %s (occasion %s)', (sentence, words, occasion) => {
    expect(findPlaceReference(sentence)).toMatchObject({ words, occasion });
  });

  it.each(['Wang Yi bertemu Lavrov di Astana.', 'Keduanya memiliki pandangan yang sama.', 'They share the same views.'])('no place reference in %s', (s) => {
    expect(findPlaceReference(s)).toBeNull();
  });
});

describe('describeDays', () => {
  it.each([[-1, 'one day before'], [1, 'one day after'], [-2, 'two days before'], [0, 'the same day as'], [12, '12 days after']])('%i → %s', (d, s) => {
    expect(describeDays(d)).toBe(s);
  });
});
