import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toAsciiJson } from './asciiJson';

describe('toAsciiJson', () => {
  it('escapes everything beyond ASCII and nothing else', () => {
    expect(toAsciiJson({ title: 'Wang Yi – Lavrov', city: 'Xiamen' })).toBe('{"title":"Wang Yi \\u2013 Lavrov","city":"Xiamen"}');
    expect(toAsciiJson(['😀'])).toBe('["\\ud83d\\ude00"]');
  });
  it('is plain ASCII and parses back to the same value, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = toAsciiJson(v);
        expect(/^[\x00-\x7e]*$/.test(text)).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
