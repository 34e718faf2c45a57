import { describe, expect, it } from 'vitest';
import { reportsHeadline, type ContactPeople } from './headlineContacts';

const COUNTRY: Record<string, string> = { 'wang-yi': 'CN', 'xi-jinping': 'CN', 'sergey-lavrov': 'RU', 'vladimir-putin': 'RU' };
const countryOf = (id: string) => COUNTRY[id];
const p = (actors: string[], refs: Array<string | null> = []): ContactPeople => ({ actors, refs: refs.map((country) => ({ country })) });

describe('reportsHeadline', () => {
  it.each([
    // 'Menlu China Terima Kunjungan Lavrov' over 'Wang Yi menerima kunjungan Menlu Rusia Sergey Lavrov'.
    ['title + name ⊂ body', p(['sergey-lavrov'], ['CN']), p(['wang-yi', 'sergey-lavrov']), true],
    ['same names', p(['xi-jinping', 'vladimir-putin']), p(['vladimir-putin', 'xi-jinping']), true],
    ['titles only', p([], ['RU', 'CN']), p(['wang-yi', 'sergey-lavrov']), true],
    ['one-person visit ⊂ meeting', p(['vladimir-putin']), p(['vladimir-putin', 'xi-jinping']), true],
    ['headline ⊃ body with an unnamed title', p(['xi-jinping', 'vladimir-putin']), p(['vladimir-putin'], ['CN']), true],
    // The leaders in the headline, only their ministers in the body: the headline's own contact.
    ['other people', p(['xi-jinping', 'vladimir-putin']), p(['wang-yi', 'sergey-lavrov']), false],
    ['overlapping, neither inside the other', p(['xi-jinping', 'vladimir-putin']), p(['xi-jinping', 'sergey-lavrov']), false],
    ['title of a country the body lacks', p(['sergey-lavrov'], ['CN']), p(['sergey-lavrov', 'vladimir-putin']), false],
    ['nobody in common', p([], ['CN']), p(['sergey-lavrov'], ['RU']), false],
  ])('%s → %s', (_, headline, body, same) => {
    expect(reportsHeadline(headline, body, countryOf)).toBe(same);
  });
});
