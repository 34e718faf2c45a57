import { describe, expect, it } from 'vitest';
import { repoData } from './fixtures/repo';
import { buildLexicon } from './lexicon';
import { locateContact } from './locateContact';

const lex = buildLexicon(repoData());
const placeOf = (text: string) => locateContact(text, lex, [[0, text.length]], lex.placeMatcher.find(text), ['RU', 'CN']).place;

describe('locateContact', () => {
  it.each([
    ['Putin bertemu Xi Jinping di Moskow pada Selasa.', 'moscow'],
    ['Putin bertemu Xi Jinping di kota Kazan pada Selasa.', 'kazan'],
    ['Putin met Xi Jinping in the city of Kazan on Tuesday.', 'kazan'],
    ['Putin met Xi in the Kremlin.', 'moscow'],
    // A place inside a quotation is what someone spoke of; the one outside it is where they met.
    ['"We are waiting for Xi Jinping in Kazan," Putin said at the meeting with Wang Yi in the Kremlin.', 'moscow'],
    ['Putin kembali ke Moskow setelah bertemu Xi.', null],
    ['Xi berbicara melalui telepon dengan Putin.', null],
  ])('%s → %s', (text, place) => {
    expect(placeOf(text)).toBe(place);
  });
});
