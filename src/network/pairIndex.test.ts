import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPairIndex, getPairIndex, type PeopleColumn } from './pairIndex';

/** A participants column from lists of names (numbers given in order of first sight, as the facet index does). */
function columnOf(events: string[][]): PeopleColumn {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const start = new Int32Array(events.length + 1);
  const flat: number[] = [];
  events.forEach((people, e) => {
    for (const p of new Set(people)) {
      if (!numbers.has(p)) numbers.set(p, names.push(p) - 1);
      flat.push(numbers.get(p)!);
    }
    start[e + 1] = flat.length;
  });
  return { names, start, flat: Int32Array.from(flat) };
}

/** Each event's pairs as "first|second" names. */
function decoded(column: PeopleColumn): string[][] {
  const index = buildPairIndex(column);
  return Array.from({ length: column.start.length - 1 }, (_, e) =>
    Array.from(index.pairs.subarray(index.start[e], index.start[e + 1]), (p) => `${column.names[index.first[p]!]}|${column.names[index.second[p]!]}`),
  );
}

describe('buildPairIndex', () => {
  it('numbers each pair once, in id order, and lists every event\'s pairs', () => {
    const column = columnOf([['wang', 'lavrov'], ['xi', 'putin', 'lavrov'], ['lavrov', 'wang'], ['putin']]);
    const index = buildPairIndex(column);
    const pairs = Array.from(index.first, (a, p) => `${column.names[a]}|${column.names[index.second[p]!]}`);
    expect(pairs).toEqual(['lavrov|putin', 'lavrov|wang', 'lavrov|xi', 'putin|xi']);
    expect(decoded(column)).toEqual([['lavrov|wang'], ['putin|xi', 'lavrov|xi', 'lavrov|putin'], ['lavrov|wang'], []]);
  });

  it('matches the pairs of every event, for any events', () => {
    const people = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(fc.array(fc.array(people, { maxLength: 5 }), { maxLength: 30 }), (events) => {
        const column = columnOf(events);
        const expected = events.map((list) => {
          const distinct = [...new Set(list)];
          const out: string[] = [];
          for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) out.push([distinct[i]!, distinct[j]!].sort().join('|'));
          return out.sort();
        });
        expect(decoded(column).map((pairs) => [...pairs].sort())).toEqual(expected);
        const index = buildPairIndex(column);
        const keys = Array.from(index.first, (a, p) => `${column.names[a]}|${column.names[index.second[p]!]}`);
        expect(keys).toEqual([...new Set(keys)].sort());
      }),
    );
  });

  it('handles thousands of people (no dense pair table)', () => {
    const events = Array.from({ length: 2100 }, (_, i) => [`p${i}`, `p${(i * 7) % 2100}`, 'hub']);
    const column = columnOf(events);
    expect(decoded(column)[5]!.sort()).toEqual(['hub|p35', 'hub|p5', 'p35|p5']);
  });

  it('is built once per column', () => {
    const column = columnOf([['a', 'b']]);
    expect(getPairIndex(column)).toBe(getPairIndex(column));
  });
});
