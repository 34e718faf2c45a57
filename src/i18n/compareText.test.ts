import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText } from './compareText';

describe('compareText', () => {
  it('orders as localeCompare does', () => {
    expect(['Zhang', 'ägypten', 'Abe', 'abe'].sort(compareText)).toEqual(['Zhang', 'ägypten', 'Abe', 'abe'].sort((a, b) => a.localeCompare(b)));
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => Math.sign(compareText(a, b)) === Math.sign(a.localeCompare(b))));
  });
});
