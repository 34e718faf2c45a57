import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSpread, formatTable, quantile, spread } from './stats';

describe('bench statistics', () => {
  it('takes medians and percentiles by interpolation', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBe(9.5);
    expect(quantile([], 0.5)).toBeNull();
  });
  it('leaves out runs without a figure and says n/a when none has one', () => {
    expect(spread([null, 4, 2, 9])).toEqual({ median: 4, min: 2, max: 9 });
    expect(formatSpread(spread([null, null]), 'ms')).toBe('n/a');
    expect(formatSpread(spread([1200, 1100, 1300]), 'ms')).toBe('1,200 ms (1,100–1,300)');
  });
  it('keeps every quantile between min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const v = quantile(xs, q)!;
        expect(v).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-6);
        expect(v).toBeLessThanOrEqual(Math.max(...xs) + 1e-6);
      }),
    );
  });
  it('aligns table columns', () => {
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('a   | bb\n----|---\nccc | d ');
  });
});
