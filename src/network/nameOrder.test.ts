import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../model/schema';
import { compareText } from '../i18n/compareText';
import { byName } from './nameOrder';

const actor = (id: string, name: string) => ({ id, name, country: 'CN', aliases: [], roles: [] }) as unknown as Actor;
const actorsOf = (list: Array<[string, string]>) => new Map(list.map(([id, name]) => [id, actor(id, name)]));

describe('byName', () => {
  it('orders people as the collator does, not by code point', () => {
    const actors = actorsOf([['z', 'Zhang'], ['a', 'Ärne'], ['b', 'abe'], ['c', 'Bo']]);
    const people = [...actors.values()].map((a) => ({ id: a.id, name: a.name }));
    expect(byName(people, actors).map((p) => p.name)).toEqual(['abe', 'Ärne', 'Bo', 'Zhang']);
  });

  it('breaks ties between equal names by id', () => {
    const actors = actorsOf([['p2', 'Li'], ['p1', 'Li']]);
    expect(byName([{ id: 'p2', name: 'Li' }, { id: 'p1', name: 'Li' }], actors).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('falls back to the collator for someone the actors do not name so', () => {
    const actors = actorsOf([['a', 'Wang Yi']]);
    expect(byName([{ id: 'a', name: 'Wang Yi' }, { id: 'x', name: 'Abe' }], actors).map((p) => p.id)).toEqual(['x', 'a']);
  });

  it('gives the order a collator sort of the same people gives, for any actors and any subset of them', () => {
    const names = fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', 'A', 'ä', 'b', 'Z', ' ', '-', 'é') , maxLength: 4 }), fc.boolean()), { maxLength: 30 });
    fc.assert(
      fc.property(names, (list) => {
        const actors = actorsOf(list.map(([name], i) => [`id${i}`, name]));
        const people = list.flatMap(([name, keep], i) => (keep ? [{ id: `id${i}`, name }] : []));
        const expected = [...people].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
        expect(byName(people, actors)).toEqual(expected);
      }),
    );
  });
});
