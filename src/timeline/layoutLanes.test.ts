import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLanes, lowerBound } from './layoutLanes';
import { laneEntries, type LaneEntry } from './items';

type LaneItem = Omit<LaneEntry, 'item'>;

const DAY = 86_400_000;
const px = (t: number) => t / DAY; // one pixel per day
const opts = { radius: 5, gap: 2 };
/** Items sorted by start in three swimlanes, some spanning days. */
const itemsArb = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 400 }), len: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })), group: fc.integer({ min: 0, max: 2 }) }), { maxLength: 120 })
  .map((xs) => xs.map((x) => ({ start: x.start * DAY, end: (x.start + x.len) * DAY, group: x.group })).sort((a, b) => a.start - b.start));

describe('layoutLanes', () => {
  it('puts two same-day events in lanes 0 and 1', () => {
    const items: LaneItem[] = [
      { start: 10 * DAY, end: 10 * DAY, group: 0 },
      { start: 10 * DAY, end: 10 * DAY, group: 0 },
    ];
    expect([...layoutLanes(laneEntries(items), px, opts).lane]).toEqual([0, 1]);
  });

  it('lets far-apart events share lane 0', () => {
    const items: LaneItem[] = [
      { start: 0, end: 0, group: 0 },
      { start: 100 * DAY, end: 100 * DAY, group: 0 },
    ];
    expect([...layoutLanes(laneEntries(items), px, opts).lane]).toEqual([0, 0]);
  });

  it('reuses a lane exactly when the gap is met (12 px apart with radius 5 and gap 2)', () => {
    const items: LaneItem[] = [
      { start: 0, end: 0, group: 0 },
      { start: 11 * DAY, end: 11 * DAY, group: 0 },
      { start: 23 * DAY, end: 23 * DAY, group: 0 },
    ];
    expect([...layoutLanes(laneEntries(items), px, opts).lane]).toEqual([0, 1, 0]);
  });

  it('keeps a date span in its lane until the span ends', () => {
    const items: LaneItem[] = [
      { start: 0, end: 30 * DAY, group: 0 },
      { start: 20 * DAY, end: 20 * DAY, group: 0 },
      { start: 50 * DAY, end: 50 * DAY, group: 0 },
    ];
    const l = layoutLanes(laneEntries(items), px, opts);
    expect([...l.lane]).toEqual([0, 1, 0]);
    expect(l.x1[0]).toBe(35);
  });

  it('stacks each swimlane on its own', () => {
    const items: LaneItem[] = [
      { start: 0, end: 0, group: 0 },
      { start: 0, end: 0, group: 1 },
      { start: 0, end: 0, group: 1 },
    ];
    const l = layoutLanes(laneEntries(items), px, { ...opts, groupCount: 2 });
    expect([...l.lane]).toEqual([0, 0, 1]);
    expect([...l.laneCount]).toEqual([1, 2]);
  });

  it('marks items beyond maxLanes with -1', () => {
    const items: LaneItem[] = Array.from({ length: 4 }, () => ({ start: 0, end: 0, group: 0 }));
    expect([...layoutLanes(laneEntries(items), px, { ...opts, maxLanes: 2 }).lane]).toEqual([0, 1, -1, -1]);
  });

  it('lays out only the requested slice', () => {
    const items: LaneItem[] = [0, 1, 2, 3].map((d) => ({ start: d * 100 * DAY, end: d * 100 * DAY, group: 0 }));
    const l = layoutLanes(laneEntries(items), px, { ...opts, from: 1, to: 3 });
    expect(l.lane.length).toBe(2);
    expect(l.x0[0]).toBe(95);
  });

  it('never overlaps two marks in one lane, and places every item exactly once', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 6 }), (items, maxLanes) => {
        const l = layoutLanes(laneEntries(items), px, { ...opts, groupCount: 3, maxLanes });
        expect(l.lane.length).toBe(items.length);
        const byLane = new Map<string, number[]>();
        items.forEach((it, i) => {
          const lane = l.lane[i]!;
          expect(lane).toBeGreaterThanOrEqual(-1);
          expect(lane).toBeLessThan(maxLanes);
          if (lane < 0) return;
          const key = `${it.group}:${lane}`;
          byLane.set(key, [...(byLane.get(key) ?? []), i]);
        });
        for (const idx of byLane.values()) {
          for (let a = 1; a < idx.length; a++) {
            expect(l.x0[idx[a]!]! - l.x1[idx[a - 1]!]!).toBeGreaterThanOrEqual(opts.gap);
          }
        }
      }),
    );
  });
});

/** The plain greedy stacking layoutLanes does, lane by lane for every item, to compare it with. */
function referenceLanes(items: readonly LaneItem[], maxLanes: number, groupCount: number): number[] {
  const ends: number[][] = Array.from({ length: groupCount }, () => []);
  return items.map((it) => {
    const left = px(it.start) - opts.radius;
    const right = Math.max(px(it.end), left + opts.radius) + opts.radius;
    const laneEnds = ends[it.group]!;
    let l = 0;
    while (l < laneEnds.length && laneEnds[l]! + opts.gap > left) l++;
    if (l >= maxLanes) return -1;
    laneEnds[l] = right;
    return l;
  });
}

describe('layoutLanes against the plain greedy stacking', () => {
  it('gives every item the lane the plain stacking gives it, also when most are folded', () => {
    // Crowded: many items within a few pixels, so lanes fill and the shortcut for full lanes is taken.
    const crowded = fc
      .array(fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })), group: fc.integer({ min: 0, max: 2 }) }), { maxLength: 300 })
      .map((xs) => xs.map(({ start, len, group }) => ({ start: start * DAY, end: (start + len) * DAY, group })).sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(fc.oneof(itemsArb, crowded), fc.integer({ min: 1, max: 8 }), (items, maxLanes) => {
        const l = layoutLanes(laneEntries(items), px, { ...opts, groupCount: 3, maxLanes });
        expect([...l.lane]).toEqual(referenceLanes(items, maxLanes, 3));
      }),
    );
  });
});

describe('lowerBound', () => {
  it('finds the first start at or after t', () => {
    const starts = Float64Array.of(1, 3, 3, 7);
    expect([0, 1, 3, 4, 8].map((t) => lowerBound(starts, t))).toEqual([0, 0, 1, 3, 4]);
  });
});

describe('layoutLanes with reused buffers', () => {
  it('gives the same result as fresh arrays', () => {
    const items: LaneItem[] = [0, 0, 3, 40].map((d) => ({ start: d * DAY, end: d * DAY, group: 0 }));
    const reuse = { lane: new Int32Array(10).fill(7), x0: new Float64Array(10), x1: new Float64Array(10) };
    const a = layoutLanes(laneEntries(items), px, opts);
    const b = layoutLanes(laneEntries(items), px, { ...opts, reuse });
    expect([...b.lane]).toEqual([...a.lane]);
    expect([...b.x1]).toEqual([...a.x1]);
    expect(b.lane.buffer).toBe(reuse.lane.buffer);
  });
});
