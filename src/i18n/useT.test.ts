import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from './useT';

/** The plain definition: every `{name}` with a value is replaced, others stay. */
const reference = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));

describe('format', () => {
  it('fills placeholders, repeated ones too, and leaves unknown ones as written', () => {
    expect(format('{a} – {b}, {shared}', { a: 'Wang Yi', b: 'Lavrov', shared: '2 shared events' })).toBe('Wang Yi – Lavrov, 2 shared events');
    expect(format('{n} of {n}', { n: 3 })).toBe('3 of 3');
    expect(format('{x} and {toString}', {})).toBe('{x} and {toString}');
    expect(format('no placeholders')).toBe('no placeholders');
  });
  it('agrees with the regular-expression definition for any template', () => {
    const piece = fc.constantFrom('{a}', '{b}', '{', '}', '{}', 'x', ' ', '{a b}', '{constructor}', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.string(), fc.integer())), (t, vars) => {
        expect(format(t, vars)).toBe(reference(t, vars));
      }),
    );
  });
});
