import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitView, placeLabels, tweenPositions, type Box } from './geometry';
import { countryColors, OTHER_COLOR, PALETTE } from './palette';

describe('fitView', () => {
  it('centres and scales the points into the viewport', () => {
    const v = fitView({ a: { x: 0, y: 0 }, b: { x: 100, y: 50 } }, { width: 300, height: 200 }, 50);
    expect(v.k).toBe(2);
    expect([v.x + v.k * 0, v.y + v.k * 0]).toEqual([50, 50]);
    expect([v.x + v.k * 100, v.y + v.k * 50]).toEqual([250, 150]);
  });
  it('keeps every point inside the padded viewport', () => {
    const pt = fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 30 }), (pts) => {
        const positions = Object.fromEntries(pts.map((p, i) => [String(i), p]));
        const v = fitView(positions, { width: 640, height: 400 }, 20);
        for (const p of pts) {
          expect(v.x + v.k * p.x).toBeGreaterThanOrEqual(20 - 1e-6);
          expect(v.x + v.k * p.x).toBeLessThanOrEqual(620 + 1e-6);
          expect(v.y + v.k * p.y).toBeGreaterThanOrEqual(20 - 1e-6);
          expect(v.y + v.k * p.y).toBeLessThanOrEqual(380 + 1e-6);
        }
      }),
    );
  });
});

describe('tweenPositions', () => {
  it('moves from start to target and lets new nodes appear in place', () => {
    const from = { a: { x: 0, y: 0 } };
    const to = { a: { x: 10, y: 20 }, b: { x: 5, y: 5 } };
    expect(tweenPositions(from, to, 0)).toEqual({ a: { x: 0, y: 0 }, b: { x: 5, y: 5 } });
    expect(tweenPositions(from, to, 0.5).a).toEqual({ x: 5, y: 10 });
    expect(tweenPositions(from, to, 1)).toEqual(to);
  });
});

describe('placeLabels', () => {
  it('drops a label that would overlap one placed before it, unless it must show', () => {
    const c = [
      { id: 'big', box: [0, 0, 50, 10] as Box },
      { id: 'clash', box: [40, 5, 90, 15] as Box },
      { id: 'free', box: [0, 20, 50, 30] as Box },
    ];
    expect([...placeLabels(c, new Set())]).toEqual(['big', 'free']);
    expect([...placeLabels(c, new Set(['clash']))].sort()).toEqual(['clash', 'free']);
    expect([...placeLabels(c, new Set(), [[10, 25, 20, 35]])]).toEqual(['big']);
    expect([...placeLabels(c, new Set(), [[0, 0, 5, 5]], 1)]).toEqual(['big', 'free']);
  });
});

describe('countryColors', () => {
  it('gives the countries with most actors the palette colours, the rest a shared grey', () => {
    const m = countryColors(['RU', 'CN', 'RU', 'BR']);
    expect([m.get('RU'), m.get('BR'), m.get('CN')]).toEqual([PALETTE[0], PALETTE[1], PALETTE[2]]);
    const many = countryColors(Array.from({ length: 10 }, (_, i) => `C${i}`));
    expect(new Set([...many.values()].slice(0, PALETTE.length)).size).toBe(PALETTE.length);
    expect([...many.values()].slice(PALETTE.length)).toEqual([OTHER_COLOR, OTHER_COLOR, OTHER_COLOR]);
  });
});
