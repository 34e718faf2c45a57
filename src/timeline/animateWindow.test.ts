import { describe, expect, it, vi } from 'vitest';
import { animateWindow, interpolateWindow } from './animateWindow';

describe('interpolateWindow', () => {
  const a = { start: 0, end: 100 };
  const b = { start: 40, end: 60 };
  it('starts at a and ends at b', () => {
    expect(interpolateWindow(a, b, 0)).toEqual(a);
    const end = interpolateWindow(a, b, 1);
    expect(end.start).toBeCloseTo(40);
    expect(end.end).toBeCloseTo(60);
  });
  it('zooms geometrically: halfway from span 100 to 25 is span 50', () => {
    const mid = interpolateWindow({ start: 0, end: 100 }, { start: 37.5, end: 62.5 }, 0.5);
    expect(mid.end - mid.start).toBeCloseTo(50);
  });
});

describe('animateWindow', () => {
  it('jumps straight to the final window when motion is reduced', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    const set = vi.fn();
    animateWindow({ start: 0, end: 10 }, { start: 2, end: 4 }, set, null);
    expect(set.mock.calls).toEqual([[null]]);
    vi.unstubAllGlobals();
  });
});
