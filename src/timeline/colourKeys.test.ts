import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { registerSubset } from '../model/subsets';
import { colourKeyOf, pairingOf } from './palette';
import { getFacetIndex } from '../filters/facetIndex';
import { countryIndex } from '../filters/filterEvents';
import { colourKeys } from './useTimelineModel';

describe('colourKeys', () => {
  const ds = makeDataset();
  const actors = new Map(ds.actors.map((a) => [a.id, a]));

  it('gives each event its colour key, for a subset gathered from the whole, under either colouring', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: ds.events.length, maxLength: ds.events.length }), fc.constantFrom('pairing' as const, 'topic' as const), (keep, by) => {
        const positions = Int32Array.from(ds.events.keys()).filter((i) => keep[i]);
        const subset = Array.from(positions, (i) => ds.events[i]!);
        registerSubset(subset, ds.events, positions);
        expect(colourKeys(subset, by, actors)).toEqual(subset.map((e) => colourKeyOf(e, by, actors)));
      }),
    );
  });

  it('reads pairings through the facet index numbers with the same result, and only for the array they number', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...ds.actors.map((a) => a.id), 'nobody'), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 }), (lists) => {
        const events = lists.map((participants, i) => makeEvent(`e${i}`, '2024-01-01', { participants }));
        const people = getFacetIndex(events, countryIndex(ds.actors)).columns.participants;
        expect(colourKeys(events, 'pairing', actors, { of: events, people })).toEqual(events.map((e) => pairingOf(e, actors)));
        // A copy in another order is not what the numbers describe: it is paired the long way.
        const reversed = [...events].reverse();
        expect(colourKeys(reversed, 'pairing', actors, { of: events, people })).toEqual(reversed.map((e) => pairingOf(e, actors)));
      }),
    );
  });

  it('pairs events the long way when there are more countries than a bit mask holds, with the same keys', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, name: `A ${i}`, country: `C${String(i).padStart(2, '0')}`, roles: [] }));
    const byId = new Map(many.map((a) => [a.id, a]));
    const events = Array.from({ length: 60 }, (_, i) => makeEvent(`e${i}`, '2024-01-01', { participants: [`a${i % 40}`, `a${(i * 7) % 40}`, `a${(i * 13 + 1) % 40}`] }));
    const people = getFacetIndex(events, countryIndex(many)).columns.participants;
    expect(colourKeys(events, 'pairing', byId, { of: events, people })).toEqual(events.map((e) => pairingOf(e, byId)));
    expect(pairingOf(events[1]!, byId)).toBe('C01–C07–C14');
  });

  it('recomputes when the colouring changes, and keeps the result otherwise', () => {
    const byPairing = colourKeys(ds.events, 'pairing', actors);
    expect(colourKeys(ds.events, 'pairing', actors)).toBe(byPairing);
    expect(colourKeys(ds.events, 'topic', actors)).toEqual(ds.events.map((e) => e.topics[0] ?? ''));
  });
});
