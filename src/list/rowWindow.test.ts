import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offsetShowing, rowWindow } from './rowWindow';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, clipped to the list', () => {
    expect(rowWindow(0, 600, 1000, 30, 10)).toEqual({ start: 0, end: 30 });
    expect(rowWindow(3000, 600, 1000, 30, 10)).toEqual({ start: 90, end: 130 });
    expect(rowWindow(29_400, 600, 1000, 30, 10)).toEqual({ start: 970, end: 1000 });
    expect(rowWindow(0, 600, 0, 30, 10)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(-50, 0, 5, 30, 0)).toEqual({ start: 0, end: 1 });
  });

  it('always covers every row that is at least partly in view, and never much more', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 2000 }), fc.nat(20), (count, scrollTop, viewport, overscan) => {
        const { start, end } = rowWindow(scrollTop, viewport, count, 30, overscan);
        expect(0 <= start && start <= end && end <= count).toBe(true);
        for (let i = 0; i < count; i++) {
          const visible = i * 30 < scrollTop + viewport && (i + 1) * 30 > scrollTop;
          if (visible) expect(i >= start && i < end).toBe(true);
        }
        expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / 30) + 2 + 2 * overscan);
      }),
    );
  });
});

describe('offsetShowing', () => {
  it('moves as little as possible to show a row, and not at all when it shows', () => {
    expect(offsetShowing(5, 300, 600, 30)).toBe(150);
    expect(offsetShowing(40, 300, 600, 30)).toBe(630);
    expect(offsetShowing(15, 300, 600, 30)).toBe(300);
  });
});
