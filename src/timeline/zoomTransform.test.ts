import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCALE_EXTENT, transformFor, windowFor } from './zoomTransform';
import { DAY, MAX_SPAN, MIN_SPAN, isoToMs } from './timeScale';

describe('zoom transform ↔ window', () => {
  it('round-trips a window through the transform', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 20000 }), fc.integer({ min: 2, max: 50000 }), fc.integer({ min: 100, max: 3000 }), (d, span, width) => {
        const w = { start: isoToMs('1990-01-01') + d * DAY, end: isoToMs('1990-01-01') + (d + span) * DAY };
        const back = windowFor(transformFor(w, width), width);
        expect(Math.abs(back.start - w.start)).toBeLessThan(1000);
        expect(Math.abs(back.end - w.end)).toBeLessThan(1000);
      }),
    );
  });
  it('allows exactly the widest and narrowest windows', () => {
    const [kMin, kMax] = SCALE_EXTENT;
    const wide = windowFor({ x: 0, k: kMin }, 800);
    const narrow = windowFor({ x: 0, k: kMax }, 800);
    expect(wide.end - wide.start).toBeCloseTo(MAX_SPAN, -3);
    expect(narrow.end - narrow.start).toBeCloseTo(MIN_SPAN, -3);
  });
});
