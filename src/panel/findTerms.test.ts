import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTerms, nameTerms } from './findTerms';

describe('findTerms', () => {
  it('finds whole words, case-insensitively, longest first', () => {
    const text = 'Sergey Lavrov and lavrov; Lavrovian is not him.';
    expect(findTerms(text, nameTerms('Sergey Lavrov'))).toEqual([
      [0, 13],
      [18, 24],
    ]);
  });
  it('treats regex characters in terms literally', () => {
    expect(findTerms('a (b) c.d', ['(b)', 'c.d'])).toEqual([
      [2, 5],
      [6, 9],
    ]);
    expect(findTerms('cxd', ['c.d'])).toEqual([]);
  });
  it('returns ranges inside the text that spell a term', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 2, maxLength: 5 }), { maxLength: 4 }), (text, terms) => {
        for (const [s, e] of findTerms(text, terms)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(terms.map((t) => t.trim().toLowerCase())).toContain(text.slice(s, e).toLowerCase());
        }
      }),
    );
  });
});
