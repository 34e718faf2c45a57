import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { emptyFilters } from '../store/filters';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/schema';
import { decodeViewState, encodeViewState, type ViewState } from './viewState';

const ds = makeDataset();
const base: ViewState = { filters: emptyFilters(), selectedEventId: null, window: null, laneBy: 'none', colorBy: 'pairing', lang: 'en' };
const decode = (search: string) => decodeViewState(new URLSearchParams(search), ds);

describe('encodeViewState', () => {
  it('writes only the language for the default view', () => {
    expect(encodeViewState(base).toString()).toBe('lang=en');
  });
  it('writes filters, selection, zoom window and display choices', () => {
    const s: ViewState = {
      ...base,
      filters: { ...emptyFilters(), topics: ['brics', 'ukraine'], topicMode: 'all', types: ['meeting'], dateFrom: '2024-01-01', query: 'Lavrov Rio' },
      selectedEventId: 'e-2024-11-18-rio',
      window: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31, 12) },
      laneBy: 'type',
      lang: 'id',
    };
    expect(encodeViewState(s).toString()).toBe(
      'topic=brics&topic=ukraine&topicMode=all&type=meeting&from=2024-01-01&q=Lavrov+Rio&event=e-2024-11-18-rio&view=2024-01-01..2024-12-31T12%3A00%3A00.000Z&lanes=type&lang=id',
    );
  });
});

describe('decodeViewState', () => {
  it('reads a shared address', () => {
    const { patch, notices } = decode('topic=brics&event=e-2024-11-18-rio&view=2024-01-01..2025-01-01&lang=id&dataset=data/x.json');
    expect(notices).toEqual([]);
    expect(patch.filters.topics).toEqual(['brics']);
    expect(patch.selectedEventId).toBe('e-2024-11-18-rio');
    expect(patch.window).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    expect(patch.lang).toBe('id');
  });
  it('leaves the language alone when the address does not name one', () => {
    expect(decode('topic=brics').patch).not.toHaveProperty('lang');
  });
  it('ignores unknown ids, absurd dates and malformed values, each with a notice', () => {
    const { patch, notices } = decode('topic=atlantis&topic=brics&person=nobody&type=duel&from=2024-02-30&to=99999-01-01&event=e-missing&view=2025..x&lanes=sideways&lang=fr&zoom=3');
    expect(patch.filters).toEqual({ ...emptyFilters(), topics: ['brics'] });
    expect(patch.selectedEventId).toBeNull();
    expect(patch.window).toBeNull();
    expect(patch.laneBy).toBe('none');
    expect(patch).not.toHaveProperty('lang');
    expect(notices).toEqual([
      'The address names an unknown topic "atlantis"; it was ignored.',
      'The address names an unknown participant "nobody"; it was ignored.',
      'The address has an invalid event type "duel"; it was ignored.',
      'The address has an invalid date "2024-02-30"; it was ignored.',
      'The address has an invalid date "99999-01-01"; it was ignored.',
      'The address names an unknown event "e-missing"; it was ignored.',
      'The address has an invalid view "2025..x"; it was ignored.',
      'The address has an invalid lane choice "sideways"; it was ignored.',
      'The address has an invalid language "fr"; it was ignored.',
      'The address parameter "zoom" is not used by this app; it was ignored.',
    ]);
  });
  it('drops a date range that ends before it starts', () => {
    const { patch, notices } = decode('from=2025-01-01&to=2024-01-01');
    expect([patch.filters.dateFrom, patch.filters.dateTo]).toEqual([null, null]);
    expect(notices).toHaveLength(1);
  });
  it('never throws on arbitrary addresses', () => {
    const key = fc.constantFrom('topic', 'person', 'country', 'type', 'status', 'from', 'to', 'q', 'article', 'event', 'view', 'lanes', 'color', 'lang', 'topicMode', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), fc.string(), (pairs, raw) => {
        const params = new URLSearchParams(pairs);
        expect(() => decodeViewState(params, ds)).not.toThrow();
        expect(() => decodeViewState(new URLSearchParams(raw), ds)).not.toThrow();
      }),
    );
  });
  it('restores exactly what was encoded, for any valid view', () => {
    const sub = <T,>(xs: readonly T[]) => fc.shuffledSubarray([...xs]);
    const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const ms = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2150, 0, 1) });
    const state = fc.record({
      filters: fc.record({
        topics: sub(ds.topics.map((t) => t.id)),
        topicMode: fc.constantFrom('any' as const, 'all' as const),
        participants: sub(ds.actors.map((a) => a.id)),
        participantMode: fc.constantFrom('any' as const, 'all' as const),
        countries: sub(['CN', 'RU']),
        types: sub(EVENT_TYPES),
        statuses: sub(EVENT_STATUSES),
        dates: fc.option(fc.tuple(day, day)),
        query: fc.string({ maxLength: 40 }),
        article: fc.option(fc.constantFrom(...ds.articles.map((a) => a.id))),
      }),
      selectedEventId: fc.option(fc.constantFrom(...ds.events.map((e) => e.id))),
      window: fc.option(fc.tuple(ms, ms).filter(([a, b]) => a !== b)),
      laneBy: fc.constantFrom('none' as const, 'type' as const, 'participant' as const, 'topic' as const),
      colorBy: fc.constantFrom('pairing' as const, 'topic' as const),
      lang: fc.constantFrom('en' as const, 'id' as const),
    });
    fc.assert(
      fc.property(state, (g) => {
        const { dates, ...rest } = g.filters;
        const [from, to] = dates ? [dates[0], dates[1]].sort() : [null, null];
        const s: ViewState = {
          ...g,
          filters: { ...rest, dateFrom: from ?? null, dateTo: to ?? null },
          window: g.window ? { start: Math.min(...g.window), end: Math.max(...g.window) } : null,
        };
        const { patch, notices } = decodeViewState(encodeViewState(s), ds);
        expect(notices).toEqual([]);
        expect(patch).toEqual(s);
      }),
    );
  });
});
