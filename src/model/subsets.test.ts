import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gather, registerSubset, subsetOf } from './subsets';

describe('registerSubset', () => {
  it('remembers where a subset came from, by array identity', () => {
    const whole = ['a', 'b', 'c'];
    const subset = ['a', 'c'];
    registerSubset(subset, whole, Int32Array.of(0, 2));
    expect(subsetOf(subset)?.whole).toBe(whole);
    expect([...subsetOf(subset)!.positions]).toEqual([0, 2]);
    expect(subsetOf(['a', 'c'])).toBeUndefined();
  });

  it('refuses positions that do not match the subset', () => {
    expect(() => registerSubset(['a'], ['a', 'b'], Int32Array.of(0, 1))).toThrow(/2 positions for 1 elements/);
  });
});

describe('gather', () => {
  it('takes the elements at the positions, in the positions\' order', () => {
    expect(gather(['a', 'b', 'c', 'd'], Int32Array.of(3, 0, 0))).toEqual(['d', 'a', 'a']);
    expect(gather(['a'], [])).toEqual([]);
  });

  it('agrees with mapping the positions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1 }), fc.array(fc.nat()), (whole, raw) => {
        const positions = Int32Array.from(raw, (p) => p % whole.length);
        expect(gather(whole, positions)).toEqual([...positions].map((p) => whole[p]));
      }),
    );
  });
});
