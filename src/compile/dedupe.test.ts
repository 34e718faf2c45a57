import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/schema';
import { dedupeEvents } from './dedupe';
import { assignIds } from './stableIds';
import type { DraftEvent } from './types';

function draft(article: string, date: string, type: EventType, participants: string[], topics: string[] = [], confidence = 0.8): DraftEvent {
  return {
    date: { value: date, precision: 'day', earliest: date, latest: date, confidence, basis: article, alternatives: [] },
    status: 'occurred', type, sidelines: false, gathering: null, participants, mentioned: [], location: null, topics, title: 't', summary: article,
    sources: [{ articleId: article, evidence: { date: [], participants: [], type: [], location: [], topics: {}, summary: [] } }],
  };
}

describe('dedupeEvents', () => {
  it.each([
    ['same day, same people, same type', draft('b', '2024-01-11', 'phone_call', ['lavrov', 'wang']), 1],
    ['a day apart', draft('b', '2024-01-12', 'phone_call', ['wang', 'lavrov']), 1],
    ['two days apart', draft('b', '2024-01-13', 'phone_call', ['wang', 'lavrov']), 2],
    ['another type', draft('b', '2024-01-11', 'meeting', ['wang', 'lavrov']), 2],
    ['another participant', draft('b', '2024-01-11', 'phone_call', ['wang', 'putin']), 2],
    ['an extra participant', draft('b', '2024-01-11', 'phone_call', ['wang', 'lavrov', 'putin']), 2],
  ])('%s → %i event(s)', (_, other, n) => {
    expect(dedupeEvents([draft('a', '2024-01-11', 'phone_call', ['wang', 'lavrov']), other]).events).toHaveLength(n);
  });

  it.each([
    ['a consultation the same day', draft('b', '2024-11-18', 'consultation', ['shoigu', 'wang']), ['consultation']],
    ['a summit the same day', draft('b', '2024-11-18', 'summit', ['shoigu', 'wang']), ['meeting']],
    ['a consultation the day after', draft('b', '2024-11-19', 'consultation', ['shoigu', 'wang']), ['consultation', 'meeting']],
    ['a consultation the same day, in the same article', draft('a', '2024-11-18', 'consultation', ['shoigu', 'wang']), ['consultation', 'meeting']],
    ['a consultation the same day, at another place', { ...draft('b', '2024-11-18', 'consultation', ['shoigu', 'wang']), location: 'moscow' }, ['consultation', 'meeting']],
    ['a phone call the same day', draft('b', '2024-11-18', 'phone_call', ['shoigu', 'wang']), ['meeting', 'phone_call']],
  ])('a meeting in Beijing and %s → %j', (_, other, types) => {
    const meeting = { ...draft('a', '2024-11-18', 'meeting', ['wang', 'shoigu']), location: 'beijing' };
    expect(dedupeEvents([meeting, other]).events.map((e) => e.type).sort()).toEqual(types);
  });

  it('lets the report that a contact took place speak for it, not the announcement of the same day', () => {
    const planned = { ...draft('a', '2024-11-18', 'consultation', ['wang', 'shoigu']), status: 'planned' as const, summary: 'akan bertemu' };
    const [e] = dedupeEvents([planned, draft('b', '2024-11-18', 'meeting', ['wang', 'shoigu'])]).events;
    expect([e!.status, e!.type, e!.summary]).toEqual(['occurred', 'consultation', 'b']);
  });

  it.each([
    ['one article, a day apart', draft('a', '2023-03-21', 'meeting', ['putin', 'xi']), 2],
    ['one article, the same day', draft('a', '2023-03-20', 'meeting', ['putin', 'xi']), 1],
    ['another article, a day apart', draft('b', '2023-03-21', 'meeting', ['putin', 'xi']), 1],
  ])('%s → %i event(s)', (_, other, n) => {
    expect(dedupeEvents([draft('a', '2023-03-20', 'meeting', ['xi', 'putin']), other]).events).toHaveLength(n);
  });

  it.each([
    ['a day inside that year, same place', '2025-05-08', 'moscow', 1],
    ['a day inside that year, no place', '2025-05-08', null, 1],
    ['a day inside that year, another place', '2025-05-08', 'beijing', 2],
    ['a day in another year', '2024-05-08', 'moscow', 2],
  ])('a year-only report (Moscow, 2025) and %s → %i event(s)', (_, day, place, n) => {
    const year = { ...draft('a', '2025', 'meeting', ['xi', 'putin']), location: 'moscow' };
    year.date = { ...year.date, value: '2025', precision: 'year', earliest: '2025-01-01', latest: '2025-12-31' };
    const other = { ...draft('b', day, 'meeting', ['putin', 'xi']), location: place };
    expect(dedupeEvents([year, other]).events).toHaveLength(n);
  });

  const span = (article: string, from: string, to: string, confidence = 0.95) => {
    const d = draft(article, from, 'meeting', ['xi', 'putin'], [], confidence);
    d.date = { ...d.date, latest: to };
    return d;
  };

  it.each([
    ['the last day of the span', '2024-04-10', 1],
    ['the day after the span', '2024-04-11', 1],
    ['two days after the span', '2024-04-12', 2],
    ['the day before the span', '2024-04-07', 1],
  ])('talks dated by a visit of 8-10 April and a report of %s → %i event(s)', (_, day, n) => {
    expect(dedupeEvents([span('a', '2024-04-08', '2024-04-10'), draft('b', day, 'meeting', ['putin', 'xi'], [], 0.6)]).events).toHaveLength(n);
  });

  it('keeps a span at one place apart from a day within it at another (next week in Johannesburg, Wednesday in Moscow)', () => {
    const week = { ...span('a', '2025-02-17', '2025-02-23'), location: 'johannesburg' };
    expect(dedupeEvents([week, { ...draft('b', '2025-02-19', 'meeting', ['putin', 'xi']), location: 'moscow' }]).events).toHaveLength(2);
    expect(dedupeEvents([week, { ...draft('b', '2025-02-19', 'meeting', ['putin', 'xi']), location: null }]).events).toHaveLength(1);
  });

  it('takes the day of a report within the span over the span, whatever the confidences and order', () => {
    for (const list of [[span('a', '2024-04-08', '2024-04-10'), draft('b', '2024-04-09', 'meeting', ['putin', 'xi'], [], 0.5)], [draft('b', '2024-04-09', 'meeting', ['putin', 'xi'], [], 0.5), span('a', '2024-04-08', '2024-04-10')]]) {
      const [e, ...rest] = dedupeEvents(list).events;
      expect(rest).toEqual([]);
      expect([e!.date.earliest, e!.date.latest]).toEqual(['2024-04-09', '2024-04-09']);
    }
  });

  it('gives one source with both sentences when one article reports the same contact twice', () => {
    const a = draft('a', '2023-03-20', 'meeting', ['xi', 'putin']);
    a.sources[0]!.evidence.participants = [[0, 10]];
    const b = draft('a', '2023-03-20', 'meeting', ['xi', 'putin']);
    b.sources[0]!.evidence.participants = [[20, 30]];
    const [e, ...rest] = dedupeEvents([a, b]).events;
    expect(rest).toEqual([]);
    expect(e!.sources.map((s) => [s.articleId, s.evidence.participants])).toEqual([['a', [[0, 10], [20, 30]]]]);
  });

  it('puts another outlet’s report with the article’s contact of its own day, when the article has contacts on two days', () => {
    const list = [draft('a', '2023-03-20', 'meeting', ['xi', 'putin']), draft('a', '2023-03-21', 'meeting', ['xi', 'putin']), draft('b', '2023-03-21', 'meeting', ['xi', 'putin']), draft('c', '2023-03-20', 'meeting', ['xi', 'putin'])];
    const sets = (l: DraftEvent[]) => dedupeEvents(l).events.map((e) => `${e.date.value}:${e.sources.map((s) => s.articleId).join('')}`).sort();
    expect(sets(list)).toEqual(['2023-03-20:ac', '2023-03-21:ab']);
    expect(sets([...list].reverse())).toEqual(sets(list));
  });

  it('keeps every source and topic, and the better-dated report’s date', () => {
    const { events } = dedupeEvents([draft('a', '2024-01-12', 'phone_call', ['wang', 'lavrov'], ['brics'], 0.6), draft('b', '2024-01-11', 'phone_call', ['lavrov', 'wang'], ['middle-east'], 0.95)]);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(events[0]!.topics.sort()).toEqual(['brics', 'middle-east']);
    expect(events[0]!.date.value).toBe('2024-01-11');
  });

  it('keeps the fuller name of the gathering, whichever report leads', () => {
    const short = { ...draft('a', '2024-07-03', 'meeting', ['xi', 'putin'], [], 0.95), sidelines: true, gathering: 'KTT SCO' };
    const long = { ...draft('b', '2024-07-03', 'meeting', ['xi', 'putin'], [], 0.6), sidelines: true, gathering: 'Shanghai Cooperation Organization summit' };
    for (const list of [[short, long], [long, short]]) expect(dedupeEvents(list).events.map((e) => e.gathering)).toEqual(['Shanghai Cooperation Organization summit']);
    expect(dedupeEvents([short, draft('c', '2024-07-03', 'meeting', ['xi', 'putin'])]).events[0]!.gathering).toBe('KTT SCO');
  });

  it('gives the same ids whatever the input order', () => {
    const list = [draft('a', '2024-01-11', 'phone_call', ['wang', 'lavrov']), draft('b', '2024-02-01', 'meeting', ['xi', 'putin']), draft('c', '2024-01-11', 'phone_call', ['lavrov', 'wang'])];
    const ids = (l: DraftEvent[]) => assignIds(dedupeEvents(l).events).map((e) => e.id).sort();
    expect(ids([...list].reverse())).toEqual(ids(list));
    expect(ids(list)).toHaveLength(2);
  });

  it('disambiguates events that share date, type and people but were not merged', () => {
    const a = draft('a', '2024-01-11', 'meeting', ['wang', 'lavrov']);
    const ids = assignIds([a, { ...a, sources: [{ ...a.sources[0]!, articleId: 'b' }] }]).map((e) => e.id);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});
