import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test/makeDataset';
import { MAX_GROUPS, buildEntries, entryRows, eventTimes, timesOf } from './items';
import { DAY, isoToMs } from './timeScale';
import { registerSubset } from '../model/subsets';

describe('eventTimes', () => {
  const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  it("agrees with timesOf for every event, and its extent is the events' earliest start and latest end", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day), { maxLength: 30 }), (spans) => {
        const events = spans.map(([a, b], i) => {
          const e = makeEvent(`e${i}`, a < b ? a : b);
          return { ...e, date: { ...e.date, earliest: a < b ? a : b, latest: a < b ? b : a } };
        });
        const t = eventTimes(events);
        events.forEach((e, i) => expect([t.start[i], t.end[i]]).toEqual(timesOf(e)));
        if (events.length === 0) expect(t.extent).toBeNull();
        else expect(t.extent).toEqual([Math.min(...events.map((e) => timesOf(e)[0])), Math.max(...events.map((e) => timesOf(e)[1]))]);
        expect(eventTimes(events)).toBe(t);
      }),
    );
  });

  it('gathers a registered subset from the whole array with the same result as computing it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day, fc.boolean()), { maxLength: 30 }), (rows) => {
        const whole = rows.map(([a, b], i) => {
          const e = makeEvent(`e${i}`, a < b ? a : b);
          return { ...e, date: { ...e.date, earliest: a < b ? a : b, latest: a < b ? b : a } };
        });
        const positions = Int32Array.from(whole.keys()).filter((i) => rows[i]![2]);
        const subset = Array.from(positions, (i) => whole[i]!);
        registerSubset(subset, whole, positions);
        const gathered = eventTimes(subset);
        const computed = eventTimes([...subset]);
        expect([...gathered.start]).toEqual([...computed.start]);
        expect([...gathered.end]).toEqual([...computed.end]);
        expect(gathered.extent).toEqual(computed.extent);
      }),
    );
  });
});

describe('timesOf', () => {
  it('puts a certain date at noon and spans an uncertain one', () => {
    expect(timesOf(makeEvent('a', '2024-11-18'))).toEqual([isoToMs('2024-11-18') + DAY / 2, isoToMs('2024-11-18') + DAY / 2]);
    const e = makeEvent('b', '2024-11');
    const span = { ...e, date: { ...e.date, earliest: '2024-11-01', latest: '2024-11-30' } };
    expect(timesOf(span)).toEqual([isoToMs('2024-11-01') + DAY / 2, isoToMs('2024-11-30') + DAY / 2]);
  });
});

describe('buildEntries', () => {
  const events = [
    makeEvent('1', '2024-01-01', { participants: ['wang-yi', 'sergey-lavrov'], topics: ['brics'] }),
    makeEvent('2', '2024-02-01', { participants: ['wang-yi'], topics: [], type: 'summit' }),
  ];
  it('makes one entry per event without lanes', () => {
    const { entries, groups } = buildEntries(events, 'none');
    expect(entryRows(entries).map((e) => [e.item, e.group])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(groups).toHaveLength(1);
  });
  it('puts an event in the lane of each of its participants', () => {
    const { entries, groups } = buildEntries(events, 'participant');
    expect(groups.map((g) => g.key)).toEqual(['wang-yi', 'sergey-lavrov']);
    expect(entryRows(entries).map((e) => [e.item, e.group])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });
  it('orders type lanes as the legend does and gives topic-less events their own lane', () => {
    expect(buildEntries(events, 'type').groups.map((g) => g.key)).toEqual(['meeting', 'summit']);
    expect(buildEntries(events, 'topic').groups.map((g) => [g.kind, g.key])).toEqual([
      ['topic', 'brics'],
      ['none', ''],
    ]);
  });
  it('gathers the rarest participants into one "Other" lane, one entry per event', () => {
    const many = Array.from({ length: 15 }, (_, i) => makeEvent(String(i), '2024-01-01', { participants: [`p${i}`, `q${i}`] }));
    const { entries, groups } = buildEntries(many, 'participant');
    expect(groups).toHaveLength(MAX_GROUPS);
    expect(groups.at(-1)!.kind).toBe('other');
    const other = entryRows(entries).filter((e) => e.group === MAX_GROUPS - 1);
    expect(new Set(other.map((e) => e.item)).size).toBe(other.length);
  });
  it('gives every mark its event\'s times and keeps marks in order of start, in every lane mode', () => {
    const people = ['a', 'b', 'c', 'd'];
    const anyEvents = fc
      .array(fc.record({ day: fc.integer({ min: 1, max: 28 }), span: fc.integer({ min: 0, max: 3 }), who: fc.subarray(people, { minLength: 1 }) }), { maxLength: 30 })
      .map((xs) =>
        xs
          .sort((x, y) => x.day - y.day || x.span - y.span)
          .map((x, i) => {
            const e = makeEvent(String(i).padStart(3, '0'), `2024-03-${String(x.day).padStart(2, '0')}`, { participants: x.who });
            return { ...e, date: { ...e.date, latest: `2024-03-${String(x.day + x.span).padStart(2, '0')}` } };
          }),
      );
    fc.assert(
      fc.property(anyEvents, fc.constantFrom('none', 'type', 'participant', 'topic' as const), (events, by) => {
        const { entries } = buildEntries(events, by);
        const times = eventTimes(events);
        const rows = entryRows(entries);
        rows.forEach((r, i) => {
          expect([r.start, r.end]).toEqual([times.start[r.item], times.end[r.item]]);
          if (i > 0) expect(r.start).toBeGreaterThanOrEqual(rows[i - 1]!.start);
        });
        if (by === 'participant') expect(rows.length).toBe(events.reduce((n, e) => n + e.participants.length, 0));
        else expect(rows.map((r) => r.item)).toEqual(events.map((_, i) => i));
      }),
    );
  });
});
