import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldDense } from './foldDense';
import { layoutLanes } from './layoutLanes';
import { laneEntries, type LaneEntry } from './items';

type LaneItem = Omit<LaneEntry, 'item'>;

const DAY = 86_400_000;
const px = (t: number) => t / DAY;

describe('foldDense', () => {
  it('folds the marks that did not fit into one bubble per crowd', () => {
    const crowd: LaneItem[] = Array.from({ length: 5 }, () => ({ start: 0, end: 0, group: 0 }));
    const far: LaneItem[] = Array.from({ length: 4 }, () => ({ start: 500 * DAY, end: 500 * DAY, group: 0 }));
    const items = laneEntries([...crowd, ...far]);
    const layout = layoutLanes(items, px, { radius: 5, gap: 2, maxLanes: 2 });
    const { shown, bubbles } = foldDense(items, layout, 24);
    expect(shown).toEqual([0, 1, 5, 6]);
    expect(bubbles.map((b) => [b.count, b.first, b.x0])).toEqual([
      [3, 2, -5],
      [2, 7, 495],
    ]);
  });

  it('shows everything when nothing overflows', () => {
    const items = laneEntries([{ start: 0, end: 0, group: 0 }]);
    const f = foldDense(items, layoutLanes(items, px, { radius: 5, gap: 2, maxLanes: 1 }), 24);
    expect(f).toEqual({ shown: [0], bubbles: [] });
  });

  it('adds up to the visible count, and bubbles of a swimlane never overlap', () => {
    const arb = fc
      .array(fc.record({ start: fc.integer({ min: 0, max: 300 }), group: fc.integer({ min: 0, max: 2 }) }), { maxLength: 300 })
      .map((xs) => xs.map((x) => ({ start: x.start * DAY, end: x.start * DAY, group: x.group })).sort((a, b) => a.start - b.start))
      .map(laneEntries);
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 10, max: 40 }), (items, maxLanes, width) => {
        const layout = layoutLanes(items, px, { radius: 4, gap: 1, maxLanes, groupCount: 3 });
        const { shown, bubbles } = foldDense(items, layout, width);
        expect(shown.length + bubbles.reduce((s, b) => s + b.count, 0)).toBe(items.length);
        for (const g of [0, 1, 2]) {
          const mine = bubbles.filter((b) => b.group === g);
          for (let i = 1; i < mine.length; i++) expect(mine[i]!.x0).toBeGreaterThanOrEqual(mine[i - 1]!.x1);
        }
      }),
    );
  });
});
