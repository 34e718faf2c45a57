import { describe, expect, it } from 'vitest';
import { axisTicks, formatTick } from './ticks';
import { DAY, isoToMs } from './timeScale';

const d = (iso: string) => new Date(isoToMs(iso));

describe('formatTick', () => {
  it('names months in Indonesian', () => {
    expect(formatTick(d('2024-12-01'), 'id', 365 * DAY)).toBe('Des');
    expect(formatTick(d('2024-05-01'), 'id', 365 * DAY)).toBe('Mei');
    expect(formatTick(d('2024-05-01'), 'en', 365 * DAY)).toBe('May');
  });
  it('shows the year at New Year and the day inside a month', () => {
    expect(formatTick(d('2024-01-01'), 'id', 365 * DAY)).toBe('2024');
    expect(formatTick(d('2024-11-18'), 'en', 60 * DAY)).toBe('18');
    expect(formatTick(d('2024-12-18'), 'id', 7 * DAY)).toBe('18 Des');
  });
});

describe('axisTicks', () => {
  it('labels years across decades', () => {
    const ticks = axisTicks({ start: isoToMs('2000-01-01'), end: isoToMs('2030-01-01') }, 800, 'en');
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(ticks[0]!.x).toBe(0);
  });
  it('labels days when zoomed to a week', () => {
    const ticks = axisTicks({ start: isoToMs('2024-05-10'), end: isoToMs('2024-05-17') }, 800, 'id');
    expect(ticks.map((t) => t.label)).toContain('12 Mei');
  });
  it('names the year on the first tick when no tick is a year', () => {
    const ticks = axisTicks({ start: isoToMs('2024-03-01'), end: isoToMs('2024-12-01') }, 800, 'id');
    expect(ticks[0]!.label).toBe('Mar 2024');
    expect(ticks.map((t) => t.label)).toContain('Mei');
  });
});
