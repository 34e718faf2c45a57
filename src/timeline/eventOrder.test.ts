import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { selectVisibleEventsByDate } from '../store/selectors';
import { emptyFilters } from '../store/filters';
import { compareByDate, indexOfEvent } from './eventOrder';

describe('indexOfEvent', () => {
  it('agrees with the store’s time order', () => {
    const dataset = makeDataset();
    const sorted = selectVisibleEventsByDate({ dataset, filters: emptyFilters() });
    sorted.forEach((e, i) => expect(indexOfEvent(sorted, e)).toBe(i));
  });
  it('returns -1 for an event that is not visible, or none', () => {
    const sorted = [makeEvent('a', '2024-01-01'), makeEvent('b', '2024-02-01')];
    expect(indexOfEvent(sorted, makeEvent('c', '2024-01-15'))).toBe(-1);
    expect(indexOfEvent(sorted, null)).toBe(-1);
  });
  it('agrees with the store’s order for generated ids and dates, including case and punctuation', () => {
    const idArb = fc.string({ unit: fc.constantFrom('a', 'B', '-', '_', '1', 'é', 'Z'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(idArb, fc.integer({ min: 1, max: 3 })), { selector: ([id]) => id, maxLength: 40 }), (specs) => {
        const events = specs.map(([id, d]) => makeEvent(id, `2024-01-0${d}`));
        const dataset = makeDataset({ events });
        const sorted = selectVisibleEventsByDate({ dataset, filters: emptyFilters() });
        sorted.forEach((e, i) => expect(indexOfEvent(sorted, e)).toBe(i));
      }),
    );
  });

  it('finds every event of a generated sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })), { maxLength: 60 }), (days) => {
        const events = days.map(([d, m], i) => makeEvent(`e${i}`, `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)).sort(compareByDate);
        events.forEach((e, i) => expect(indexOfEvent(events, e)).toBe(i));
      }),
    );
  });
});
