import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laterRounds } from './laterRounds';
import { bestType, findCues } from './findContacts';
import { findDateMentions } from './dates/findDateMentions';
import { buildLexicon } from './lexicon';
import { repoData } from './fixtures/repo';

const lex = buildLexicon(repoData());

/** The further rounds of the sentence's first contact words, as the words of each round. */
function rounds(sentence: string): string[] {
  const cues = findCues(sentence, lex);
  const type = bestType(cues);
  const first = cues.filter((c) => c.type === type).reduce((a, b) => (b.start < a.start ? b : a));
  return laterRounds(sentence, first, cues, findDateMentions(sentence)).map((c) => sentence.slice(c.start, c.end));
}

describe('laterRounds', () => {
  it.each([
    ['Xi dan Putin menggelar pembicaraan informal pada Senin dan pembicaraan resmi pada Selasa.', 1],
    ['Xi dan Putin menggelar pertemuan informal pada Senin (20/3), lalu pembicaraan resmi pada Selasa (21/3).', 1],
    ['Xi and Putin held informal talks on Monday and held formal talks on Tuesday.', 1],
    ['Rudenko dan Sun bertemu pada Senin, lalu bertemu lagi pada Selasa dan pembicaraan resmi pada Rabu.', 2],
  ])('"%s" has %i further round', (sentence, n) => {
    expect(rounds(sentence)).toHaveLength(n);
  });

  it.each([
    // One day: the second words are the same contact.
    'Xi dan Putin menggelar pembicaraan informal dan pembicaraan resmi pada Selasa.',
    // The same day named twice.
    'Xi bertemu Putin pada Selasa dan pembicaraan berlanjut pada Selasa.',
    // The later date belongs to no contact words.
    'Xi bertemu Putin pada Senin dan kembali ke Beijing pada Selasa.',
    // A description of the same contact, not a round of its own.
    'Wang Yi bertemu Lavrov di Beijing pada Senin, pertemuan pertama sejak Juli.',
    'Wang Yi met Lavrov on Monday, their first meeting since July.',
    // Not joined: a new clause with a subject of its own.
    'Xi bertemu Putin pada Senin; sebelumnya pertemuan kedua menteri pada Minggu.',
  ])('"%s" is one contact', (sentence) => {
    expect(rounds(sentence)).toEqual([]);
  });

  it('finds no round in a sentence with a single date, whatever the words around it', () => {
    const words = ['Xi', 'Putin', 'bertemu', 'pembicaraan', 'dan', 'lalu', 'pada Senin', 'telepon', ',', 'resmi', 'and', 'talks'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
        const sentence = `Xi bertemu Putin ${parts.join(' ')}`.replace(/pada Senin/g, '') + ' pada Senin.';
        expect(rounds(sentence)).toEqual([]);
      }),
    );
  });
});
