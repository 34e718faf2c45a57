import { describe, expect, it } from 'vitest';
import { articleDateAsEventDate, yearHintsAsEventDate } from './results';

const hint = (year: number, reason = `hint gives ${year}`) => ({ year, reason, range: [0, 1] as [number, number] });

describe('fallback event dates', () => {
  it('dates a contact by the publication date, allowing the two days before', () => {
    expect(articleDateAsEventDate('2024-01-11', "header '2024-01-11 11:00:51'")).toMatchObject({
      value: '2024-01-11', precision: 'day', earliest: '2024-01-09', latest: '2024-01-11', confidence: 0.6,
    });
  });

  it('refuses a malformed article date with a clear message', () => {
    expect(() => articleDateAsEventDate('soon', 'header')).toThrow(/not an ISO date: soon/);
  });

  it('takes the year most hints agree on, with the others as alternatives', () => {
    const r = yearHintsAsEventDate([hint(2025), hint(2024), hint(2025)]);
    expect(r).toMatchObject({ value: '2025', precision: 'year', earliest: '2025-01-01', latest: '2025-12-31', alternatives: ['2024'] });
    expect(r!.confidence).toBeLessThanOrEqual(0.5);
    expect(r!.basis).toContain('hint gives 2025');
  });

  it('gives nothing without hints', () => {
    expect(yearHintsAsEventDate([])).toBeNull();
  });
});
