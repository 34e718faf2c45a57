import { describe, expect, it } from 'vitest';
import { GEOMETRY, computeChartLayout, createLayoutCache } from './chartLayout';
import { hitTest, rowY } from './hitTest';
import { bubblesHolding } from './drawMarks';
import { laneEntries, type LaneEntry } from './items';
import { DAY } from './timeScale';

const T0 = Date.UTC(2024, 0, 1);
const entry = (item: number, day: number): LaneEntry => ({ item, start: T0 + day * DAY, end: T0 + day * DAY, group: 0 });
const w = { start: T0, end: T0 + 100 * DAY }; // 1000 px wide: 10 px per day

describe('hitTest', () => {
  const entries = laneEntries([entry(0, 10), entry(1, 10), entry(2, 50)]);
  const chart = computeChartLayout(entries, 1, w, 1000);

  it('finds the mark under the pointer in its lane', () => {
    expect(hitTest(chart, entries, 100, rowY(chart, 0, 0))).toMatchObject({ kind: 'mark', entry: 0 });
    expect(hitTest(chart, entries, 102, rowY(chart, 0, 1))).toMatchObject({ kind: 'mark', entry: 1 });
    expect(hitTest(chart, entries, 500, rowY(chart, 0, 0))).toMatchObject({ kind: 'mark', entry: 2 });
  });

  it('finds nothing between marks or outside the chart', () => {
    expect(hitTest(chart, entries, 300, rowY(chart, 0, 0))).toBeNull();
    expect(hitTest(chart, entries, 100, -20)).toBeNull();
  });

  it('finds a count bubble in the last row of a crowded lane', () => {
    const crowd = laneEntries(Array.from({ length: 20 }, (_, i) => entry(i, 10)));
    const c = computeChartLayout(crowd, 1, w, 1000);
    const total = c.fold.shown.length + c.fold.bubbles.reduce((s, b) => s + b.count, 0);
    expect(total).toBe(20);
    const hit = hitTest(c, crowd, 100 + GEOMETRY.bubbleWidth / 2, rowY(c, 0, c.rows - 1));
    expect(hit).toMatchObject({ kind: 'bubble', bubble: { count: 20 - (c.rows - 1) } });
  });
});

describe('createLayoutCache', () => {
  it('reuses the layout for a pan at the same zoom and lays out again on zoom', () => {
    const entries = laneEntries([entry(0, 10), entry(1, 12)]);
    const cache = createLayoutCache();
    const a = cache(entries, 1, w, 1000);
    const b = cache(entries, 1, { start: w.start + 5 * DAY, end: w.end + 5 * DAY }, 1000);
    expect(b.lanes).toBe(a.lanes);
    expect(b.offset - a.offset).toBeCloseTo(50);
    const c = cache(entries, 1, { start: w.start, end: w.end - 50 * DAY }, 1000);
    expect(c.lanes).not.toBe(a.lanes);
  });
});

describe('bubblesHolding', () => {
  it('finds the bubble a folded event went into, and none for a shown one', () => {
    const crowd = laneEntries(Array.from({ length: 20 }, (_, i) => entry(i, 10)));
    const c = computeChartLayout(crowd, 1, w, 1000);
    expect(bubblesHolding(c, crowd, 19, crowd.start[19]!)).toEqual([c.fold.bubbles[0]]);
    expect(bubblesHolding(c, crowd, 0, crowd.start[0]!)).toEqual([]);
  });
});
