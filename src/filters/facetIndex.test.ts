import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { EVENT_STATUSES, EVENT_TYPES, type TimelineEvent } from '../model/schema';
import { FACETS, getFacetIndex, type Facet } from './facetIndex';
import { countryIndex } from './filterEvents';

const ds = makeDataset();
const countryOf = countryIndex(ds.actors);

/** The plain definition: an event's distinct non-empty values in a facet, in order of first appearance. */
function valuesOf(e: TimelineEvent, facet: Facet): string[] {
  const raw =
    facet === 'topics' ? e.topics
    : facet === 'participants' ? e.participants
    : facet === 'countries' ? e.participants.map((p) => countryOf.get(p) ?? '')
    : facet === 'types' ? [e.type]
    : [e.status];
  return [...new Set(raw.filter((v) => v !== ''))];
}

describe('getFacetIndex', () => {
  it("numbers every event's distinct values in each facet, for any events (unknown people and repeats included)", () => {
    const people = fc.array(fc.constantFrom(...ds.actors.map((a) => a.id), 'nobody', ''), { minLength: 1, maxLength: 5 });
    const topics = fc.array(fc.constantFrom(...ds.topics.map((t) => t.id), 'other'), { maxLength: 4 });
    const event = fc.record({ participants: people, topics, type: fc.constantFrom(...EVENT_TYPES), status: fc.constantFrom(...EVENT_STATUSES) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (specs) => {
        const events = specs.map((p, i) => makeEvent(`e${i}`, '2024-01-01', p));
        const index = getFacetIndex(events, countryOf);
        for (const facet of FACETS) {
          const { names, start, flat, numbers } = index.columns[facet];
          expect(start).toHaveLength(events.length + 1);
          events.forEach((e, i) => expect(Array.from(flat.subarray(start[i]!, start[i + 1]!), (n) => names[n])).toEqual(valuesOf(e, facet)));
          names.forEach((name, n) => expect(numbers.get(name)).toBe(n));
        }
      }),
    );
  });

  it('is built once per event array and lookup', () => {
    expect(getFacetIndex(ds.events, countryOf)).toBe(getFacetIndex(ds.events, countryOf));
    expect(getFacetIndex(ds.events, new Map(countryOf))).not.toBe(getFacetIndex(ds.events, countryOf));
  });
});
