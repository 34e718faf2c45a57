import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { registerSubset } from '../model/subsets';
import { colourKeyOf } from './palette';
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

  it('recomputes when the colouring changes, and keeps the result otherwise', () => {
    const byPairing = colourKeys(ds.events, 'pairing', actors);
    expect(colourKeys(ds.events, 'pairing', actors)).toBe(byPairing);
    expect(colourKeys(ds.events, 'topic', actors)).toEqual(ds.events.map((e) => e.topics[0] ?? ''));
  });
});
