import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedSpans } from './text';

describe('quotedSpans', () => {
  it.each([
    ['a "b c" d', [[2, 7]]],
    ['“x” and “y”', [[0, 3], [8, 11]]],
    ['open " only', []],
    ['“unclosed and "closed"', [[14, 22]]],
  ] as const)('%j → %j', (text, spans) => {
    expect(quotedSpans(text, 0, text.length)).toEqual(spans);
  });

  it('gives ordered, disjoint spans inside the range that open and close with a quotation mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', '“', '”') }), fc.nat(), fc.nat(), (text, x, y) => {
        const [start, end] = [Math.min(x, y) % (text.length + 1), Math.max(x, y) % (text.length + 1)].sort((a, b) => a - b) as [number, number];
        let last = start;
        for (const [a, b] of quotedSpans(text, start, end)) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(b).toBeLessThanOrEqual(end);
          expect('"“').toContain(text[a]);
          expect('"”').toContain(text[b - 1]);
          last = b;
        }
      }),
      { numRuns: 500 },
    );
  });
});
