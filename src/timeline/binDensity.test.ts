import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binDensity } from './binDensity';

describe('binDensity', () => {
  it('counts times per bin', () => {
    expect([...binDensity([0, 1, 5, 9.9, 10], 0, 10, 2)]).toEqual([2, 2]);
  });
  it('keeps every time inside the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 99.999, noNaN: true })), fc.integer({ min: 1, max: 50 }), (times, bins) => {
        expect(binDensity(times, 0, 100, bins).reduce((a, b) => a + b, 0)).toBe(times.length);
      }),
    );
  });
});
