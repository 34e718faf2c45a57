import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/schema';
import { applyCorrections } from './applyCorrections';
import type { Correction } from './dataSchemas';

const ev = (id: string, over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, date: { value: '2024-01-11', precision: 'day', earliest: '2024-01-11', latest: '2024-01-11', confidence: 0.6, basis: 'x', alternatives: [] },
  status: 'occurred', type: 'phone_call', sidelines: false, gathering: null, participants: ['wang-yi', 'sergey-lavrov'], mentioned: [], location: null, topics: ['brics'], title: 'Wang Yi – Lavrov phone call', summary: 's',
  sources: [{ articleId: 'a', evidence: { date: [], participants: [], type: [], location: [], topics: {}, summary: [] } }], corrections: [], ...over,
});
const known = { actors: new Set(['wang-yi', 'sergey-lavrov', 'xi-jinping', 'vladimir-putin']), topics: new Set(['brics', 'ukraine']), places: new Set(['moscow']), articles: new Set(['a', 'b']) };
const run = (events: TimelineEvent[], corrections: Correction[]) => applyCorrections(events, corrections, known, (e) => `${e.participants.join(' – ')} ${e.type}`);

describe('applyCorrections', () => {
  it('sets fields, records the reason and dates with full confidence', () => {
    const { events, warnings } = run([ev('e1')], [{ action: 'set', target: 'e1', set: { location: 'moscow', date: '2024-01-10', topics: ['ukraine'] }, reason: 'Kremlin readout' }]);
    expect(warnings).toEqual([]);
    expect(events[0]).toMatchObject({ location: 'moscow', topics: ['ukraine'], date: { value: '2024-01-10', confidence: 1 }, corrections: [{ action: 'set', reason: 'Kremlin readout' }] });
  });

  it('hides an event', () => {
    const { events, hidden } = run([ev('e1'), ev('e2')], [{ action: 'hide', target: 'e1', reason: 'not a contact' }]);
    expect(events.map((e) => e.id)).toEqual(['e2']);
    expect(hidden.get('e1')).toBe('not a contact');
  });

  it('merges one event into another, keeping both sources and topics', () => {
    const { events } = run([ev('e1'), ev('e2', { topics: ['ukraine'], sources: [{ articleId: 'b', evidence: { date: [], participants: [], type: [], location: [], topics: {}, summary: [] } }] })], [{ action: 'merge', target: 'e2', into: 'e1', reason: 'same call' }]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(events[0]!.topics).toEqual(['brics', 'ukraine']);
  });

  it('adds an event by hand with a generated title and id', () => {
    const { events } = run([], [{ action: 'add', add: { date: '2024-05-16', type: 'summit', participants: ['xi-jinping', 'vladimir-putin'], article: 'a' }, reason: 'headline only' }]);
    expect(events[0]).toMatchObject({ type: 'summit', title: 'xi-jinping – vladimir-putin summit', corrections: [{ action: 'add' }] });
    expect(events[0]!.id).toMatch(/^e-[0-9a-f]{8}$/);
  });

  it.each<[string, Correction, string]>([
    ['a missing target', { action: 'hide', target: 'e-gone', reason: 'r' }, 'unmatched-correction'],
    ['a missing merge destination', { action: 'merge', target: 'e1', into: 'e-gone', reason: 'r' }, 'unmatched-correction'],
    ['an unknown place', { action: 'set', target: 'e1', set: { location: 'atlantis' }, reason: 'r' }, 'invalid-correction'],
    ['an unknown article', { action: 'add', add: { date: '2024-01-01', type: 'meeting', participants: ['wang-yi'], article: 'zzz' }, reason: 'r' }, 'invalid-correction'],
  ])('reports %s as a warning and changes nothing', (_, c, kind) => {
    const { events, warnings } = run([ev('e1')], [c]);
    expect(warnings.map((w) => w.kind)).toEqual([kind]);
    expect(events).toEqual([ev('e1')]);
  });
});
