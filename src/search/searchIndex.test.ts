import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { buildSearch, foldTerm, queryTerms } from './searchIndex';

// Article texts that do not mention Ukraine, so only the topic makes a match.
const ds = makeDataset();
const plain = makeDataset({ articles: ds.articles.map((a) => ({ ...a, text: `Teks tentang ${a.id}.` })) });
const ukraineIds = ['e-2024-11-18-rio', 'e-2025-12-02-consult'];
const sorted = (s: Set<string> | null) => [...(s ?? [])].sort();

describe('buildSearch', () => {
  it('finds the Ukraine events by Indonesian, upper-case and accented names of the topic', () => {
    const search = buildSearch(plain);
    for (const q of ['ukraina', 'UKRAINE', 'Ukrainé']) expect(sorted(search.search(q)), q).toEqual(ukraineIds);
  });
  it('searches article text, titles and participant names, every word required', () => {
    const search = buildSearch(ds);
    expect(sorted(search.search('Shoigu'))).toEqual(['e-2025-12-02-consult']);
    expect(sorted(search.search('rio lavrov'))).toEqual(['e-2024-11-18-rio']);
    expect(sorted(search.search('Putin video'))).toEqual(['e-2025-01-21-video']);
    expect(search.search('zzzqqq')?.size).toBe(0);
  });
  it('matches a word prefix from three letters on, and names and topics from the first letter', () => {
    expect(sorted(buildSearch(plain).search('ukr'))).toEqual(ukraineIds);
    expect(sorted(buildSearch(plain).search('Shoigu consult'))).toEqual(['e-2025-12-02-consult']);
    // "sh" also starts Shanghai, a term of the SCO topic of the Rio meeting.
    expect(sorted(buildSearch(plain).search('wang sh'))).toEqual(['e-2024-11-18-rio', 'e-2025-12-02-consult']);
    expect(buildSearch(plain).search('ko')?.size).toBe(0);
  });
  it('returns null for an empty or punctuation-only query', () => {
    const search = buildSearch(ds);
    expect(search.search('')).toBeNull();
    expect(search.search('  ,. ')).toBeNull();
  });
  it('gives the same answer after prepare() as when built on demand', async () => {
    const a = buildSearch(ds);
    const b = buildSearch(ds);
    await b.prepare();
    expect(sorted(b.search('lavrov'))).toEqual(sorted(a.search('lavrov')));
  });
  it('never throws and only returns known event ids, whatever is typed', () => {
    const search = buildSearch(ds);
    const ids = new Set(ds.events.map((e) => e.id));
    fc.assert(
      fc.property(fc.string(), (q) => {
        for (const id of search.search(q) ?? []) expect(ids.has(id)).toBe(true);
      }),
    );
  });
  it('marks by position exactly the events whose ids it returns', () => {
    const search = buildSearch(ds);
    fc.assert(
      fc.property(fc.constantFrom('lavrov', 'ukraina', 'wang y', 'brics xi', 'zzz', '', ' '), fc.boolean(), (q, maskFirst) => {
        const mask = maskFirst ? search.mask(q) : null;
        const ids = search.search(q);
        const m = mask ?? search.mask(q);
        if (ids === null) expect(m).toBeNull();
        else expect(ds.events.filter((_, i) => m![i] === 1).map((e) => e.id)).toEqual(ds.events.filter((e) => ids.has(e.id)).map((e) => e.id));
        return true;
      }),
    );
  });
});

describe('foldTerm and queryTerms', () => {
  it('folds case and accents and splits on punctuation', () => {
    expect(foldTerm('Shoïgu')).toBe('shoigu');
    expect(queryTerms('Wang-Yi, UKRAINÉ!')).toEqual(['wang', 'yi', 'ukraine']);
  });
});
