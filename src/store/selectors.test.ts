import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { emptyFilters, type Filters } from './filters';
import { positionsInDataset, selectEventById, selectVisibleEvents, selectVisibleEventsByDate } from './selectors';
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

describe('selectEventById', () => {
  it('finds every event of the dataset by id, nothing else, and stays the same object for the same dataset', () => {
    const dataset = makeDataset();
    const lookup = selectEventById({ dataset });
    for (const e of dataset.events) expect(lookup.get(e.id)).toBe(e);
    expect(lookup.get('no-such-event')).toBeUndefined();
    expect(selectEventById({ dataset })).toBe(lookup);
    expect(selectEventById({ dataset: null }).get(dataset.events[0]!.id)).toBeUndefined();
  });
});
