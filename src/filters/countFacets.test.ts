import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { plainContext } from './testCtx';
import { countFacets } from './countFacets';
import { filterEvents, filterPositions } from './filterEvents';
import { emptyFilters, type Filters } from '../store/filters';

const ds = makeDataset();
const ctx = plainContext(ds);
const counts = (patch: Partial<Filters>) => countFacets(ds.events, { ...emptyFilters(), ...patch }, ctx);

describe('countFacets', () => {
  it('counts every topic over all events when nothing is chosen', () => {
    const c = counts({});
    expect(Object.fromEntries(c.topics)).toEqual({ brics: 3, sco: 2, ukraine: 2, taiwan: 2 });
    expect(c.participants.get('wang-yi')).toBe(6);
    expect(c.countries.get('RU')).toBe(7);
    expect(c.types.get('meeting')).toBe(3);
  });
  it('leaves a facet out of its own counts but applies it to the others', () => {
    const c = counts({ topics: ['brics'] });
    expect(c.topics.get('ukraine')).toBe(2);
    expect(c.participants.get('wang-yi')).toBe(2);
    expect(c.types.get('video_call')).toBe(1);
    expect(c.types.get('consultation')).toBeUndefined();
  });
  it("matches filterEvents: a topic's count is what choosing it alone would show", () => {
    const topicIds = ds.topics.map((t) => t.id);
    const actorIds = ds.actors.map((a) => a.id);
    fc.assert(
      fc.property(fc.subarray(topicIds), fc.subarray(actorIds), fc.constantFrom<'any' | 'all'>('any', 'all'), (topics, participants, mode) => {
        const f = { ...emptyFilters(), topics, participants, topicMode: mode };
        const c = countFacets(ds.events, f, ctx);
        for (const t of topicIds) {
          const expected = filterEvents(ds.events, { ...f, topics: [t], topicMode: 'any' }, ctx).length;
          expect(c.topics.get(t) ?? 0).toBe(expected);
        }
        for (const p of actorIds) {
          const expected = filterEvents(ds.events, { ...f, participants: [p], participantMode: 'any' }, ctx).length;
          expect(c.participants.get(p) ?? 0).toBe(expected);
        }
      }),
    );
  });
  it('gives the same counts from the visible events as from testing every event, for any filters', () => {
    const topicIds = ds.topics.map((t) => t.id);
    const actorIds = ds.actors.map((a) => a.id);
    const types = [...new Set(ds.events.map((e) => e.type))];
    const arb = fc.record({
      topics: fc.subarray(topicIds),
      participants: fc.subarray(actorIds),
      types: fc.subarray(types),
      topicMode: fc.constantFrom<'any' | 'all'>('any', 'all'),
      participantMode: fc.constantFrom<'any' | 'all'>('any', 'all'),
      dateFrom: fc.constantFrom(null, '2024-01-01'),
      query: fc.constantFrom('', 'lavrov'),
    });
    fc.assert(
      fc.property(arb, (patch) => {
        const f = { ...emptyFilters(), ...patch };
        const visible = filterPositions(ds.events, f, ctx);
        expect(countFacets(ds.events, f, ctx, visible)).toEqual(countFacets(ds.events, f, ctx));
      }),
    );
  });
});
