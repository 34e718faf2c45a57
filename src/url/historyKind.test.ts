import { describe, expect, it } from 'vitest';
import { initialState } from '../store/store';
import { emptyFilters } from '../store/filters';
import { historyKind } from './historyKind';

const s0 = initialState();
const withFilters = (patch: object) => ({ ...s0, filters: { ...emptyFilters(), ...patch } });

describe('historyKind', () => {
  it('pushes discrete changes', () => {
    expect(historyKind(withFilters({ topics: ['brics'] }), s0)).toBe('push');
    expect(historyKind({ ...s0, selectedEventId: 'e1' }, s0)).toBe('push');
    expect(historyKind({ ...s0, lang: 'id' }, s0)).toBe('push');
    expect(historyKind(withFilters({ dateFrom: '2024-01-01' }), s0)).toBe('push');
  });
  it('replaces for typing and zooming', () => {
    expect(historyKind(withFilters({ query: 'lav' }), s0)).toBe('replace');
    expect(historyKind({ ...s0, window: { start: 0, end: 1 } }, s0)).toBe('replace');
  });
  it('ignores changes that are not in the address', () => {
    expect(historyKind({ ...s0, hoveredEventId: 'e1' }, s0)).toBeNull();
    expect(historyKind(withFilters({}), s0)).toBeNull();
  });
});
