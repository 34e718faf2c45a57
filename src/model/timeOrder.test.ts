import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { compareByDate, inTimeOrder, isInTimeOrder } from './timeOrder';

describe('time order', () => {
  const ds = makeDataset();
  it('orders by earliest day, then latest day, then id', () => {
    const [a, b] = ds.events;
    const ev = (id: string, earliest: string, latest: string) => ({ ...a!, id, date: { ...a!.date, earliest, latest } });
    const sorted = [ev('b', '2024-01-02', '2024-01-02'), ev('a', '2024-01-01', '2024-01-31'), ev('c', '2024-01-01', '2024-01-01'), ev('a2', '2024-01-01', '2024-01-31')].sort(compareByDate);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'a2', 'b']);
    expect(b).toBeDefined();
  });
  it('keeps a dataset already in order as the same object, and sorts a copy otherwise', () => {
    const ordered = inTimeOrder(ds);
    expect(isInTimeOrder(ordered.events)).toBe(true);
    expect(inTimeOrder(ordered)).toBe(ordered);
    const reversed = { ...ordered, events: [...ordered.events].reverse() };
    if (ordered.events.length > 1) expect(isInTimeOrder(reversed.events)).toBe(false);
    expect(inTimeOrder(reversed).events).toEqual(ordered.events);
  });
  it('any shuffle sorts back to the same order, with every event kept', () => {
    const base = inTimeOrder(ds).events;
    fc.assert(
      fc.property(fc.shuffledSubarray([...base], { minLength: base.length, maxLength: base.length }), (shuffled) => {
        const out = inTimeOrder({ ...ds, events: shuffled }).events;
        expect(out.map((e) => e.id)).toEqual(base.map((e) => e.id));
      }),
    );
  });
});
