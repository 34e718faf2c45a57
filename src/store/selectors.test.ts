import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { emptyFilters, type Filters } from './filters';
import { positionsInDataset, selectVisibleEvents, selectVisibleEventsByDate } from './selectors';
import { inTimeOrder } from '../model/timeOrder';

describe('selectVisibleEvents', () => {
  const dataset = inTimeOrder(makeDataset());
  const topicIds = dataset.topics.map((t) => t.id);
  const filters = fc.record({ topics: fc.subarray(topicIds, { maxLength: 2 }), topicMode: fc.constantFrom('any' as const, 'all' as const) });

  it('is stable for the same inputs, in time order, and knows where each event sits in the dataset', () => {
    fc.assert(
      fc.property(filters, (patch) => {
        const f: Filters = { ...emptyFilters(), ...patch };
        const visible = selectVisibleEvents({ dataset, filters: f });
        expect(selectVisibleEvents({ dataset, filters: f })).toBe(visible);
        expect(selectVisibleEventsByDate({ dataset, filters: f })).toBe(visible);
        const positions = positionsInDataset(visible)!;
        expect(Array.from(positions, (i) => dataset.events[i])).toEqual(visible);
        const expected = dataset.events.filter((e) =>
          f.topics.length === 0 ? true : f.topicMode === 'all' ? f.topics.every((t) => e.topics.includes(t)) : f.topics.some((t) => e.topics.includes(t)),
        );
        expect(visible).toEqual(expected);
      }),
    );
    expect(positionsInDataset([...dataset.events])).toBeUndefined();
  });
});
