import { describe, expect, it } from 'vitest';
import { registerSubset, subsetOf } from './subsets';

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
