import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY, MAX_SPAN, MIN_SPAN, clampWindow, ensureVisible, fitWindow, isoToMs, msToIso, zoomWindow } from './timeScale';

const t = (iso: string) => isoToMs(iso);

describe('fitWindow', () => {
  it('shows one event with 15 days either side', () => {
    const noon = t('2024-11-18') + DAY / 2;
    expect(fitWindow([noon, noon])).toEqual({ start: noon - 15 * DAY, end: noon + 15 * DAY });
  });

  it('pads a range by 5% each side', () => {
    const w = fitWindow([t('2024-01-01'), t('2024-01-01') + 100 * DAY]);
    expect(w.start).toBe(t('2024-01-01') - 5 * DAY);
    expect(w.end).toBe(t('2024-01-01') + 105 * DAY);
  });

  it('falls back to the last year when nothing is visible', () => {
    const today = t('2026-11-22');
    expect(fitWindow(null, today)).toEqual({ start: today - 365 * DAY, end: today + 30 * DAY });
  });
});

describe('zoomWindow', () => {
  const w = { start: 0, end: 100 * DAY };
  it('halves the span around the centre', () => {
    expect(zoomWindow(w, 2)).toEqual({ start: 25 * DAY, end: 75 * DAY });
  });
  it('keeps the anchor in place', () => {
    expect(zoomWindow(w, 2, 0)).toEqual({ start: 0, end: 50 * DAY });
  });
  it('stops at a two-day window and at the widest span', () => {
    expect(zoomWindow(w, 1e6).end - zoomWindow(w, 1e6).start).toBe(MIN_SPAN);
    const out = zoomWindow(w, 1e-6);
    expect(out.end - out.start).toBe(MAX_SPAN);
  });
  it('always yields a span within the limits', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (f, days) => {
        const z = zoomWindow({ start: 0, end: days * DAY }, f);
        const span = z.end - z.start;
        expect(span).toBeGreaterThanOrEqual(MIN_SPAN - 1e-3);
        expect(span).toBeLessThanOrEqual(MAX_SPAN + 1e-3);
      }),
    );
  });
});

describe('clampWindow and ensureVisible', () => {
  it('widens a too-narrow window around its centre', () => {
    expect(clampWindow({ start: 10 * DAY, end: 10 * DAY })).toEqual({ start: 9 * DAY, end: 11 * DAY });
  });
  it('pans just enough to show a time outside the window', () => {
    expect(ensureVisible({ start: 0, end: 100 * DAY }, 200 * DAY)).toEqual({ start: 105 * DAY, end: 205 * DAY });
    const w = { start: 0, end: 100 * DAY };
    expect(ensureVisible(w, 50 * DAY)).toBe(w);
  });
});

describe('iso days', () => {
  it('round-trips', () => expect(msToIso(isoToMs('2025-12-02'))).toBe('2025-12-02'));
  it('agrees with the ISO date parser on every day of years 0001-9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(isoToMs(iso)).toBe(Date.parse(`${iso}T00:00:00Z`));
      }),
      { numRuns: 5000 },
    );
    expect(isoToMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(isoToMs('1970-01-01')).toBe(0);
  });
});
