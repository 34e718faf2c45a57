import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { countryIndex, filterEvents, matchesFilters } from './filterEvents';
import { emptyFilters, type Filters } from '../store/filters';

const ds = makeDataset();
const ctx = { countryOf: countryIndex(ds.actors), searchMatches: null };
const run = (patch: Partial<Filters>) => filterEvents(ds.events, { ...emptyFilters(), ...patch }, ctx).map((e) => e.date.value).sort();

describe('filterEvents', () => {
  it('lets everything through with empty filters', () => {
    expect(run({})).toHaveLength(7);
  });
  it('keeps events with any of the chosen topics', () => {
    expect(run({ topics: ['brics'] })).toEqual(['2024-01-11', '2024-11-18', '2025-01-21']);
    expect(run({ topics: ['brics', 'ukraine'] })).toEqual(['2024-01-11', '2024-11-18', '2025-01-21', '2025-12-02']);
  });
  it('keeps only events with all chosen topics in "all" mode', () => {
    expect(run({ topics: ['brics', 'ukraine'], topicMode: 'all' })).toEqual(['2024-11-18']);
  });
  it('filters by participant, and by a pair in "all" mode', () => {
    expect(run({ participants: ['wang-yi'] })).toHaveLength(6);
    expect(run({ participants: ['wang-yi', 'sergey-lavrov'], participantMode: 'all' })).toEqual(['2023-02-22', '2024-01-11', '2024-11-18']);
  });
  it('keeps only the events an article supports when the article filter is set', () => {
    expect(run({ article: 'a1' })).toEqual(['2023-02-21', '2023-02-22', '2023-02-22']);
    expect(run({ article: 'missing' })).toEqual([]);
  });
  it('keeps an uncertain date whose span overlaps the range', () => {
    const events = [{ ...ds.events[0]!, date: { ...ds.events[0]!.date, earliest: '2020-01-01', latest: '2020-12-31' } }];
    expect(filterEvents(events, { ...emptyFilters(), dateFrom: '2020-06-01', dateTo: '2020-06-30' }, ctx)).toHaveLength(1);
    expect(filterEvents(events, { ...emptyFilters(), dateFrom: '2021-01-01' }, ctx)).toHaveLength(0);
  });
  it('never returns more than it was given, and adding a topic in "any" mode never shrinks the result', () => {
    const topicIds = ds.topics.map((t) => t.id);
    fc.assert(
      fc.property(fc.subarray(topicIds), fc.constantFrom(...topicIds), (chosen, extra) => {
        const before = run({ topics: chosen.length ? chosen : [extra] });
        const after = run({ topics: [...new Set([...chosen, extra])] });
        expect(after.length).toBeLessThanOrEqual(7);
        expect(after.length).toBeGreaterThanOrEqual(chosen.length ? before.length : 0);
      }),
    );
  });
  it('the indexed filter agrees with matchesFilters event by event, for any filters', () => {
    const sub = <T,>(xs: readonly T[]) => fc.subarray([...xs]);
    const filters = fc.record({
      topics: sub([...ds.topics.map((t) => t.id), 'unknown']),
      topicMode: fc.constantFrom<'any' | 'all'>('any', 'all'),
      participants: sub(ds.actors.map((a) => a.id)),
      participantMode: fc.constantFrom<'any' | 'all'>('any', 'all'),
      countries: sub(['CN', 'RU', 'BR']),
      types: sub(['meeting', 'phone_call', 'consultation'] as const),
      statuses: sub(['occurred', 'planned'] as const),
      dateFrom: fc.option(fc.constantFrom('2023-02-22', '2024-06-01')),
      dateTo: fc.option(fc.constantFrom('2024-11-18', '2025-01-01')),
      query: fc.constant(''),
      article: fc.option(fc.constantFrom('a0', 'a1', 'a2')),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const expected = ds.events.filter((e) => matchesFilters(e, f, ctx)).map((e) => e.id);
        expect(filterEvents(ds.events, f, ctx).map((e) => e.id)).toEqual(expected);
      }),
    );
  });

  it('filters a query by its position mask exactly as by its id set, and ignores a mask of another array', () => {
    const picks = fc.array(fc.boolean(), { minLength: ds.events.length, maxLength: ds.events.length });
    fc.assert(
      fc.property(picks, fc.subarray(ds.topics.map((t) => t.id)), (pick, topics) => {
        const f = { ...emptyFilters(), query: 'anything', topics };
        const ids = new Set(ds.events.filter((_, i) => pick[i]).map((e) => e.id));
        const byIds = filterEvents(ds.events, f, { ...ctx, searchMatches: ids });
        const mask = Uint8Array.from(pick, (b) => (b ? 1 : 0));
        const byMask = filterEvents(ds.events, f, { ...ctx, searchMatches: ids, searchMask: { events: ds.events, mask } });
        expect(byMask).toEqual(byIds);
        // A mask over some other array says nothing about these positions: the id set decides.
        const stray = filterEvents(ds.events, f, { ...ctx, searchMatches: ids, searchMask: { events: [...ds.events], mask: mask.map((m) => 1 - m) } });
        expect(stray).toEqual(byIds);
      }),
    );
  });
});
