import { describe, expect, it } from 'vitest';
import type { EventDate } from '../model/schema';
import { formatDateSpan, formatEventDate } from './formatEventDate';

const d = (patch: Partial<EventDate>): EventDate => ({
  value: '2024-11-18',
  precision: 'day',
  earliest: '2024-11-18',
  latest: '2024-11-18',
  confidence: 0.9,
  basis: '',
  alternatives: [],
  ...patch,
});

describe('formatEventDate', () => {
  it('shows a certain day as one date', () => {
    expect(formatEventDate(d({}), 'en')).toBe('18 Nov 2024');
  });
  it('shows a month-precision date as the month, and a year as the year', () => {
    expect(formatEventDate(d({ value: '2024-11', precision: 'month', earliest: '2024-11-01', latest: '2024-11-30' }), 'en')).toBe('Nov 2024');
    expect(formatEventDate(d({ value: '2024', precision: 'year', earliest: '2024-01-01', latest: '2024-12-31' }), 'en')).toBe('2024');
  });
  it('marks an uncertain day and a low-confidence date with "~"; the span reads as a range', () => {
    const uncertain = d({ earliest: '2024-11-17', latest: '2024-11-18' });
    expect(formatEventDate(uncertain, 'en')).toBe('~18 Nov 2024');
    expect(formatDateSpan(uncertain, 'en')).toBe('17 Nov 2024 – 18 Nov 2024');
    expect(formatDateSpan(d({}), 'id')).toBe('18 Nov 2024');
    expect(formatEventDate(d({ confidence: 0.4 }), 'en')).toBe('~18 Nov 2024');
  });
});
